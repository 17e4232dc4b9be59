from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from ninja import Schema

from vendorpact.common.patch import PatchSchema, nullable_fields

BudgetKindT = Literal["one_off", "recurring", "rate"]
PeriodT = Literal["month", "quarter", "year", ""]
RateUnitT = Literal["hour", "day", ""]


class BudgetLineIn(Schema):
    label: str
    kind: BudgetKindT = "one_off"
    amount: Decimal
    period: PeriodT = ""
    start: date | None = None
    end: date | None = None
    rate_unit: RateUnitT = ""
    estimated_units: Decimal | None = None
    cap: Decimal | None = None
    reference: str = ""
    included_scope: str = ""
    excluded_scope: str = ""
    is_reserve: bool = False


class BudgetLinePatch(PatchSchema):
    may_be_null = nullable_fields(BudgetLineIn)
    label: str | None = None
    kind: BudgetKindT | None = None
    amount: Decimal | None = None
    period: PeriodT | None = None
    start: date | None = None
    end: date | None = None
    rate_unit: RateUnitT | None = None
    estimated_units: Decimal | None = None
    cap: Decimal | None = None
    reference: str | None = None
    included_scope: str | None = None
    excluded_scope: str | None = None
    is_reserve: bool | None = None


class BudgetLineOut(Schema):
    id: int
    engagement_id: int
    label: str
    kind: str
    amount: Decimal
    period: str
    start: date | None
    end: date | None
    rate_unit: str
    estimated_units: Decimal | None
    cap: Decimal | None
    reference: str
    included_scope: str
    excluded_scope: str
    is_reserve: bool


class ExtraCostIn(Schema):
    description: str
    estimate: Decimal
    reason: str = ""
    requested_by: str = ""
    reported_on: date | None = None
    budget_line_id: int | None = None
    reference: str = ""


class ExtraCostPatch(PatchSchema):
    # reported_on may be left out on creation (then it is today) but never emptied later
    may_be_null = nullable_fields(ExtraCostIn) - {"reported_on"}
    description: str | None = None
    estimate: Decimal | None = None
    reason: str | None = None
    requested_by: str | None = None
    reported_on: date | None = None
    budget_line_id: int | None = None
    reference: str | None = None


class ExtraCostOut(Schema):
    id: int
    engagement_id: int
    budget_line_id: int | None
    description: str
    reason: str
    estimate: Decimal
    requested_by: str
    reported_on: date
    reference: str
    status: str
    decided_by: str
    decided_on: date | None
    approved_on: date | None
    invoiced_on: date | None


class ApproveIn(Schema):
    confirm_over_budget: bool = False


class InvoiceLineIn(Schema):
    description: str
    amount: Decimal


class InvoiceIn(Schema):
    number: str
    issue_date: date
    due_date: date | None = None
    order_reference: str = ""
    vat_total: Decimal = Decimal(0)
    lines: list[InvoiceLineIn]


class InvoiceLineOut(Schema):
    id: int
    line_id: str
    description: str
    quantity: Decimal
    unit_price: Decimal | None
    line_amount: Decimal
    budget_line_id: int | None
    extra_cost_id: int | None
    match_state: str
    match_score: float | None


class InvoiceOut(Schema):
    id: int
    engagement_id: int
    kind: str
    number: str
    supplier_name: str
    supplier_vat: str
    issue_date: date
    due_date: date | None
    currency: str
    total_excl_vat: Decimal
    vat_total: Decimal
    total_incl_vat: Decimal
    order_reference: str
    source: str
    warning_codes: list[str]
    source_import_id: int | None = None  # the import batch (None: entered by hand)
    lines: list[InvoiceLineOut]


class MatchIn(Schema):
    target: str  # "budget_line:<id>", "extra_cost:<id>" or "" to clear


class BudgetLineSummaryOut(Schema):
    budget_line_id: int | None
    label: str
    budget: Decimal | None
    invoiced: Decimal
    approved: Decimal
    open: Decimal
    forecast: Decimal
    over_budget: bool


class WarningOut(Schema):
    code: str
    message: str


class BudgetSummaryOut(Schema):
    budget: Decimal
    invoiced: Decimal
    approved: Decimal
    open: Decimal
    forecast: Decimal
    lines: list[BudgetLineSummaryOut]
    warnings: list[WarningOut]


class InvoiceImportOut(Schema):
    invoice_import_id: int
    source: str
    file_name: str
    sha256: str
    imported_at: datetime
    imported_by: str
    invoices_added: int
    lines_added: int
    removed_at: datetime | None = None
    # a file of more than VENDORPACT_IMPORT_INLINE_MAX_ROWS rows is imported by a task: state
    # "importing" with the invoices written so far of those to write, then "done" or "failed"
    # (error_code says why; what was written before stays in the batch)
    state: str = "done"
    rows_done: int = 0
    rows_total: int = 0
    error_code: str = ""


class InvoiceImportRemovedOut(Schema):
    invoices: int
    lines: int
    matched_lines: int
