"""Per budget line and for the engagement: budget, invoiced, approved, open and forecast, with
the warnings; and whether approving an extra cost would push its line over budget.

Definitions (amounts excl. VAT, in the engagement currency):
- budget: what the contract foresees for the line over its horizon.
- invoiced: invoice lines allocated to the line or to its extra costs.
- approved: approved extra costs not invoiced yet (their estimate).
- open: reported extra costs still waiting for a decision (their estimate).
- forecast: invoiced + regular budget still to be invoiced + approved + open. A line marked
  `is_reserve` (a contingency budget for extra work) has no regular spend of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from vendorpact.core.budget.line_budgets import line_budget
from vendorpact.core.budget.model import (
    ZERO,
    Allocation,
    ApprovalCheck,
    BudgetLine,
    BudgetSummary,
    BudgetWarning,
    ExtraCost,
    ExtraCostStatus,
    LineSummary,
)
from vendorpact.core.errors import DomainError


def sum_of(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def _summarise_line(
    line: BudgetLine | None,
    costs: Sequence[ExtraCost],
    allocations: Sequence[Allocation],
    horizon: date | None,
) -> LineSummary:
    """`costs` and `allocations` are those of this line only (see _group_by_line)."""
    line_id = line.id if line else None
    invoiced = sum_of(a.amount for a in allocations)
    regular_invoiced = sum_of(a.amount for a in allocations if a.extra_cost_id is None)
    pending = _pending_by_cost(costs, allocations)
    approved = sum_of(pending[c.id] for c in costs if c.status is ExtraCostStatus.APPROVED)
    open_amount = sum_of(pending[c.id] for c in costs if c.status is ExtraCostStatus.REPORTED)
    budget = line_budget(line, horizon) if line else None
    remaining = ZERO
    if line is not None and budget is not None and not line.is_reserve:
        remaining = max(ZERO, budget - regular_invoiced)
    forecast = invoiced + remaining + approved + open_amount
    warnings = _line_warnings(line, budget, invoiced, forecast, costs, allocations)
    return LineSummary(
        budget_line_id=line_id,
        label=line.label if line else "",
        budget=budget if line else ZERO,
        invoiced=invoiced,
        approved=approved,
        open=open_amount,
        remaining_regular=remaining,
        forecast=forecast,
        warnings=warnings,
    )


def _pending_by_cost(
    costs: Sequence[ExtraCost], allocations: Sequence[Allocation]
) -> dict[str, Decimal]:
    """Estimate not invoiced yet per extra cost (a partly invoiced cost keeps its rest)."""
    invoiced: dict[str, Decimal] = {}
    for allocation in allocations:
        if allocation.extra_cost_id:
            invoiced[allocation.extra_cost_id] = (
                invoiced.get(allocation.extra_cost_id, ZERO) + allocation.amount
            )
    return {c.id: max(ZERO, c.estimate - invoiced.get(c.id, ZERO)) for c in costs}


def _line_warnings(
    line: BudgetLine | None,
    budget: Decimal | None,
    invoiced: Decimal,
    forecast: Decimal,
    costs: Sequence[ExtraCost],
    allocations: Sequence[Allocation],
) -> tuple[BudgetWarning, ...]:
    line_id = line.id if line else None
    warnings = [
        BudgetWarning("budget.extra_invoiced_without_approval", line_id, cost.id, cost.estimate)
        for cost in _invoiced_without_approval(costs, allocations)
    ]
    if line is not None and budget is None:
        warnings.append(BudgetWarning("budget.rate_uncapped", line_id))
    if line is not None and budget is not None:
        if invoiced > budget:
            warnings.append(
                BudgetWarning("budget.invoiced_over_budget", line_id, None, invoiced, budget)
            )
        elif forecast > budget:
            warnings.append(
                BudgetWarning("budget.forecast_over_budget", line_id, None, forecast, budget)
            )
    if line is None and (invoiced or costs):
        warnings.append(BudgetWarning("budget.not_on_budget_line", None, None, forecast))
    return tuple(warnings)


def _invoiced_without_approval(
    costs: Sequence[ExtraCost], allocations: Sequence[Allocation]
) -> list[ExtraCost]:
    invoiced_ids = {a.extra_cost_id for a in allocations if a.extra_cost_id}
    return [
        cost
        for cost in costs
        if (cost.id in invoiced_ids or cost.status is ExtraCostStatus.INVOICED)
        and cost.approved_on is None
    ]


def _group_by_line(
    lines: Sequence[BudgetLine],
    extra_costs: Sequence[ExtraCost],
    allocations: Sequence[Allocation],
) -> tuple[dict[str | None, list[ExtraCost]], dict[str | None, list[Allocation]]]:
    """Extra costs and allocations per budget line id (None: not on a known line).

    An allocation to an extra cost counts on that extra cost's line, whatever line it names.
    """
    known = {line.id for line in lines}
    cost_line = {
        c.id: (c.budget_line_id if c.budget_line_id in known else None) for c in extra_costs
    }
    costs_by_line: dict[str | None, list[ExtraCost]] = {}
    for cost in extra_costs:
        costs_by_line.setdefault(cost_line[cost.id], []).append(cost)
    allocations_by_line: dict[str | None, list[Allocation]] = {}
    for allocation in allocations:
        if allocation.extra_cost_id in cost_line:
            line_id = cost_line[allocation.extra_cost_id]
        else:
            line_id = allocation.budget_line_id if allocation.budget_line_id in known else None
        allocations_by_line.setdefault(line_id, []).append(allocation)
    return costs_by_line, allocations_by_line


def summarise(
    lines: Sequence[BudgetLine],
    extra_costs: Sequence[ExtraCost] = (),
    allocations: Sequence[Allocation] = (),
    horizon: date | None = None,
) -> BudgetSummary:
    """Budget, approved, invoiced, open and forecast per line, plus engagement totals.

    Extra costs and allocations that point at no known budget line are summed in a last line
    with budget_line_id None (shown as "not on the budget").
    """
    costs_by_line, allocations_by_line = _group_by_line(lines, extra_costs, allocations)
    summaries = [
        _summarise_line(
            line, costs_by_line.get(line.id, []), allocations_by_line.get(line.id, []), horizon
        )
        for line in lines
    ]
    if None in costs_by_line or None in allocations_by_line:
        summaries.append(
            _summarise_line(
                None, costs_by_line.get(None, []), allocations_by_line.get(None, []), horizon
            )
        )
    return BudgetSummary(
        lines=tuple(summaries),
        budget=sum_of(s.budget or ZERO for s in summaries),
        invoiced=sum_of(s.invoiced for s in summaries),
        approved=sum_of(s.approved for s in summaries),
        open=sum_of(s.open for s in summaries),
        forecast=sum_of(s.forecast for s in summaries),
        warnings=tuple(w for s in summaries for w in s.warnings),
    )


def check_approval(
    cost: ExtraCost,
    lines: Sequence[BudgetLine],
    extra_costs: Sequence[ExtraCost] = (),
    allocations: Sequence[Allocation] = (),
    horizon: date | None = None,
) -> ApprovalCheck:
    """Would approving `cost` push its budget line over budget?

    Counts what is already committed (invoiced, regular budget still to come, approved extra
    costs) plus this estimate; other open requests are left out, they are not decided yet.
    """
    if cost.status is not ExtraCostStatus.REPORTED:
        raise DomainError("extra_cost.bad_transition", current=cost.status, requested="approved")
    line = next((line for line in lines if line.id == cost.budget_line_id), None)
    line_id = line.id if line else None
    costs_by_line, allocations_by_line = _group_by_line(lines, extra_costs, allocations)
    committed = [
        c
        for c in costs_by_line.get(line_id, [])
        if c.id != cost.id and c.status is not ExtraCostStatus.REPORTED
    ]
    summary = _summarise_line(line, committed, allocations_by_line.get(line_id, []), horizon)
    forecast_after = summary.forecast + cost.estimate
    budget = summary.budget if line else None
    warnings = []
    if line is None:
        warnings.append(BudgetWarning("budget.not_on_budget_line", None, cost.id, forecast_after))
    elif budget is not None and forecast_after > budget:
        warnings.append(
            BudgetWarning("budget.approval_over_budget", line.id, cost.id, forecast_after, budget)
        )
    return ApprovalCheck(cost.id, budget, forecast_after, tuple(warnings))
