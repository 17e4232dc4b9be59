import datetime as dt

from tests.core.sla.sla_helpers import brussels
from vendorpact.core.sla.availability import Downtime, monthly_availability
from vendorpact.core.sla.monthly import MonthlyCompliance
from vendorpact.core.sla.policy import AvailabilityTerms, CreditStep

TERMS = AvailabilityTerms(
    target_percent=99.9,
    exclude_planned=True,
    credits=(CreditStep(99.9, 5), CreditStep(99.5, 10), CreditStep(99.0, 25)),
    credit_cap_percent=20,
    monthly_fee_eur=1200,
)
MARCH = dt.date(2026, 3, 1)


def _march(downtimes, terms=TERMS):
    (month,) = monthly_availability(downtimes, terms, "Europe/Brussels", MARCH, MARCH)
    return month


def test_march_has_one_hour_less_because_of_summer_time():
    assert _march([]).period_seconds == 31 * 86400 - 3600


def test_overlapping_outages_count_once():
    first = Downtime(brussels(2026, 3, 10, 10), brussels(2026, 3, 10, 11))
    overlapping = Downtime(brussels(2026, 3, 10, 10, 30), brussels(2026, 3, 10, 11, 30))
    assert _march([first, overlapping]).downtime_seconds == 90 * 60


def test_planned_maintenance_is_excluded_when_the_contract_says_so():
    planned = Downtime(brussels(2026, 3, 10, 22), brussels(2026, 3, 11, 2), planned=True)
    assert _march([planned]).availability_percent == 100.0


def test_planned_maintenance_counts_when_not_excluded():
    planned = Downtime(brussels(2026, 3, 10, 22), brussels(2026, 3, 11, 2), planned=True)
    terms = AvailabilityTerms(target_percent=99.9, exclude_planned=False)
    assert _march([planned], terms).downtime_seconds == 4 * 3600


def test_three_hours_down_in_march_earns_the_first_credit_step():
    outage = Downtime(brussels(2026, 3, 10, 9), brussels(2026, 3, 10, 12))
    month = _march([outage])
    assert (month.met, month.credit_percent, month.credit_eur) == (False, 5, 60.0)


def test_credit_is_capped():
    outage = Downtime(brussels(2026, 3, 10, 9), brussels(2026, 3, 12, 9))
    month = _march([outage])
    assert (month.credit_percent, month.credit_eur) == (20, 240.0)


def test_outage_over_a_month_boundary_is_split():
    outage = Downtime(brussels(2026, 3, 31, 23), brussels(2026, 4, 1, 1))
    months = monthly_availability([outage], TERMS, "Europe/Brussels", MARCH, dt.date(2026, 4, 1))
    assert [m.downtime_seconds for m in months] == [3600, 3600]


def test_monthly_compliance_counts_breaches_in_the_creation_month():
    months = MonthlyCompliance("Europe/Brussels")
    months.add(brussels(2026, 3, 31, 23, 30).timestamp(), True, None)
    months.add(brussels(2026, 4, 1, 0, 30).timestamp(), False, False)
    march, april = months.result()
    assert (march.month, march.response_breached, march.resolved) == ("2026-03", 1, 0)
    assert (april.month, april.response_compliance_percent) == ("2026-04", 100.0)


JANUARY, FEBRUARY = dt.date(2026, 1, 1), dt.date(2026, 2, 1)


def _first_quarter(downtimes, ticket_months=()):
    months = monthly_availability(
        downtimes, TERMS, "Europe/Brussels", JANUARY, MARCH, ticket_months=ticket_months
    )
    return {m.month: m for m in months}


def test_month_without_tickets_or_downtime_records_has_no_availability_figure():
    outage = Downtime(brussels(2026, 1, 12, 9), brussels(2026, 1, 12, 10))
    months = _first_quarter([outage], ticket_months=["2026-03"])
    february = months["2026-02"]
    assert (february.availability_percent, february.met, february.has_data) == (None, None, False)
    assert (february.credit_percent, february.credit_eur) == (0.0, 0.0)
    assert february.to_dict()["availability_percent"] is None


def test_month_with_tickets_but_no_outage_is_fully_available():
    outage = Downtime(brussels(2026, 1, 12, 9), brussels(2026, 1, 12, 10))
    march = _first_quarter([outage], ticket_months=["2026-03"])["2026-03"]
    assert (march.availability_percent, march.met) == (100.0, True)


def test_an_outage_running_into_a_month_gives_it_data():
    outage = Downtime(brussels(2026, 1, 31, 23), brussels(2026, 2, 1, 1))
    february = _first_quarter([outage])["2026-02"]
    assert february.downtime_seconds == 3600 and february.has_data


def test_a_planned_maintenance_record_gives_its_month_data_without_downtime():
    planned = Downtime(brussels(2026, 2, 10, 22), brussels(2026, 2, 11, 2), planned=True)
    february = _first_quarter([planned])["2026-02"]
    assert (february.availability_percent, february.downtime_seconds) == (100.0, 0)


def test_an_outage_ending_at_midnight_gives_the_next_month_no_data():
    outage = Downtime(brussels(2026, 1, 31, 22), brussels(2026, 2, 1, 0))
    assert not _first_quarter([outage])["2026-02"].has_data
