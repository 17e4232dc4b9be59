"""The budget's data: budget lines, extra-cost requests (meerwerk), invoice allocations, and
the summaries and warnings computed from them (amounts excl. VAT, engagement currency)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

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


@dataclass(frozen=True)
class MonthPoint:
    month: date  # first day of the month
    budget_cumulative: Decimal
    approved_cumulative: Decimal
    invoiced_cumulative: Decimal
