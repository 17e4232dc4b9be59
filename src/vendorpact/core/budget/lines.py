"""Budget lines, extra-cost requests (meerwerk) and invoice allocations per engagement.

Definitions used throughout (amounts excl. VAT, in the engagement currency):
- budget: what the contract foresees for the line over its horizon.
- invoiced: invoice lines allocated to the line or to its extra costs.
- approved: approved extra costs not invoiced yet (their estimate).
- open: reported extra costs still waiting for a decision (their estimate).
- forecast: invoiced + regular budget still to be invoiced + approved + open. A line marked
  `is_reserve` (a contingency budget for extra work) has no regular spend of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from vendorpact.core.errors import DomainError
from vendorpact.core.terms import add_months

ZERO = Decimal(0)


class BudgetKind(StrEnum):
    ONE_OFF = "one_off"
    RECURRING = "recurring"
    RATE = "rate"


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


PERIOD_MONTHS = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}


class RateUnit(StrEnum):
    HOUR = "hour"
    DAY = "day"


class ExtraCostStatus(StrEnum):
    REPORTED = "reported"
    APPROVED = "approved"
    REJECTED = "rejected"
    INVOICED = "invoiced"


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


@dataclass(frozen=True)
class BudgetLine:
    """A line of the engagement budget.

    amount means: the total (one-off), the amount per period (recurring) or the rate per unit.
    For rates, `cap` is the agreed maximum and `estimated_units` the expected hours/days.
    """

    id: str
    label: str
    kind: BudgetKind
    amount: Decimal
    period: Period | None = None
    start: date | None = None
    end: date | None = None
    rate_unit: RateUnit | None = None
    estimated_units: Decimal | None = None
    cap: Decimal | None = None
    reference: str = ""  # PO / contract / quote number the supplier puts on invoices
    included_scope: str = ""
    excluded_scope: str = ""
    is_reserve: bool = False


@dataclass(frozen=True)
class ExtraCost:
    id: str
    description: str
    estimate: Decimal
    status: ExtraCostStatus = ExtraCostStatus.REPORTED
    reason: str = ""
    requested_by: str = ""
    reported_on: date | None = None
    budget_line_id: str | None = None
    decided_by: str = ""
    decided_on: date | None = None
    approved_on: date | None = None  # kept after invoicing, so we know it was approved first
    invoiced_on: date | None = None
    reference: str = ""


@dataclass(frozen=True)
class Allocation:
    """An invoice line (or part of it) booked on a budget line and/or an extra cost."""

    invoice_id: str
    invoice_line_id: str
    amount: Decimal
    invoice_date: date
    budget_line_id: str | None = None
    extra_cost_id: str | None = None


@dataclass(frozen=True)
class BudgetWarning:
    code: str
    budget_line_id: str | None = None
    extra_cost_id: str | None = None
    amount: Decimal | None = None
    limit: Decimal | None = None


@dataclass(frozen=True)
class LineSummary:
    budget_line_id: str | None  # None: extra costs and invoices not linked to a budget line
    label: str
    budget: Decimal | None  # None: an uncapped rate without estimate, no budget can be told
    invoiced: Decimal
    approved: Decimal
    open: Decimal
    remaining_regular: Decimal
    forecast: Decimal
    warnings: tuple[BudgetWarning, ...]

    @property
    def over_budget(self) -> bool:
        return self.budget is not None and self.forecast > self.budget


@dataclass(frozen=True)
class BudgetSummary:
    lines: tuple[LineSummary, ...]
    budget: Decimal
    invoiced: Decimal
    approved: Decimal
    open: Decimal
    forecast: Decimal
    warnings: tuple[BudgetWarning, ...]


@dataclass(frozen=True)
class ApprovalCheck:
    extra_cost_id: str
    budget: Decimal | None
    forecast_after: Decimal
    warnings: tuple[BudgetWarning, ...]

    @property
    def pushes_over_budget(self) -> bool:
        return any(w.code == "budget.approval_over_budget" for w in self.warnings)


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


def default_horizon(line: BudgetLine) -> date | None:
    """End of a recurring line: its own end, else one year after its start."""
    if line.end is not None:
        return line.end
    if line.start is not None:
        return add_months(line.start, 12) - timedelta(days=1)
    return None


def periods_between(start: date, end: date, period: Period) -> int:
    """Number of periods that start on or before `end` (the first one on `start`)."""
    if end < start:
        return 0
    step, count, current = PERIOD_MONTHS[period], 0, start
    while current <= end:
        count += 1
        current = add_months(start, step * count)
    return count


def line_budget(line: BudgetLine, horizon: date | None = None) -> Decimal | None:
    """Budget of one line up to `horizon` (recurring lines) or in total (others)."""
    if line.kind is BudgetKind.ONE_OFF:
        return line.amount
    if line.kind is BudgetKind.RATE:
        if line.cap is not None:
            return line.cap
        if line.estimated_units is not None:
            return line.amount * line.estimated_units
        return None
    end = horizon or default_horizon(line)
    if line.end is not None and end is not None:
        end = min(end, line.end)
    if line.start is None or end is None or line.period is None:
        raise DomainError("budget.recurring_needs_start_and_period", budget_line_id=line.id)
    return line.amount * periods_between(line.start, end, line.period)


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def _summarise_line(
    line: BudgetLine | None,
    costs: Sequence[ExtraCost],
    allocations: Sequence[Allocation],
    horizon: date | None,
) -> LineSummary:
    """`costs` and `allocations` are those of this line only (see _group_by_line)."""
    line_id = line.id if line else None
    invoiced = _sum(a.amount for a in allocations)
    regular_invoiced = _sum(a.amount for a in allocations if a.extra_cost_id is None)
    pending = _pending_by_cost(costs, allocations)
    approved = _sum(pending[c.id] for c in costs if c.status is ExtraCostStatus.APPROVED)
    open_amount = _sum(pending[c.id] for c in costs if c.status is ExtraCostStatus.REPORTED)
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
        budget=_sum(s.budget or ZERO for s in summaries),
        invoiced=_sum(s.invoiced for s in summaries),
        approved=_sum(s.approved for s in summaries),
        open=_sum(s.open for s in summaries),
        forecast=_sum(s.forecast for s in summaries),
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


@dataclass(frozen=True)
class MonthPoint:
    month: date  # first day of the month
    budget_cumulative: Decimal
    approved_cumulative: Decimal
    invoiced_cumulative: Decimal


def monthly_series(
    lines: Sequence[BudgetLine],
    extra_costs: Sequence[ExtraCost],
    allocations: Sequence[Allocation],
    first_month: date,
    last_month: date,
) -> list[MonthPoint]:
    """Cumulative budget, approved extra costs and invoiced amounts per month, for a chart.

    One-off lines count in their start month (or the first month), recurring lines per period
    start, rate lines spread evenly is guesswork so they count in full in their start month.
    """
    points = []
    month = first_month.replace(day=1)
    while month <= last_month:
        month_end = add_months(month, 1)
        points.append(
            MonthPoint(
                month=month,
                budget_cumulative=_sum(
                    _budget_until(line, month_end, first_month) for line in lines
                ),
                approved_cumulative=_sum(
                    c.estimate
                    for c in extra_costs
                    if c.approved_on is not None and c.approved_on < month_end
                ),
                invoiced_cumulative=_sum(
                    a.amount for a in allocations if a.invoice_date < month_end
                ),
            )
        )
        month = month_end
    return points


def _budget_until(line: BudgetLine, before: date, fallback_start: date) -> Decimal:
    start = line.start or fallback_start
    if start >= before:
        return ZERO
    if line.kind is BudgetKind.RECURRING:
        horizon = before - timedelta(days=1)
        return line_budget(replace(line, start=start), horizon) or ZERO
    return line_budget(line) or ZERO
