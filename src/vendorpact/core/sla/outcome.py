"""Outcome of one target (response or resolution) of one ticket, as of the evaluation moment.

The rule for open tickets lives here: an item that has not happened yet (no first response, not
resolved) is a breach as soon as its clock has run past the target, because nothing that happens
later can make it met. While the elapsed time is at most the target it is not judged yet.
``evaluate.evaluate_epochs`` applies the rule per ticket, ``bulk.BulkEvaluator`` to columns;
both take the evaluation moment as an argument.
"""

from __future__ import annotations

NOT_JUDGED = -1  # not happened yet and the target can still be met, or no target
MET = 0  # measured time at most the target
BREACHED = 1  # measured time over the target
OVERDUE = 2  # still open and already past the target: a breach ("open, overdue")


def is_overdue(remaining_seconds: float | None) -> bool:
    """An open item whose remaining time is negative (elapsed > target; equal is still met)."""
    return remaining_seconds is not None and remaining_seconds < 0


def outcome_code(breached: bool | None, measured_seconds: float | None) -> int:
    """The code of a ``TicketResult`` flag: a breach without a measured time is overdue."""
    if breached is None:
        return NOT_JUDGED
    if not breached:
        return MET
    return BREACHED if measured_seconds is not None else OVERDUE
