"""Properties of terms_as_of and of the exit plan built from it, over generated contracts."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpact.core.concerns import default_exit_plan
from vendorpact.core.terms import (
    ContractTerms,
    initial_end,
    notice_deadline_for,
    term_end_after,
    terms_as_of,
)

ONE_DAY = timedelta(days=1)

notice = st.one_of(
    st.tuples(st.none(), st.just("months")),
    st.tuples(st.integers(1, 6), st.just("months")),
    st.tuples(st.integers(1, 120), st.just("days")),
)


@st.composite
def contracts(draw):
    start = draw(st.dates(date(2020, 1, 1), date(2035, 12, 31)))
    notice_value, notice_unit = draw(notice)
    terms = ContractTerms(
        start_date=start,
        duration_months=draw(st.integers(1, 36)),
        renewal=draw(st.sampled_from(["none", "tacit", "explicit"])),
        renewal_months=draw(st.one_of(st.none(), st.integers(1, 24))),
        notice_value=notice_value,
        notice_unit=notice_unit,
    )
    as_of = start + timedelta(days=draw(st.integers(-100, 3650)))
    return terms, as_of


def term_ends(terms: ContractTerms, up_to: date) -> list[date]:
    """Every term end from the first one on, rolled by renewal terms, until past `up_to`."""
    ends = [initial_end(terms)]
    if terms.renewal != "tacit":
        return ends
    step = terms.renewal_months or terms.duration_months
    while ends[-1] <= up_to:
        ends.append(term_end_after(ends[-1] + ONE_DAY, step))
    return ends


def is_notice_period_before(deadline: date, end: date, terms: ContractTerms) -> bool:
    """Notice given on `deadline` runs exactly the notice period up to `end`."""
    if terms.notice_unit == "days":
        return end - deadline == timedelta(days=terms.notice_value)
    first, after_end = deadline + ONE_DAY, end + ONE_DAY
    months = (after_end.year * 12 + after_end.month) - (first.year * 12 + first.month)
    return months == terms.notice_value and first.day in {after_end.day, _last_day(first)}


def _last_day(day: date) -> int:
    return ((day.replace(day=28) + timedelta(days=4)).replace(day=1) - ONE_DAY).day


@settings(max_examples=200, deadline=None)
@given(contracts())
def test_earliest_end_is_always_a_term_end(case):
    terms, as_of = case
    standing = terms_as_of(terms, as_of)
    assert standing.earliest_end in term_ends(terms, standing.earliest_end)


@settings(max_examples=200, deadline=None)
@given(contracts())
def test_current_term_end_is_the_term_end_running_on_as_of(case):
    terms, as_of = case
    standing = terms_as_of(terms, as_of)
    ends = term_ends(terms, as_of)
    assert standing.current_term_end in ends
    if terms.renewal == "tacit":
        assert standing.current_term_end >= as_of
        earlier = [end for end in ends if end < standing.current_term_end]
        assert all(end < as_of for end in earlier)


@settings(max_examples=200, deadline=None)
@given(contracts())
def test_next_deadline_is_the_notice_period_before_the_earliest_end_and_not_past(case):
    terms, as_of = case
    standing = terms_as_of(terms, as_of)
    deadline = standing.next_notice_deadline
    if terms.notice_value is None:
        assert deadline is None
        return
    if deadline is not None:
        assert deadline >= as_of
        assert is_notice_period_before(deadline, standing.earliest_end, terms)


@settings(max_examples=200, deadline=None)
@given(contracts())
def test_tacit_contract_always_has_a_next_deadline_when_notice_is_known(case):
    terms, as_of = case
    standing = terms_as_of(terms, as_of)
    if terms.renewal == "tacit" and terms.notice_value:
        assert standing.next_notice_deadline is not None
        assert standing.earliest_end >= standing.current_term_end >= as_of


@settings(max_examples=200, deadline=None)
@given(contracts())
def test_missed_deadline_is_past_and_only_for_tacit_renewal(case):
    terms, as_of = case
    standing = terms_as_of(terms, as_of)
    missed = standing.missed_notice_deadline
    if missed is None:
        return
    assert terms.renewal == "tacit"
    assert missed < as_of
    assert is_notice_period_before(missed, standing.current_term_end, terms)
    assert standing.earliest_end > standing.current_term_end


@settings(max_examples=200, deadline=None)
@given(contracts())
def test_every_term_end_before_the_earliest_end_has_a_past_deadline(case):
    terms, as_of = case
    standing = terms_as_of(terms, as_of)
    if terms.renewal != "tacit" or not terms.notice_value:
        return
    skipped = [
        end
        for end in term_ends(terms, standing.earliest_end)
        if standing.current_term_end <= end < standing.earliest_end
    ]
    assert all(notice_deadline_for(end, terms) < as_of for end in skipped)


@settings(max_examples=200, deadline=None)
@given(contracts(), st.integers(0, 90))
def test_exit_plan_tasks_are_in_date_order_with_the_notice_first(case, transition_days):
    terms, as_of = case
    standing = terms_as_of(terms, as_of)
    deadline, end = standing.next_notice_deadline, standing.earliest_end
    plan = default_exit_plan(deadline, end, transition_days)
    assert plan[0].code == "exit_task.notice" and plan[0].due == deadline
    dues = [task.due for task in plan[1:]]
    assert dues == sorted(dues)
    assert all(due <= end for due in dues)
    if deadline is not None:
        assert all(deadline <= due for due in dues)
