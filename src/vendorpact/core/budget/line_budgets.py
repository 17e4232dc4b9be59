"""The budget of one line: a one-off total, a rate's cap or estimate, or a recurring amount
per period up to a horizon."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from vendorpact.core.budget.model import PERIOD_MONTHS, BudgetKind, BudgetLine, Period
from vendorpact.core.errors import DomainError
from vendorpact.core.terms import add_months


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
