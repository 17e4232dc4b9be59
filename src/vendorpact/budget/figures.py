"""Model rows -> vendorpact.core.budget dataclasses, and the figures of an engagement's budget."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vendorpact.budget.models import BudgetLine, ExtraCost, InvoiceLine, MatchState
from vendorpact.core import budget as core
from vendorpact.core.terms import add_months


def core_line(line: BudgetLine) -> core.BudgetLine:
    return core.BudgetLine(
        id=str(line.pk),
        label=line.label,
        kind=core.BudgetKind(line.kind),
        amount=line.amount,
        period=core.Period(line.period) if line.period else None,
        start=line.start,
        end=line.end,
        rate_unit=core.RateUnit(line.rate_unit) if line.rate_unit else None,
        estimated_units=line.estimated_units,
        cap=line.cap,
        reference=line.reference,
        included_scope=line.included_scope,
        excluded_scope=line.excluded_scope,
        is_reserve=line.is_reserve,
    )


def core_cost(cost: ExtraCost) -> core.ExtraCost:
    return core.ExtraCost(
        id=str(cost.pk),
        description=cost.description,
        estimate=cost.estimate,
        status=core.ExtraCostStatus(cost.status),
        reason=cost.reason,
        requested_by=cost.requested_by,
        reported_on=cost.reported_on,
        budget_line_id=str(cost.budget_line_id) if cost.budget_line_id else None,
        decided_by=cost.decided_by,
        decided_on=cost.decided_on,
        approved_on=cost.approved_on,
        invoiced_on=cost.invoiced_on,
        reference=cost.reference,
    )


def core_allocation(
    invoice_id, line_id, amount, invoice_date, budget_line_id, extra_cost_id, match_state
) -> core.Allocation:
    """One invoice line (the values of ALLOCATION_FIELDS after the engagement) as booked.
    Only a confirmed match books the line; others count as "not on the budget" until then."""
    confirmed = match_state == MatchState.CONFIRMED
    return core.Allocation(
        invoice_id=str(invoice_id),
        invoice_line_id=str(line_id),
        amount=amount,
        invoice_date=invoice_date,
        budget_line_id=str(budget_line_id) if confirmed and budget_line_id else None,
        extra_cost_id=str(extra_cost_id) if confirmed and extra_cost_id else None,
    )


@dataclass
class BudgetRows:
    """One engagement's budget lines, extra costs and euro invoice lines, in their order."""

    lines: list = field(default_factory=list)
    costs: list = field(default_factory=list)
    allocations: list[core.Allocation] = field(default_factory=list)


# What core_allocation reads of an invoice line and its invoice, after the engagement's id.
ALLOCATION_FIELDS = (
    "invoice__engagement_id",
    "invoice_id",
    "pk",
    "line_amount",
    "invoice__issue_date",
    "budget_line_id",
    "extra_cost_id",
    "match_state",
)


def _load_rows(organisation_ids, engagement_ids) -> dict[int, BudgetRows]:
    """The budget rows of the given engagements of the given organisations: three queries."""
    ids = list(engagement_ids)
    rows: dict[int, BudgetRows] = {pk: BudgetRows() for pk in ids}
    scope = {"organisation_id__in": list(organisation_ids)}
    for line in BudgetLine.objects.filter(**scope, engagement_id__in=ids):
        rows[line.engagement_id].lines.append(line)
    costs = ExtraCost.objects.filter(**scope, engagement_id__in=ids).select_related("budget_line")
    for cost in costs:
        rows[cost.engagement_id].costs.append(cost)
    # An engagement may have thousands of invoice lines: read the booked values only, without
    # building model objects.
    invoice_lines = InvoiceLine.objects.filter(
        **scope,
        invoice__engagement_id__in=ids,
        invoice__currency="EUR",  # budgets are in euro; others carry a warning
    ).values_list(*ALLOCATION_FIELDS)
    for engagement_id, *values in invoice_lines:
        rows[engagement_id].allocations.append(core_allocation(*values))
    return rows


def budgets_by_engagement(organisation_id, engagements) -> dict[int, EngagementBudget]:
    """The EngagementBudget of each engagement of one organisation, read in three queries."""
    engagements = list(engagements)
    rows = _load_rows([organisation_id], [e.pk for e in engagements])
    return {e.pk: EngagementBudget(e, rows=rows[e.pk]) for e in engagements}


def budgets_across_organisations(engagements) -> dict[int, EngagementBudget]:
    """`budgets_by_engagement` for engagements of several organisations (three queries)."""
    engagements = list(engagements)
    organisation_ids = {e.organisation_id for e in engagements}
    rows = _load_rows(organisation_ids, [e.pk for e in engagements])
    return {e.pk: EngagementBudget(e, rows=rows[e.pk]) for e in engagements}


class EngagementBudget:
    """Everything of one engagement's budget, loaded once, as core dataclasses."""

    def __init__(self, engagement, *, rows: BudgetRows | None = None):
        """`rows` (from `budgets_by_engagement`) when already loaded, else read here."""
        self.engagement = engagement
        if rows is None:
            rows = _load_rows([engagement.organisation_id], [engagement.pk])[engagement.pk]
        self.lines = rows.lines
        self.costs = rows.costs
        self.core_lines = [core_line(line) for line in self.lines]
        self.core_costs = [core_cost(cost) for cost in self.costs]
        self.allocations = rows.allocations

    def summary(self) -> core.BudgetSummary:
        return core.summarise(self.core_lines, self.core_costs, self.allocations)

    def approval_check(self, cost: ExtraCost) -> core.ApprovalCheck:
        return core.check_approval(
            core_cost(cost), self.core_lines, self.core_costs, self.allocations
        )

    def months(self) -> tuple[date, date] | None:
        dates = [line.start for line in self.lines if line.start]
        dates += [line.end for line in self.lines if line.end]
        dates += [cost.reported_on for cost in self.costs]
        dates += [allocation.invoice_date for allocation in self.allocations]
        if self.engagement.start_date:
            dates.append(self.engagement.start_date)
        if not dates:
            return None
        first, last = min(dates).replace(day=1), max(dates).replace(day=1)
        # At most three years on one chart: the most recent ones.
        return max(first, add_months(last, -35)), last

    def series(self) -> list[core.MonthPoint]:
        span = self.months()
        if span is None:
            return []
        return core.monthly_series(self.core_lines, self.core_costs, self.allocations, *span)

    def labels(self) -> dict[str, str]:
        """Names for the ids in warnings: budget lines and extra costs."""
        names = {f"line:{line.pk}": line.label for line in self.lines}
        names.update({f"cost:{cost.pk}": cost.description for cost in self.costs})
        return names
