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
