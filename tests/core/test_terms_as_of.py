"""terms_as_of: one answer for term end, missed and next notice deadline and earliest end.

Expected dates are counted by hand on a calendar."""

from datetime import date

from vendorpact.core.terms import ContractTerms, TermsAsOf, term_end_after, terms_as_of

# The reported case: from 01/02/2026 for 12 months, renewing tacitly by 12 months, 3 months notice.
REPORTED = ContractTerms(
    start_date=date(2026, 2, 1),
    duration_months=12,
    renewal="tacit",
    renewal_months=12,
    notice_value=3,
    notice_unit="months",
)


def test_reported_case_after_the_missed_deadline():
    assert terms_as_of(REPORTED, date(2026, 12, 4)) == TermsAsOf(
        as_of=date(2026, 12, 4),
        current_term_end=date(2027, 1, 31),
        missed_notice_deadline=date(2026, 10, 31),
        earliest_end=date(2028, 1, 31),
        next_notice_deadline=date(2027, 10, 31),
    )


def test_reported_case_before_the_deadline():
    standing = terms_as_of(REPORTED, date(2026, 10, 1))
    assert standing.missed_notice_deadline is None
    assert (standing.earliest_end, standing.next_notice_deadline) == (
        date(2027, 1, 31),
        date(2026, 10, 31),
    )


def test_notice_on_the_deadline_itself_is_still_in_time():
    standing = terms_as_of(REPORTED, date(2026, 10, 31))
    assert standing.missed_notice_deadline is None and standing.earliest_end == date(2027, 1, 31)


def test_day_after_the_deadline_is_missed():
    standing = terms_as_of(REPORTED, date(2026, 11, 1))
    assert standing.missed_notice_deadline == date(2026, 10, 31)
    assert standing.renews


def test_first_day_of_the_renewed_term_starts_a_fresh_term():
    standing = terms_as_of(REPORTED, date(2027, 2, 1))
    assert standing.current_term_end == date(2028, 1, 31)
    assert standing.missed_notice_deadline is None
    assert standing.next_notice_deadline == date(2027, 10, 31)


def test_one_month_term_from_31_january_ends_on_the_last_day_of_february():
    assert term_end_after(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_two_month_term_from_31_january_ends_on_30_march():
    assert term_end_after(date(2026, 1, 31), 2) == date(2026, 3, 30)


def test_term_from_the_28th_ends_the_day_before_the_28th():
    assert term_end_after(date(2026, 1, 28), 1) == date(2026, 2, 27)


def test_year_from_29_february_2028_ends_on_28_february_2029():
    assert term_end_after(date(2028, 2, 29), 12) == date(2029, 2, 28)


def test_month_end_start_with_monthly_tacit_renewal():
    # 31/01 + 1 month ends 28/02; renewals then run 01/03-31/03, 01/04-30/04.
    terms = ContractTerms(
        start_date=date(2026, 1, 31), duration_months=1, renewal="tacit", notice_value=1
    )
    standing = terms_as_of(terms, date(2026, 3, 15))
    assert standing.current_term_end == date(2026, 3, 31)
    assert standing.missed_notice_deadline == date(2026, 2, 28)
    assert (standing.earliest_end, standing.next_notice_deadline) == (
        date(2026, 4, 30),
        date(2026, 3, 31),
    )


def test_leap_day_start_renews_year_by_year():
    # 29/02/2028 for a year ends 28/02/2029; the renewal runs 01/03/2029-28/02/2030.
    terms = ContractTerms(
        start_date=date(2028, 2, 29), duration_months=12, renewal="tacit", notice_value=2
    )
    standing = terms_as_of(terms, date(2029, 1, 15))
    assert standing.current_term_end == date(2029, 2, 28)
    assert standing.missed_notice_deadline == date(2028, 12, 31)
    assert (standing.earliest_end, standing.next_notice_deadline) == (
        date(2030, 2, 28),
        date(2029, 12, 31),
    )


def test_notice_in_days_counts_back_from_the_term_end():
    terms = ContractTerms(
        start_date=date(2026, 1, 1),
        duration_months=12,
        renewal="tacit",
        notice_value=30,
        notice_unit="days",
    )
    # 31/12/2026 - 30 days = 01/12/2026, passed on 10/12; next: 31/12/2027 - 30 = 01/12/2027.
    standing = terms_as_of(terms, date(2026, 12, 10))
    assert standing.missed_notice_deadline == date(2026, 12, 1)
    assert (standing.earliest_end, standing.next_notice_deadline) == (
        date(2027, 12, 31),
        date(2027, 12, 1),
    )


def test_notice_longer_than_the_renewal_term_skips_terms():
    # Monthly terms with 3 months' notice: on 15/03 notice reaches the term ending 30/06.
    terms = ContractTerms(
        start_date=date(2026, 1, 1), duration_months=1, renewal="tacit", notice_value=3
    )
    standing = terms_as_of(terms, date(2026, 3, 15))
    assert standing.current_term_end == date(2026, 3, 31)
    assert standing.missed_notice_deadline == date(2025, 12, 31)
    assert (standing.earliest_end, standing.next_notice_deadline) == (
        date(2026, 6, 30),
        date(2026, 3, 31),
    )


def test_contract_without_renewal_ends_at_its_term_end_without_missed_deadline():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, notice_value=3)
    standing = terms_as_of(terms, date(2026, 11, 1))
    assert standing == TermsAsOf(date(2026, 11, 1), date(2026, 12, 31), None, date(2026, 12, 31))


