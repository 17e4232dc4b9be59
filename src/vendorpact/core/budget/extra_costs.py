"""An extra-cost request's lifecycle: reported, approved or rejected, invoiced."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vendorpact.core.budget.model import ExtraCost, ExtraCostStatus
from vendorpact.core.errors import DomainError

# Invoicing a reported (not approved) extra cost is allowed: it happens, and it is exactly what
# the warning "extra cost invoiced without prior approval" is for.
EXTRA_COST_TRANSITIONS = {
    ExtraCostStatus.REPORTED: {
        ExtraCostStatus.APPROVED,
        ExtraCostStatus.REJECTED,
        ExtraCostStatus.INVOICED,
    },
    ExtraCostStatus.APPROVED: {ExtraCostStatus.INVOICED, ExtraCostStatus.REJECTED},
    ExtraCostStatus.REJECTED: {ExtraCostStatus.REPORTED},
    ExtraCostStatus.INVOICED: set(),
}


def transition_extra_cost(
    cost: ExtraCost, status: ExtraCostStatus, on: date, by: str = ""
) -> ExtraCost:
    """Move an extra cost to a new status; raises DomainError('extra_cost.bad_transition')."""
    if status not in EXTRA_COST_TRANSITIONS[cost.status]:
        raise DomainError("extra_cost.bad_transition", current=cost.status, requested=status)
    if status is ExtraCostStatus.INVOICED:
        return replace(cost, status=status, invoiced_on=on)
    if status is ExtraCostStatus.REPORTED:
        return replace(cost, status=status, decided_by="", decided_on=None, approved_on=None)
    approved_on = on if status is ExtraCostStatus.APPROVED else None
    return replace(cost, status=status, decided_by=by, decided_on=on, approved_on=approved_on)
