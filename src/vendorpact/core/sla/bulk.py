"""Vectorised evaluation of many tickets (numpy), same semantics as ``evaluate_epochs``.

Input is columnar: one row per ticket (epoch seconds, NaN when missing) plus the status events of
all tickets in one flat array with per-ticket offsets (CSR layout). Output is columnar too, so
a million tickets never become a million Python objects.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpact.core.sla.calendar import cumulative_numpy_in_range, ensure_numpy_range
from vendorpact.core.sla.outcome import BREACHED, MET, NOT_JUDGED, OVERDUE
from vendorpact.core.sla.policy import CLOCK_CALENDAR, REOPEN_RESTART, SlaPolicy

# Event state codes (see ``event_state``).
ACTIVE, CUSTOMER_WAIT, VENDOR_WAIT, VENDOR_PAUSED, STOPPED = 0, 1, 2, 3, 4
NOT_HAPPENED = NOT_JUDGED  # in the *_breached output arrays (outcome codes)


def event_state(policy: SlaPolicy, status: str) -> int:
    """State code of a normalised status under the policy."""
    if status in policy.resolved_statuses:
        return STOPPED
    vendor = status in policy.vendor_statuses
    paused = status in policy.pause_statuses
    if vendor:
        return VENDOR_PAUSED if paused else VENDOR_WAIT
    return CUSTOMER_WAIT if paused else ACTIVE


@dataclass
class TicketColumns:
    priority: np.ndarray  # int index into ``priority_keys``
    created: np.ndarray  # float64 epoch seconds
    first_response: np.ndarray  # float64, NaN when not yet happened
    resolved: np.ndarray  # float64, NaN when not yet happened
    event_offsets: np.ndarray  # int64, len n + 1
    event_at: np.ndarray  # float64, sorted by time within each ticket
    event_state: np.ndarray  # int8 state codes


@dataclass
class BulkResult:
    response_seconds: np.ndarray
    resolution_seconds: np.ndarray
    # int8 outcome codes: 1 breached, 0 met, 2 open and past the target as of `now` (a breach),
    # -1 not happened while the target can still be met / no target
    response_breached: np.ndarray
    resolution_breached: np.ndarray
    customer_wait_seconds: np.ndarray
    vendor_wait_seconds: np.ndarray
    response_remaining_seconds: np.ndarray  # open items with a `now`: target - elapsed, else NaN
    resolution_remaining_seconds: np.ndarray
    # resolution clock time up to the end moment (resolved, `now`, else the last recorded
    # moment), for open tickets too: what stored results keep to judge open tickets later
    resolution_elapsed_seconds: np.ndarray | None = None


class BulkEvaluator:
    """Evaluates ``TicketColumns`` for one policy; ``priority_keys`` fixes the index order."""

    def __init__(self, policy: SlaPolicy) -> None:
        self.policy = policy
        self.priority_keys = list(policy.priorities)
        self.response_target, self.response_calendar = self._targets("response")
        self.resolution_target, self.resolution_calendar = self._targets("resolution")

    def _targets(self, which: str) -> tuple[np.ndarray, np.ndarray]:
        seconds, calendar_clock = [], []
        for key in self.priority_keys:
            target = getattr(self.policy.priorities[key], which)
            seconds.append(np.nan if target is None else target.seconds)
            calendar_clock.append(target is not None and target.clock == CLOCK_CALENDAR)
        return np.asarray(seconds, dtype=np.float64), np.asarray(calendar_clock, dtype=bool)

    def _spans(self, start, stop, use_calendar, cum_start=None, cum_stop=None):
        """Seconds from start to stop: elapsed where ``use_calendar``, else business time.

        ``cum_start`` / ``cum_stop`` are the calendar's cumulative open seconds at start / stop
        when already known (the calendar must cover every operand: see ``evaluate``).
        """
        calendar = self.policy.calendar
        if cum_start is None:
            cum_start = cumulative_numpy_in_range(calendar, start)
        if cum_stop is None:
            cum_stop = cumulative_numpy_in_range(calendar, stop)
        business = np.maximum(cum_stop - cum_start, 0.0)
        return np.where(use_calendar, np.maximum(stop - start, 0.0), business)

    def evaluate(self, cols: TicketColumns, now: float | None = None) -> BulkResult:
        n = cols.created.shape[0]
        counts = np.diff(cols.event_offsets)
        owner = np.repeat(np.arange(n), counts)
        created = cols.created
        resolved = _resolved_from_events(cols, counts)
        end = _end_moments(cols, resolved, counts, now)
        # every moment below lies in [created, end] or is first_response / now: one range check
        moments = [created, cols.first_response, end]
        ensure_numpy_range(
            self.policy.calendar, *moments, np.array([np.nan if now is None else now])
        )
        cum_created = cumulative_numpy_in_range(self.policy.calendar, created)
        cum_end = cumulative_numpy_in_range(self.policy.calendar, end)

        response_seconds = self._spans(
            created, cols.first_response, self.response_calendar[cols.priority], cum_created
        )
        response_seconds[np.isnan(cols.first_response)] = np.nan

        res_calendar = self.resolution_calendar[cols.priority]
        piece_start, piece_stop = _pieces(cols, owner, created, end)
        event_calendar = res_calendar[owner]
        cum_piece_start = cumulative_numpy_in_range(self.policy.calendar, piece_start)
        cum_piece_stop = _stop_cumulative(
            self.policy.calendar, cols, counts, end, (piece_start, cum_piece_start, cum_end),
            piece_stop,
        )  # fmt: skip
        full = self._spans(piece_start, piece_stop, event_calendar, cum_piece_start, cum_piece_stop)
        not_active = cols.event_state != ACTIVE
        not_active &= cols.event_state != VENDOR_WAIT
        if self.policy.reopen == REOPEN_RESTART:
            origin = _restart_origin(cols, owner, created, end)
            clipped_start = np.maximum(piece_start, origin[owner])
            clipped_stop = np.maximum(piece_stop, clipped_start)
            idle = self._spans(clipped_start, clipped_stop, event_calendar) * not_active
            total = self._spans(origin, end, res_calendar)
        else:  # pieces already start at or after created: clipping to it changes nothing
            idle = full * not_active
            total = self._spans(created, end, res_calendar, cum_created, cum_end)
        resolution_elapsed = total - np.bincount(owner, weights=idle, minlength=n)
        resolution_seconds = resolution_elapsed.copy()
        resolution_remaining = self.resolution_target[cols.priority] - resolution_seconds
        resolution_remaining[~np.isnan(resolved)] = np.nan
        resolution_seconds[np.isnan(resolved)] = np.nan
        response_remaining = np.full(n, np.nan)
        if now is not None:  # resolved tickets without a first response are not judged
            waiting = np.isnan(cols.first_response) & np.isnan(resolved)
            now_epochs = np.full(n, float(now))
            cum_now = np.full(n, cumulative_numpy_in_range(self.policy.calendar, now_epochs[:1])[0])
            elapsed = self._spans(
                created, now_epochs, self.response_calendar[cols.priority], cum_created, cum_now
            )
            response_remaining[waiting] = (self.response_target[cols.priority] - elapsed)[waiting]
        else:
            resolution_remaining[:] = np.nan

        customer = np.bincount(
            owner, weights=full * (cols.event_state == CUSTOMER_WAIT), minlength=n
        )
        vendor_mask = (cols.event_state == VENDOR_WAIT) | (cols.event_state == VENDOR_PAUSED)
        vendor = np.bincount(owner, weights=full * vendor_mask, minlength=n)
        return BulkResult(
            response_seconds=response_seconds,
            resolution_seconds=resolution_seconds,
            response_breached=_breach(
                response_seconds, self.response_target[cols.priority], response_remaining
            ),
            resolution_breached=_breach(
                resolution_seconds, self.resolution_target[cols.priority], resolution_remaining
            ),
            customer_wait_seconds=customer,
            vendor_wait_seconds=vendor,
            response_remaining_seconds=response_remaining,
            resolution_remaining_seconds=resolution_remaining,
            resolution_elapsed_seconds=resolution_elapsed,
        )


def last_recorded_moments(cols: TicketColumns) -> tuple[np.ndarray, np.ndarray]:
    """(resolved, end) per ticket without an evaluation moment: resolved as ``evaluate`` derives
    it (NaN while open); end is the resolved moment, else the last status event or created."""
    counts = np.diff(cols.event_offsets)
    resolved = _resolved_from_events(cols, counts)
    return resolved, _end_moments(cols, resolved, counts, None)


def _last_event_index(cols: TicketColumns, counts):
    return np.where(counts > 0, cols.event_offsets[1:] - 1, 0)


def _resolved_from_events(cols: TicketColumns, counts):
    """The resolved column, else the last event's time when that event is a resolved status."""
    resolved = cols.resolved.copy()
    if cols.event_at.size == 0:
        return resolved
    last = _last_event_index(cols, counts)
    derive = np.isnan(resolved) & (counts > 0) & (cols.event_state[last] == STOPPED)
    resolved[derive] = np.maximum(cols.event_at[last[derive]], cols.created[derive])
    return resolved


