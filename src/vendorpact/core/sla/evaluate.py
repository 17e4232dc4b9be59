"""Evaluate tickets against an SLA policy from their immutable status history.

Nothing here stores deadlines: every figure is recomputed from created / first response /
resolved and the status events, so a changed priority or policy re-evaluates correctly and keeps
earlier pauses.

Semantics (docs/sla-formats.md):
- the response clock runs from creation to the first public response and never pauses;
- the resolution clock runs from creation (or, with ``reopen = restart``, from the last reopen)
  to resolution, stopped while the latest status is a pause status or a resolved status;
- waits: ``customer_wait_seconds`` is time in pause statuses that are not vendor statuses,
  ``vendor_wait_seconds`` time in vendor (third-party) statuses, paused or not;
- a target is breached when the measured time exceeds it; equal is met;
- with an evaluation moment ``now``, an open item (no first response / not resolved) whose
  clock has already run past its target is breached too ("open, overdue": ``*_breached`` is
  True while ``*_seconds`` stays None, see ``outcome``); while the target can still be met it
  is None. A resolved ticket without a first response has no response figure at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from vendorpact.core.sla.calendar import BusinessCalendar, to_epoch
from vendorpact.core.sla.model import Ticket
from vendorpact.core.sla.outcome import is_overdue
from vendorpact.core.sla.policy import (
    REOPEN_RESTART,
    PolicyError,
    SlaPolicy,
    Target,
    normalise_status,
)

ACTIVE, PAUSED, STOPPED = 0, 1, 2


@dataclass(frozen=True, slots=True)
class TicketResult:
    id: str
    priority: str
    created: float
    response_seconds: float | None
    resolution_seconds: float | None
    response_breached: bool | None
    resolution_breached: bool | None
    response_due: float | None = None
    resolution_due: float | None = None
    response_remaining_seconds: float | None = None
    resolution_remaining_seconds: float | None = None
    customer_wait_seconds: float = 0.0
    vendor_wait_seconds: float = 0.0
    reopen_count: int = 0

    @property
    def response_overdue(self) -> bool:
        """Still no first response and already past the response target."""
        return bool(self.response_breached) and self.response_seconds is None

    @property
    def resolution_overdue(self) -> bool:
        """Still open and already past the resolution target."""
        return bool(self.resolution_breached) and self.resolution_seconds is None

    def due_datetime(self, which: str, zone: dt.tzinfo) -> dt.datetime | None:
        epoch = getattr(self, f"{which}_due")
        return None if epoch is None else dt.datetime.fromtimestamp(epoch, zone)


def _segments(created: float, end: float, events: Sequence[tuple[float, str]]):
    """(start, stop, status) pieces of [created, end] by the latest status ('' before any)."""
    pieces = []
    current_at, current_status = created, ""
    for at, status in events:
        at = max(at, created)
        if at > end:
            break
        if at > current_at or at < end:  # zero-length pieces keep resolve/reopen transitions
            pieces.append((current_at, at, current_status))
        current_at, current_status = at, status
    if end > current_at:
        pieces.append((current_at, end, current_status))
    return pieces, current_status


def _state(status: str, policy: SlaPolicy) -> int:
    if status in policy.resolved_statuses:
        return STOPPED
    if status in policy.pause_statuses:
        return PAUSED
    return ACTIVE


def _restart_origin(pieces, policy: SlaPolicy) -> tuple[float | None, int]:
    """Start of the last reopen and the number of reopens."""
    origin, reopens, previous = None, 0, ""
    for start, _stop, status in pieces:
        if previous in policy.resolved_statuses and status not in policy.resolved_statuses:
            origin, reopens = start, reopens + 1
        previous = status
    return origin, reopens


def _response(policy, target: Target | None, created, first_response, now):
    if target is None:
        clock = policy.calendar
        seconds = (
            None if first_response is None else clock.seconds_between_epoch(created, first_response)
        )
        return seconds, None, None, None
    clock = policy.clock_for(target)
    due = clock.add_epoch(created, target.seconds)
    if first_response is not None:
        seconds = clock.seconds_between_epoch(created, first_response)
        return seconds, seconds > target.seconds, due, None
    remaining = None
    if now is not None:
        remaining = target.seconds - clock.seconds_between_epoch(created, now)
    return None, (True if is_overdue(remaining) else None), due, remaining


def _resolution(policy, target, clock, pieces, current_status, origin, end, resolved, now):
    active = 0.0
    due = None
    target_seconds = None if target is None else target.seconds
    for start, stop, status in pieces:
        if _state(status, policy) != ACTIVE or (origin is not None and start < origin):
            continue
        span = clock.seconds_between_epoch(start, stop)
        if due is None and target_seconds is not None and active + span >= target_seconds:
            due = clock.add_epoch(start, target_seconds - active)
        active += span
    if target_seconds is None:
        return (active if resolved is not None else None), None, None, None
    if resolved is not None:
        if due is None:
            due = clock.add_epoch(resolved, target_seconds - active)
        return active, active > target_seconds, due, None
    remaining = target_seconds - active if now is not None else None
    if due is None and _state(current_status, policy) == ACTIVE:
        due = clock.add_epoch(end, target_seconds - active)
    return None, (True if is_overdue(remaining) else None), due, remaining


def _waits(policy: SlaPolicy, clock: BusinessCalendar, pieces) -> tuple[float, float]:
    customer = vendor = 0.0
    for start, stop, status in pieces:
        if status in policy.vendor_statuses:
            vendor += clock.seconds_between_epoch(start, stop)
        elif status in policy.pause_statuses:
            customer += clock.seconds_between_epoch(start, stop)
    return customer, vendor


def evaluate_epochs(
    policy: SlaPolicy,
    ticket_id: str,
    priority: str,
    created: float,
    first_response: float | None,
    resolved: float | None,
    events: Sequence[tuple[float, str]] = (),
    now: float | None = None,
) -> TicketResult:
    """Evaluate one ticket given epoch seconds and (epoch, normalised status) events."""
    key = policy.resolve_priority(priority)
    if key is None:
        raise PolicyError("ticket.priority_unknown", f"{ticket_id}: {priority!r}")
    targets = policy.priorities[key]
    end = resolved if resolved is not None else now
    if end is None:
        end = max([created, *(at for at, _ in events)])
    ordered = sorted(events, key=lambda event: event[0])
    if resolved is None and ordered and ordered[-1][1] in policy.resolved_statuses:
        resolved = max(ordered[-1][0], created)
        end = resolved
    end = max(end, created)
    pieces, current_status = _segments(created, end, ordered)
    origin, reopens = _restart_origin(pieces, policy)
    if policy.reopen != REOPEN_RESTART:
        origin = None
    resolution_clock = policy.clock_for(targets.resolution) or policy.calendar
    # the response clock of a resolved ticket without a first response is not judged
    response_now = now if resolved is None else None
    response = _response(policy, targets.response, created, first_response, response_now)
    resolution = _resolution(
        policy,
        targets.resolution,
        resolution_clock,
        pieces,
        current_status,
        origin,
        end,
        resolved,
        now,
    )
    customer_wait, vendor_wait = _waits(policy, resolution_clock, pieces)
    return TicketResult(
        id=ticket_id,
        priority=key,
        created=created,
        response_seconds=response[0],
        resolution_seconds=resolution[0],
        response_breached=response[1],
        resolution_breached=resolution[1],
        response_due=response[2],
        resolution_due=resolution[2],
        response_remaining_seconds=response[3],
        resolution_remaining_seconds=resolution[3],
        customer_wait_seconds=customer_wait,
        vendor_wait_seconds=vendor_wait,
        reopen_count=reopens,
    )


def _optional_epoch(moment: dt.datetime | None) -> float | None:
    return None if moment is None else to_epoch(moment)


def evaluate_ticket(
    ticket: Ticket, policy: SlaPolicy, now: dt.datetime | None = None
) -> TicketResult:
    events = [(to_epoch(e.at), normalise_status(e.status)) for e in ticket.events]
    return evaluate_epochs(
        policy,
        ticket.id,
        ticket.priority,
        to_epoch(ticket.created),
        _optional_epoch(ticket.first_response),
        _optional_epoch(ticket.resolved),
        events,
        _optional_epoch(now),
    )


def evaluate_tickets(
    tickets: Iterable[Ticket], policy: SlaPolicy, now: dt.datetime | None = None
) -> Iterator[TicketResult]:
    for ticket in tickets:
        yield evaluate_ticket(ticket, policy, now)
