"""Writes on budget lines and extra costs; each call is one transaction.

Invoice import and matching live in invoicing.py.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from vendorpact.budget.figures import EngagementBudget, core_cost
from vendorpact.budget.models import BudgetLine, ExtraCost, ExtraCostStatus
from vendorpact.budget.prefill import line_values, proposals_for
from vendorpact.common.fields import assign_fields, check_fields
from vendorpact.core import budget as core
from vendorpact.core.errors import DomainError

BUDGET_LINE_FIELDS = (
    "label",
    "kind",
    "amount",
    "period",
    "start",
    "end",
    "rate_unit",
    "estimated_units",
    "cap",
    "reference",
    "included_scope",
    "excluded_scope",
    "is_reserve",
)
EXTRA_COST_FIELDS = (
    "description",
    "reason",
    "estimate",
    "requested_by",
    "reported_on",
    "budget_line",
    "reference",
)


def actor_name(actor) -> str:
    return (actor.get_full_name() or actor.username) if actor else ""


def check_budget_line(data: dict) -> None:
    """Refuse a line the core cannot compute (a recurring line needs a start and a period)."""
    if data.get("kind") == core.BudgetKind.RECURRING and not (
        data.get("start") and data.get("period")
    ):
        raise DomainError("budget.recurring_needs_start_and_period")
    if data.get("kind") == core.BudgetKind.RATE and not data.get("rate_unit"):
        raise DomainError("budget.rate_needs_unit")


def _check_same_engagement(engagement, budget_line) -> None:
    if budget_line is not None and budget_line.engagement_id != engagement.pk:
        raise DomainError("budget.line_of_other_engagement")


@transaction.atomic
def create_budget_line(*, org, actor, engagement, data: dict) -> BudgetLine:
    check_budget_line(data)
    values = {key: data[key] for key in BUDGET_LINE_FIELDS if key in data}
    line = BudgetLine(organisation=org, engagement=engagement, **values)
    check_fields(line)
    line.save()
    return line


@transaction.atomic
def update_budget_line(*, org, actor, line: BudgetLine, data: dict) -> BudgetLine:
    assign_fields(line, data, BUDGET_LINE_FIELDS)
    check_budget_line({key: getattr(line, key) for key in BUDGET_LINE_FIELDS})
    check_fields(line)
    line.save()
    return line


@transaction.atomic
def delete_budget_line(*, org, actor, line: BudgetLine) -> None:
    line.delete()


@transaction.atomic
def create_extra_cost(*, org, actor, engagement, data: dict) -> ExtraCost:
    _check_same_engagement(engagement, data.get("budget_line"))
    values = {key: data[key] for key in EXTRA_COST_FIELDS if key in data}
    values.setdefault("reported_on", timezone.localdate())
    cost = ExtraCost(organisation=org, engagement=engagement, created_by=actor, **values)
    check_fields(cost)
    cost.save()
    return cost


@transaction.atomic
def update_extra_cost(*, org, actor, cost: ExtraCost, data: dict) -> ExtraCost:
    """Edit the request; once decided, its estimate and budget line are what was decided on.

    Raises DomainError("extra_cost.decided") for such a change (reopen the request first).
    """
    _check_same_engagement(cost.engagement, data.get("budget_line"))
    stored = _locked(cost)
    if stored.status != ExtraCostStatus.REPORTED and _changes_decision(stored, data):
        raise DomainError("extra_cost.decided", status=str(stored.get_status_display()).lower())
    assign_fields(cost, data, EXTRA_COST_FIELDS)
    check_fields(cost)
    cost.save()
    return cost


def _changes_decision(stored: ExtraCost, data: dict) -> bool:
    if "estimate" in data and data["estimate"] != stored.estimate:
        return True
    line = data.get("budget_line", stored.budget_line)
    return (line.pk if line else None) != stored.budget_line_id


def _apply(cost: ExtraCost, updated: core.ExtraCost) -> ExtraCost:
    cost.status = str(updated.status)
    cost.decided_by = updated.decided_by
    cost.decided_on = updated.decided_on
    cost.approved_on = updated.approved_on
    cost.invoiced_on = updated.invoiced_on
    cost.save()
    return cost


def _locked(cost: ExtraCost) -> ExtraCost:
    return ExtraCost.objects.select_for_update().get(pk=cost.pk, organisation=cost.organisation_id)


@transaction.atomic
def approve_extra_cost(
    *, org, actor, cost: ExtraCost, confirm_over_budget: bool = False, on: date | None = None
) -> ExtraCost:
    """Approve; an approval that pushes its budget line over budget needs confirmation.

    Raises DomainError("budget.approval_over_budget", forecast=..., budget=...) when not
    confirmed, and DomainError("extra_cost.bad_transition") from any status but reported.
    """
    cost = _locked(cost)
    current = core_cost(cost)
    if current.status is not core.ExtraCostStatus.REPORTED:
        raise DomainError("extra_cost.bad_transition", current=cost.status, requested="approved")
    check = EngagementBudget(cost.engagement).approval_check(cost)
    if check.pushes_over_budget and not confirm_over_budget:
        raise DomainError(
            "budget.approval_over_budget", forecast=check.forecast_after, budget=check.budget
        )
    on = on or timezone.localdate()
    return _apply(
        cost,
        core.transition_extra_cost(current, core.ExtraCostStatus.APPROVED, on, actor_name(actor)),
    )


@transaction.atomic
def set_extra_cost_status(
    *, org, actor, cost: ExtraCost, status: str, on: date | None = None
) -> ExtraCost:
    """Reject, mark invoiced or reopen (approval goes through approve_extra_cost)."""
    if status == ExtraCostStatus.APPROVED:
        raise DomainError("extra_cost.bad_transition", current=cost.status, requested=status)
    cost = _locked(cost)
    on = on or timezone.localdate()
    updated = core.transition_extra_cost(
        core_cost(cost), core.ExtraCostStatus(status), on, actor_name(actor)
    )
    return _apply(cost, updated)


@transaction.atomic
def delete_extra_cost(*, org, actor, cost: ExtraCost) -> None:
    cost.delete()


def agreed_procedure(engagement):
    """The checklist entry `budget.extra_costs` (the agreed procedure for extra work), or None."""
    return engagement.checklist_entries.filter(item_id="budget.extra_costs").first()


@transaction.atomic
def create_lines_from_contract(*, org, actor, engagement, chosen: list[int]) -> int:
    """Create the chosen proposals (by position) of prefill.proposals_for as budget lines."""
    proposals, _skipped = proposals_for(engagement)
    created = 0
    for index, proposal in enumerate(proposals):
        if index in chosen:
            create_budget_line(
                org=org, actor=actor, engagement=engagement, data=line_values(proposal)
            )
            created += 1
    return created
