from datetime import date

from vendorpact.core.terms import (
    ContractTerms,
    add_months,
    current_term_end,
    initial_end,
    next_notice_deadline,
)


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_add_months_backwards_over_year_boundary():
    assert add_months(date(2026, 2, 15), -3) == date(2025, 11, 15)


def test_initial_end_from_duration_is_the_day_before_the_anniversary():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12)
    assert initial_end(terms) == date(2026, 12, 31)


def test_explicit_end_date_wins_over_duration():
    terms = ContractTerms(
        start_date=date(2026, 1, 1), end_date=date(2026, 6, 30), duration_months=12
    )
    assert initial_end(terms) == date(2026, 6, 30)


def test_tacit_renewal_rolls_the_term_forward():
    terms = ContractTerms(
        start_date=date(2024, 1, 1), duration_months=12, renewal="tacit", renewal_months=12
    )
    assert current_term_end(terms, date(2026, 3, 1)) == date(2026, 12, 31)


def test_notice_in_months_counts_back_from_the_term_end():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, notice_value=3)
    assert next_notice_deadline(terms, date(2026, 2, 1)) == date(2026, 9, 30)


def test_notice_in_days():
    terms = ContractTerms(end_date=date(2026, 12, 31), notice_value=30, notice_unit="days")
    assert next_notice_deadline(terms, date(2026, 2, 1)) == date(2026, 12, 1)


def test_missed_deadline_of_tacit_contract_moves_to_next_term():
    terms = ContractTerms(
        start_date=date(2026, 1, 1), duration_months=12, renewal="tacit", notice_value=3
    )
    assert next_notice_deadline(terms, date(2026, 11, 1)) == date(2027, 9, 30)


def test_passed_deadline_of_fixed_contract_is_no_next_deadline():
    # Without tacit renewal the contract ends on 31/12/2026 anyway: no deadline is ahead.
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, notice_value=3)
    assert next_notice_deadline(terms, date(2026, 11, 1)) is None


def test_no_notice_period_means_no_deadline():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12)
    assert next_notice_deadline(terms, date(2026, 2, 1)) is None