def _end_moments(cols: TicketColumns, resolved, counts, now):
    end = resolved.copy()
    open_rows = np.isnan(end)
    if now is not None:
        end[open_rows] = now
    elif cols.event_at.size:
        last = _last_event_index(cols, counts)
        last_at = np.where(counts > 0, cols.event_at[last], cols.created)
        end[open_rows] = np.maximum(last_at[open_rows], cols.created[open_rows])
    else:
        end[open_rows] = cols.created[open_rows]
    return np.maximum(end, cols.created)


def _pieces(cols: TicketColumns, owner, created, end):
    """Per event: the piece [at, next event or end] clipped to [created, end]."""
    at = cols.event_at
    next_at = np.empty_like(at)
    if at.size:
        next_at[:-1] = at[1:]
        last = cols.event_offsets[1:] - 1
        has_events = np.diff(cols.event_offsets) > 0
        next_at[last[has_events]] = end[has_events]
    low, high = created[owner], end[owner]
    start = np.minimum(np.maximum(at, low), high)
    stop = np.minimum(np.maximum(next_at, start), high)
    return start, stop


def _stop_cumulative(calendar, cols: TicketColumns, counts, end, known, piece_stop):
    """Cumulative open seconds at each piece's stop, taken from values already computed: a
    piece stops where the ticket's next piece starts, the last one at the ticket's end (the
    stops are checked, so unsorted events are computed directly)."""
    piece_start, cum_start, cum_end = known
    stop_at, stop_cum = np.empty_like(piece_start), np.empty_like(cum_start)
    stop_at[:-1], stop_cum[:-1] = piece_start[1:], cum_start[1:]
    last = (cols.event_offsets[1:] - 1)[counts > 0]
    stop_at[last], stop_cum[last] = end[counts > 0], cum_end[counts > 0]
    if np.array_equal(stop_at, piece_stop, equal_nan=True):
        return stop_cum
    return cumulative_numpy_in_range(calendar, piece_stop)


def _restart_origin(cols: TicketColumns, owner, created, end):
    """Per ticket: the moment of the last reopen (stopped -> not stopped), else created."""
    state = cols.event_state
    previous_stopped = np.zeros(state.shape[0], dtype=bool)
    previous_stopped[1:] = state[:-1] == STOPPED
    first_of_ticket = cols.event_offsets[:-1][np.diff(cols.event_offsets) > 0]
    previous_stopped[first_of_ticket] = False
    reopen = previous_stopped & (state != STOPPED) & (cols.event_at < end[owner])
    origin = created.copy()
    np.maximum.at(origin, owner[reopen], cols.event_at[reopen])
    return origin


def _breach(measured, target, remaining):
    """Outcome codes; the rule of ``outcome.is_overdue`` for the open items (NaN measured)."""
    breached = np.full(measured.shape[0], NOT_JUDGED, dtype=np.int8)
    known = ~np.isnan(measured) & ~np.isnan(target)
    breached[known] = np.where(measured[known] > target[known], BREACHED, MET)
    breached[np.isnan(measured) & (remaining < 0)] = OVERDUE  # NaN remaining compares False
    return breached