def test_explicit_renewal_also_ends_at_the_term_end():
    terms = ContractTerms(
        start_date=date(2026, 1, 1), duration_months=12, renewal="explicit", notice_value=3
    )
    standing = terms_as_of(terms, date(2026, 11, 1))
    assert (standing.missed_notice_deadline, standing.earliest_end) == (None, date(2026, 12, 31))


def test_fixed_contract_shows_its_deadline_while_it_is_ahead():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, notice_value=3)
    assert terms_as_of(terms, date(2026, 9, 30)).next_notice_deadline == date(2026, 9, 30)


def test_ended_contract_reports_the_day_it_ended_and_no_deadline():
    terms = ContractTerms(end_date=date(2026, 6, 30), notice_value=1)
    standing = terms_as_of(terms, date(2026, 12, 4))
    assert standing.has_ended
    assert (standing.current_term_end, standing.earliest_end) == (date(2026, 6, 30),) * 2
    assert (standing.missed_notice_deadline, standing.next_notice_deadline) == (None, None)


def test_running_contract_has_not_ended():
    assert not terms_as_of(REPORTED, date(2026, 12, 4)).has_ended


def test_tacit_contract_without_notice_period_ends_at_the_current_term_end():
    terms = ContractTerms(start_date=date(2026, 2, 1), duration_months=12, renewal="tacit")
    standing = terms_as_of(terms, date(2026, 12, 4))
    assert standing == TermsAsOf(date(2026, 12, 4), date(2027, 1, 31), None, date(2027, 1, 31))


def test_unknown_duration_gives_no_dates():
    terms = ContractTerms(start_date=date(2026, 2, 1), renewal="tacit", notice_value=3)
    assert terms_as_of(terms, date(2026, 12, 4)) == TermsAsOf(as_of=date(2026, 12, 4))


def test_before_the_start_the_first_term_counts():
    standing = terms_as_of(REPORTED, date(2026, 1, 10))
    assert (standing.current_term_end, standing.next_notice_deadline) == (
        date(2027, 1, 31),
        date(2026, 10, 31),
    )


def test_asking_again_gives_each_day_and_each_contract_its_own_answer():
    # terms_as_of remembers its answers: asking about another day, or about a contract that
    # differs in one field only (1 month of notice instead of 3), must not return an earlier one.
    one_month = ContractTerms(**{**REPORTED.__dict__, "notice_value": 1})
    assert terms_as_of(REPORTED, date(2026, 10, 1)).missed_notice_deadline is None
    assert terms_as_of(REPORTED, date(2026, 11, 1)).missed_notice_deadline == date(2026, 10, 31)
    assert terms_as_of(one_month, date(2026, 11, 1)).missed_notice_deadline is None
    assert terms_as_of(one_month, date(2026, 11, 1)).next_notice_deadline == date(2026, 12, 31)
    assert terms_as_of(REPORTED, date(2026, 10, 1)).next_notice_deadline == date(2026, 10, 31)
