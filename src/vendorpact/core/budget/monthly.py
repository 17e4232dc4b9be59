"""Cumulative budget, approved extra costs and invoiced amounts per month (the budget chart)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from vendorpact.core.budget.line_budgets import line_budget
from vendorpact.core.budget.model import (
    ZERO,
    Allocation,
    BudgetKind,
    BudgetLine,
    ExtraCost,
    MonthPoint,
)
from vendorpact.core.budget.summary import sum_of
from vendorpact.core.terms import add_months


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
                budget_cumulative=sum_of(
                    _budget_until(line, month_end, first_month) for line in lines
                ),
                approved_cumulative=sum_of(
                    c.estimate
                    for c in extra_costs
                    if c.approved_on is not None and c.approved_on < month_end
                ),
                invoiced_cumulative=sum_of(
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
