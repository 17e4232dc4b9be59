"""Contract term arithmetic: when a term ends, renews, and the last day to give notice.

`terms_as_of(terms, as_of)` is the one computation every screen, reminder, report, exit plan
and API answer uses; the other functions are its building blocks.

Semantics (all dates inclusive):
- A term of N months that starts on day S runs up to the day before "S + N months". When that
  day does not exist (start 31/01 + 1 month), the term runs to the end of the shorter month:
  31/01/2026 + 1 month ends 28/02/2026, 29/02/2028 + 12 months ends 28/02/2029.
- A tacit renewal starts the day after the previous term ends and lasts `renewal_months`
  (else the initial duration, else 12 months).
- Notice of N months given on day D takes effect at a term end E when the N months from D + 1
  fit up to E: the deadline is the day before "E + 1 day - N months" (clamped to the month's
  end). Notice of N days: the deadline is E - N days.
- Only a tacit renewal makes a deadline matter: a contract without tacit renewal (none or
  explicit) ends at its term end whatever happens, so it never has a missed deadline; its
  notice deadline is shown only while it is still ahead.
- No notice period (None or 0): notice can be given up to the term end itself, and there is
  no deadline to show.
- Missing start/duration/end: nothing can be computed; every date is None.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

RENEWAL_NONE = "none"
RENEWAL_TACIT = "tacit"
RENEWAL_EXPLICIT = "explicit"
UNIT_DAYS = "days"
UNIT_MONTHS = "months"
DEFAULT_RENEWAL_MONTHS = 12
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ContractTerms:
    start_date: date | None = None
    end_date: date | None = None
    duration_months: int | None = None
    renewal: str = RENEWAL_NONE
    renewal_months: int | None = None
    notice_value: int | None = None
    notice_unit: str = UNIT_MONTHS


@dataclass(frozen=True)
class TermsAsOf:
    """Where a contract stands on `as_of`.

    current_term_end: end of the term running on as_of (for a contract that already ended:
        the day it ended).
    missed_notice_deadline: the running term's notice deadline when it is before as_of and the
        contract therefore renews tacitly; else None.
    earliest_end: the earliest day the contract can end when notice is given on as_of; always
        a term end (the day it ended, for an ended contract).
    next_notice_deadline: the next last day to give notice that is on or after as_of; None
        when there is none (no notice period, no tacit renewal and the deadline is past, or
        the contract ended).
    """

    as_of: date
    current_term_end: date | None = None
    missed_notice_deadline: date | None = None
    earliest_end: date | None = None
    next_notice_deadline: date | None = None

    @property
    def has_ended(self) -> bool:
        return self.current_term_end is not None and self.current_term_end < self.as_of

    @property
    def renews(self) -> bool:
        """The running term renews: its deadline was missed (notice now ends a later term)."""
        return self.missed_notice_deadline is not None


def add_months(day: date, months: int) -> date:
    """Same day-of-month `months` later (or earlier), clamped to the month's last day."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def term_end_after(start: date, months: int) -> date:
    """Last day of a term of `months` months starting on `start` (see the module notes)."""
    same_day = add_months(start, months)
    if same_day.day != start.day:  # the day does not exist in that month: run to its end
        return same_day
    return same_day - ONE_DAY


def initial_end(terms: ContractTerms) -> date | None:
    if terms.end_date:
        return terms.end_date
    if terms.start_date and terms.duration_months:
        return term_end_after(terms.start_date, terms.duration_months)
    return None


def _renewal_step(terms: ContractTerms) -> int:
    return terms.renewal_months or terms.duration_months or DEFAULT_RENEWAL_MONTHS


def _next_term_end(end: date, terms: ContractTerms) -> date:
    return term_end_after(end + ONE_DAY, _renewal_step(terms))


def notice_deadline_for(term_end: date, terms: ContractTerms) -> date | None:
    """Last day on which notice still takes effect at `term_end` (None without a period)."""
    if not terms.notice_value:
        return None
    if terms.notice_unit == UNIT_DAYS:
        return term_end - timedelta(days=terms.notice_value)
    return add_months(term_end + ONE_DAY, -terms.notice_value) - ONE_DAY


def _running_term_end(terms: ContractTerms, end: date, as_of: date) -> date:
    while end < as_of:
        end = _next_term_end(end, terms)
    return end


# Lists, the dashboard and reminders ask this for every engagement, often several times in one
# request; the answer depends on nothing but the (immutable) arguments, so it is remembered.
@lru_cache(maxsize=8192)
def terms_as_of(terms: ContractTerms, as_of: date) -> TermsAsOf:
    """The one answer to "when does it end, and by when must notice be given" on `as_of`."""
    end = initial_end(terms)
    if end is None:
        return TermsAsOf(as_of=as_of)
    if terms.renewal != RENEWAL_TACIT:
        return _fixed_term(terms, end, as_of)
    current = _running_term_end(terms, end, as_of)
    deadline = notice_deadline_for(current, terms)
    if deadline is None or deadline >= as_of:
        return TermsAsOf(as_of, current, None, current, deadline)
    earliest = _next_term_end(current, terms)
    next_deadline = notice_deadline_for(earliest, terms)
    while next_deadline < as_of:  # a notice period longer than a renewal term
        earliest = _next_term_end(earliest, terms)
        next_deadline = notice_deadline_for(earliest, terms)
    return TermsAsOf(as_of, current, deadline, earliest, next_deadline)


def _fixed_term(terms: ContractTerms, end: date, as_of: date) -> TermsAsOf:
    """No tacit renewal: the contract ends at `end`, notice or not."""
    deadline = notice_deadline_for(end, terms)
    upcoming = deadline if deadline is not None and deadline >= as_of else None
    return TermsAsOf(as_of, end, None, end, upcoming)


def current_term_end(terms: ContractTerms, today: date) -> date | None:
    """End of the term running on `today` (see terms_as_of)."""
    return terms_as_of(terms, today).current_term_end


def next_notice_deadline(terms: ContractTerms, today: date) -> date | None:
    """The next last day to give notice on or after `today` (see terms_as_of)."""
    return terms_as_of(terms, today).next_notice_deadline
