"""Contract term arithmetic: when a term ends, renews, and the last day to give notice."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

RENEWAL_NONE = "none"
RENEWAL_TACIT = "tacit"
RENEWAL_EXPLICIT = "explicit"
UNIT_DAYS = "days"
UNIT_MONTHS = "months"


@dataclass(frozen=True)
class ContractTerms:
    start_date: date | None = None
    end_date: date | None = None
    duration_months: int | None = None
    renewal: str = RENEWAL_NONE
    renewal_months: int | None = None
    notice_value: int | None = None
    notice_unit: str = UNIT_MONTHS


def add_months(day: date, months: int) -> date:
    """Same day-of-month `months` later (or earlier), clamped to the month's last day."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def initial_end(terms: ContractTerms) -> date | None:
    if terms.end_date:
        return terms.end_date
    if terms.start_date and terms.duration_months:
        return add_months(terms.start_date, terms.duration_months) - timedelta(days=1)
    return None


def current_term_end(terms: ContractTerms, today: date) -> date | None:
    """End of the term running on `today`, rolling tacit renewals forward."""
    end = initial_end(terms)
    if end is None or terms.renewal != RENEWAL_TACIT or end >= today:
        return end
    step = terms.renewal_months or terms.duration_months or 12
    while end < today:
        end = add_months(end + timedelta(days=1), step) - timedelta(days=1)
    return end


def notice_deadline_for(term_end: date, terms: ContractTerms) -> date | None:
    """Last day on which notice still takes effect at `term_end`."""
    if not terms.notice_value:
        return None
    if terms.notice_unit == UNIT_DAYS:
        return term_end - timedelta(days=terms.notice_value)
    return add_months(term_end + timedelta(days=1), -terms.notice_value) - timedelta(days=1)


def next_notice_deadline(terms: ContractTerms, today: date) -> date | None:
    """The next last day to give notice, on or after `today` where the contract renews tacitly.

    For a contract that does not renew tacitly the deadline of its only term is returned, even
    when it has passed, so that the user sees it was missed.
    """
    end = current_term_end(terms, today)
    if end is None:
        return None
    deadline = notice_deadline_for(end, terms)
    if deadline is None or terms.renewal != RENEWAL_TACIT or deadline >= today:
        return deadline
    step = terms.renewal_months or terms.duration_months or 12
    next_end = add_months(end + timedelta(days=1), step) - timedelta(days=1)
    return notice_deadline_for(next_end, terms)
