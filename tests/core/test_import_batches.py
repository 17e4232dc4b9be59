"""Import batches in the pure core: file fingerprint and dates outside the engagement."""

from datetime import date

from vendorpact.core.import_batches import (
    EngagementPeriod,
    engagement_period,
    outside_period,
    sha256_of,
)
from vendorpact.core.terms import ContractTerms


def test_sha256_of_the_standard_test_vector():
    # FIPS 180-2 example: SHA-256("abc")
    expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert sha256_of([b"a", b"bc"]) == expected


def test_period_ends_on_the_end_date():
    terms = ContractTerms(start_date=date(2026, 1, 1), end_date=date(2026, 6, 30))
    assert engagement_period(terms) == EngagementPeriod(date(2026, 1, 1), date(2026, 6, 30))


def test_period_ends_after_the_duration():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12)
    assert engagement_period(terms).end == date(2026, 12, 31)


def test_tacitly_renewing_contract_has_no_end():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, renewal="tacit")
    assert engagement_period(terms).end is None


def test_rows_are_counted_dates_listed_once():
    period = EngagementPeriod(date(2026, 1, 1), date(2026, 6, 30))
    days = [date(2025, 12, 31), date(2026, 3, 1), date(2025, 12, 31), date(2026, 7, 1)]
    outside = outside_period(days, period)
    assert (outside.before_count, outside.before_dates) == (2, (date(2025, 12, 31),))
    assert (outside.after_count, outside.after_dates) == (1, (date(2026, 7, 1),))


def test_first_and_last_day_are_inside():
    period = EngagementPeriod(date(2026, 1, 1), date(2026, 6, 30))
    assert not outside_period([date(2026, 1, 1), date(2026, 6, 30)], period).any


def test_open_period_warns_about_nothing():
    assert not outside_period([date(1999, 1, 1), date(2099, 1, 1)], EngagementPeriod()).any
