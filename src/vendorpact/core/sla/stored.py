"""Results to store per ticket, independent of the evaluation moment, and how to judge an open
ticket later from them without replaying its history.

A resolved ticket's figures never change. An open ticket's figures depend on ``now`` only
through its running clocks, so ``stored_results`` evaluates every ticket up to its last
recorded moment (``BulkEvaluator`` without ``now``) and keeps, for the open items, the moment
after which they are overdue. ``outcome_as_of`` and ``remaining_as_of`` then give the same
answer as ``BulkEvaluator.evaluate(cols, now)`` for any ``now`` at or after that last moment:

- response (no first response, not resolved): overdue once ``now`` is past ``response_due``;
- resolution (not resolved): overdue when the clock had already run past the target at the
  last moment (``resolution_left_seconds`` < 0), else once ``now`` is past ``resolution_due``,
  which exists only while the clock runs (a paused ticket cannot become overdue).

The due moments are the last moment at which the elapsed time still equals the target: a
target reached at closing time is overdue only after the next opening (see
``outcome.is_overdue``: equal is still met).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpact.core.sla.bulk import (
    ACTIVE,
    STOPPED,
    VENDOR_WAIT,
    BulkEvaluator,
    TicketColumns,
    last_recorded_moments,
)
from vendorpact.core.sla.calendar import BusinessCalendar
from vendorpact.core.sla.outcome import NOT_JUDGED, OVERDUE
from vendorpact.core.sla.policy import SlaPolicy


@dataclass
class StoredColumns:
    """One row per ticket of the ``TicketColumns`` evaluated (float NaN = none)."""

    is_open: np.ndarray  # bool: not resolved (resolved column or a final resolved status)
    response_seconds: np.ndarray
    resolution_seconds: np.ndarray
    response_outcome: np.ndarray  # int8 outcome codes MET / BREACHED / NOT_JUDGED
    resolution_outcome: np.ndarray
    response_due: np.ndarray  # open items: overdue once now is past this moment
    resolution_due: np.ndarray
    resolution_left_seconds: np.ndarray  # open tickets: target minus the clock's time so far
    resolution_running: np.ndarray  # bool, open tickets: the resolution clock runs
    measured_until: np.ndarray  # resolved moment, else the last status event or created
    customer_wait_seconds: np.ndarray
    vendor_wait_seconds: np.ndarray
    reopen_count: np.ndarray  # int


def _current_state(cols: TicketColumns) -> np.ndarray:
    counts = np.diff(cols.event_offsets)
    state = np.full(counts.shape[0], ACTIVE, dtype=np.int8)
    has_events = counts > 0
    state[has_events] = cols.event_state[cols.event_offsets[1:][has_events] - 1]
    return state


def _reopen_counts(cols: TicketColumns, end: np.ndarray) -> np.ndarray:
    """Changes from a resolved status to another one before the end, per ticket."""
    n = cols.created.shape[0]
    counts = np.diff(cols.event_offsets)
    owner = np.repeat(np.arange(n), counts)
    state = cols.event_state
    previous_stopped = np.zeros(state.shape[0], dtype=bool)
    previous_stopped[1:] = state[:-1] == STOPPED
    previous_stopped[cols.event_offsets[:-1][counts > 0]] = False
    reopen = previous_stopped & (state != STOPPED) & (cols.event_at < end[owner])
    return np.bincount(owner[reopen], minlength=n)


def due_after(clock: BusinessCalendar, start: float, seconds: float) -> float:
    """The last moment at which ``seconds`` of ``clock`` time since ``start`` have not been
    exceeded yet."""
    return clock.last_moment_without_more_open_time(clock.add_epoch(start, seconds))


class StoredEvaluator:
    """``stored_results`` for one policy (priority indexes as in ``priority_keys``)."""

    def __init__(self, policy: SlaPolicy) -> None:
        self.policy = policy
        self.bulk = BulkEvaluator(policy)
        self.priority_keys = self.bulk.priority_keys
        self.clocks = {
            which: [
                policy.clock_for(getattr(policy.priorities[key], which))
                for key in self.priority_keys
            ]
            for which in ("response", "resolution")
        }

    def _dues(self, which: str, rows, starts, seconds, priority) -> np.ndarray:
        due = np.full(starts.shape[0], np.nan)
        clocks = self.clocks[which]
        for i in np.flatnonzero(rows).tolist():
            due[i] = due_after(clocks[priority[i]], float(starts[i]), float(seconds[i]))
        return due

    def evaluate(self, cols: TicketColumns) -> StoredColumns:
        result = self.bulk.evaluate(cols, None)
        resolved, end = last_recorded_moments(cols)
        is_open = np.isnan(resolved)
        state = _current_state(cols)
        running = is_open & ((state == ACTIVE) | (state == VENDOR_WAIT))
        response_target = self.bulk.response_target[cols.priority]
        resolution_target = self.bulk.resolution_target[cols.priority]
        waiting = is_open & np.isnan(cols.first_response) & ~np.isnan(response_target)
        response_due = self._dues("response", waiting, cols.created, response_target, cols.priority)
        left = np.where(is_open, resolution_target - result.resolution_elapsed_seconds, np.nan)
        resolution_due = self._dues(
            "resolution", running & (left >= 0), end, left, cols.priority
        )  # NaN left compares False: no target, no due moment
        return StoredColumns(
            is_open=is_open,
            response_seconds=result.response_seconds,
            resolution_seconds=result.resolution_seconds,
            response_outcome=result.response_breached,
            resolution_outcome=result.resolution_breached,
            response_due=response_due,
            resolution_due=resolution_due,
            resolution_left_seconds=left,
            resolution_running=running,
            measured_until=end,
            customer_wait_seconds=result.customer_wait_seconds,
            vendor_wait_seconds=result.vendor_wait_seconds,
            reopen_count=_reopen_counts(cols, end),
        )


# Judging one stored item as of `now` (scalars, for the few rows a page shows) ---------------


def response_outcome_as_of(outcome: int, due: float | None, now: float) -> int:
    """The response outcome code as of ``now``: an open item past its due moment is OVERDUE."""
    if outcome == NOT_JUDGED and due is not None and now > due:
        return OVERDUE
    return outcome


def resolution_outcome_as_of(outcome: int, left: float | None, due: float | None, now: float):
    """The resolution outcome code as of ``now`` (the rule of the module docstring)."""
    if outcome != NOT_JUDGED:
        return outcome
    if (left is not None and left < 0) or (due is not None and now > due):
        return OVERDUE
    return NOT_JUDGED


def response_remaining(clock: BusinessCalendar, target: float, created: float, now: float):
    """Target minus the response clock's time from creation to ``now`` (open, unanswered)."""
    return target - clock.seconds_between_epoch(created, now)


def resolution_remaining(
    clock: BusinessCalendar, left: float, running: bool, measured_until: float, now: float
) -> float:
    """The resolution time left as of ``now`` of an open ticket (negative: overdue)."""
    return left - (clock.seconds_between_epoch(measured_until, now) if running else 0.0)
