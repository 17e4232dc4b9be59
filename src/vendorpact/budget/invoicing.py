"""Invoices: manual entry, UBL/Peppol and CSV import, duplicate refusal and line matching."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone

from vendorpact.budget.batches import (
    InvoiceBatchContents,
    batch_contents,
    can_remove,
    earlier_import,
    outside_engagement,
)
from vendorpact.budget.figures import core_cost, core_line
from vendorpact.budget.models import (
    BudgetLine,
    ExtraCost,
    Invoice,
    InvoiceImport,
    InvoiceLine,
    InvoiceSource,
    MatchState,
)
from vendorpact.budget.services import actor_name, set_extra_cost_status
from vendorpact.common.bounds import check_import_rows, shown_limit
from vendorpact.core import budget as core
from vendorpact.core import invoices as core_invoices
from vendorpact.core.errors import DomainError
from vendorpact.core.import_batches import OutsidePeriod, sha256_of
from vendorpact.core.invoices import InvoiceError, compact_identifier, duplicate_key
from vendorpact.core.limits import LimitExceeded


@dataclass
class CsvResult:
    imported: list[Invoice] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    row_errors: list[core_invoices.CsvRowError] = field(default_factory=list)
    batch: InvoiceImport | None = None  # None when nothing was imported
    earlier: InvoiceImport | None = None  # the same file, imported before and still in place
    outside: OutsidePeriod = field(default_factory=OutsidePeriod)


def find_duplicate(org, invoice: core_invoices.Invoice) -> Invoice | None:
    supplier_key, number_key = duplicate_key(invoice)
    return Invoice.objects.filter(
        organisation=org, supplier_key=supplier_key, number_key=number_key
    ).first()


def _store(
    org, actor, engagement, invoice: core_invoices.Invoice, source, name="", batch=None
) -> Invoice:
    if find_duplicate(org, invoice) is not None:
        raise DomainError(
            "invoice.duplicate", number=invoice.number, supplier=invoice.supplier.name
        )
    row = _invoice_row(org, actor, engagement, invoice, source, name, batch)
    try:
        with transaction.atomic():
            row.save(force_insert=True)
    except IntegrityError as error:  # a concurrent import of the same invoice
        raise DomainError(
            "invoice.duplicate", number=invoice.number, supplier=invoice.supplier.name
        ) from error
    InvoiceLine.objects.bulk_create(
        _line_rows(org, row, invoice, MatchTargets.of(engagement), batch)
    )
    return row


def _invoice_row(
    org, actor, engagement, invoice: core_invoices.Invoice, source, name="", batch=None
) -> Invoice:
    """The Invoice row of a parsed invoice (not saved)."""
    supplier_key, number_key = duplicate_key(invoice)
    return Invoice(
        organisation=org,
        engagement=engagement,
        kind=str(invoice.kind),
        number=invoice.number[:100],
        supplier_name=invoice.supplier.name[:200],
        supplier_vat=invoice.supplier.vat[:30],
        supplier_key=supplier_key[:200],
        number_key=number_key[:100],
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        currency=invoice.currency or "EUR",
        total_excl_vat=invoice.total_excl_vat,
        vat_total=invoice.vat_total,
        total_incl_vat=invoice.total_incl_vat,
        order_reference=invoice.order_reference[:100],
        source=source,
        original_name=name[-255:],
        warning_codes=_warnings(engagement, invoice),
        source_import=batch,
        created_by=actor,
    )


def _warnings(engagement, invoice: core_invoices.Invoice) -> list[str]:
    codes = list(invoice.warnings) + _supplier_warning(engagement, invoice)
    if (invoice.currency or "EUR") != "EUR":
        codes.append("invoice.other_currency")
    return codes


def _supplier_warning(engagement, invoice: core_invoices.Invoice) -> list[str]:
    """The invoice's supplier VAT differs from the engagement supplier's: worth a look."""
    expected = compact_identifier(engagement.supplier.vat_number or "")
    found = compact_identifier(invoice.supplier.vat or "")
    return ["invoice.other_supplier"] if expected and found and expected != found else []


@dataclass(frozen=True)
class MatchTargets:
    """What an invoice line may be matched to: the engagement's budget lines and extra costs
    (read once per file: importing invoices does not change them)."""

    lines: list
    costs: list

    @classmethod
    def of(cls, engagement) -> MatchTargets:
        scope = {"organisation_id": engagement.organisation_id, "engagement": engagement}
        return cls(
            lines=[core_line(line) for line in BudgetLine.objects.filter(**scope)],
            costs=[core_cost(cost) for cost in ExtraCost.objects.filter(**scope)],
        )


def _line_rows(
    org, stored: Invoice, invoice: core_invoices.Invoice, targets: MatchTargets, batch=None
) -> list[InvoiceLine]:
    """The InvoiceLine rows of a stored invoice (not saved), each with its best proposed match."""
    proposals = {
        p.invoice_line_id: p for p in core.propose_matches(invoice, targets.lines, targets.costs)
    }
    rows = []
    for line in invoice.lines:
        best = proposals[line.id].best if line.id in proposals else None
        rows.append(
            InvoiceLine(
                organisation=org,
                invoice=stored,
                line_id=line.id[:40],
                description=line.description[:500] or "–",
                quantity=line.quantity,
                unit_price=line.unit_price,
                unit_code=line.unit_code[:10],
                line_amount=line.line_amount,
                vat_rate=line.vat_rate,
                budget_line_id=int(best.target_id)
                if best and best.target_kind == "budget_line"
                else None,
                extra_cost_id=int(best.target_id)
                if best and best.target_kind == "extra_cost"
                else None,
                match_state=MatchState.PROPOSED if best else MatchState.NONE,
                match_score=best.score if best else None,
                match_reasons=list(best.reasons) if best else [],
                source_import=batch,
            )
        )
    return rows


@transaction.atomic
def import_ubl(*, org, actor, engagement, data: bytes, name: str = "") -> Invoice:
    """Parse and store one UBL 2.1 / Peppol BIS 3.0 invoice or credit note.

    Raises DomainError with the core's code for malformed XML, a non-invoice or a duplicate.
    """
    try:
        invoice = core_invoices.parse_ubl(data)
    except InvoiceError as error:
        raise DomainError(error.code, detail=error.detail) from error
    sha256 = sha256_of([data])
    earlier = earlier_import(engagement, sha256)
    if earlier is not None and find_duplicate(org, invoice) is not None:
        raise DomainError(
            "invoice.duplicate",
            number=invoice.number,
            supplier=invoice.supplier.name,
            imported_on=timezone.localtime(earlier.created_at).date(),
            imported_by=actor_name(earlier.created_by) or "–",
        )
    batch = new_batch(org, actor, engagement, InvoiceSource.UBL, name, sha256)
    stored = _store(org, actor, engagement, invoice, InvoiceSource.UBL, name, batch)
    count_added(batch)
    return stored


def new_batch(org, actor, engagement, source, name, sha256) -> InvoiceImport:
    return InvoiceImport.objects.create(
        organisation=org,
        engagement=engagement,
        source=source,
        file_name=name[-255:],
        sha256=sha256,
        created_by=actor,
    )


def count_added(batch: InvoiceImport) -> None:
    batch.invoices_added = batch.invoices.count()
    batch.lines_added = batch.lines.count()
    batch.save(update_fields=["invoices_added", "lines_added"])


@transaction.atomic
def import_csv(*, org, actor, engagement, data: bytes, name: str = "") -> CsvResult:
    """Store every complete invoice of a CSV file; report duplicates and bad rows exactly."""
    try:
        check_import_rows(io.BytesIO(data), ".csv")
    except LimitExceeded as error:
        raise DomainError(error.code, detail=shown_limit(error)) from error
    try:
        parsed = core_invoices.parse_invoice_csv(data)
    except InvoiceError as error:
        raise DomainError(error.code, detail=error.detail) from error
    sha256 = sha256_of([data])
    result = CsvResult(
        row_errors=list(parsed.errors),
        earlier=earlier_import(engagement, sha256),
    )
    batch = new_batch(org, actor, engagement, InvoiceSource.CSV, name, sha256)
    fresh = without_duplicates(org, parsed.invoices, result.duplicates)
    result.imported = store_all(org, actor, engagement, fresh, name, batch, result.duplicates)
    dates = [stored.issue_date for stored in result.imported]
    result.outside = outside_engagement(engagement, dates)
    if not result.imported:
        batch.delete()  # nothing to remove later: no empty batch in the list
        return result
    count_added(batch)
    result.batch = batch
    return result


def without_duplicates(org, invoices, duplicates: list[str]) -> list[core_invoices.Invoice]:
    """The invoices that are neither stored already nor earlier in the same file (one query);
    the numbers of the others are added to `duplicates`."""
    keys = [duplicate_key(invoice) for invoice in invoices]
    seen = set(
        Invoice.objects.filter(
            organisation=org, number_key__in={number_key for _supplier, number_key in keys}
        ).values_list("supplier_key", "number_key")
    )
    fresh = []
    for invoice, key in zip(invoices, keys, strict=True):
        if key in seen:
            duplicates.append(invoice.number)
        else:
            seen.add(key)
            fresh.append(invoice)
    return fresh


def store_all(org, actor, engagement, invoices, name, batch, duplicates) -> list[Invoice]:
    """Store the invoices of one file and their lines in a fixed number of queries; should
    another import store one of them meanwhile, each is stored on its own instead (that one
    then counts as a duplicate)."""
    rows = [
        _invoice_row(org, actor, engagement, i, InvoiceSource.CSV, name, batch) for i in invoices
    ]
    try:
        with transaction.atomic():
            Invoice.objects.bulk_create(rows)
    except IntegrityError:
        return _store_each(org, actor, engagement, invoices, name, batch, duplicates)
    targets = MatchTargets.of(engagement)
    InvoiceLine.objects.bulk_create(
        line
        for row, invoice in zip(rows, invoices, strict=True)
        for line in _line_rows(org, row, invoice, targets, batch)
    )
    return rows


def _store_each(org, actor, engagement, invoices, name, batch, duplicates) -> list[Invoice]:
    stored = []
    for invoice in invoices:
        try:
            stored.append(_store(org, actor, engagement, invoice, InvoiceSource.CSV, name, batch))
        except DomainError:
            duplicates.append(invoice.number)
    return stored


@transaction.atomic
def create_manual_invoice(*, org, actor, engagement, header: dict, lines: list[dict]) -> Invoice:
    """header: number, issue_date, due_date, vat_total; lines: description, amount (excl. VAT)."""
    if not lines:
        raise DomainError("invoice.no_lines")
    supplier = engagement.supplier
    core_lines = tuple(
        core_invoices.InvoiceLine(
            id=str(position),
            description=line["description"],
            quantity=Decimal(1),
            unit_price=line["amount"],
            line_amount=line["amount"],
        )
        for position, line in enumerate(lines, start=1)
    )
    total = sum((line.line_amount for line in core_lines), Decimal(0))
    vat = header.get("vat_total") or Decimal(0)
    invoice = core_invoices.Invoice(
        kind=core_invoices.DocumentKind.INVOICE,
        number=header["number"].strip(),
        issue_date=header["issue_date"],
        due_date=header.get("due_date"),
        currency="EUR",
        supplier=core_invoices.Party(name=supplier.name, vat=supplier.vat_number or ""),
        customer=core_invoices.Party(name=org.name),
        total_excl_vat=total,
        vat_total=vat,
        total_incl_vat=total + vat,
        payable=total + vat,
        lines=core_lines,
        order_reference=header.get("order_reference", ""),
        source="manual",
    )
    return _store(org, actor, engagement, invoice, InvoiceSource.MANUAL)


def parse_target(engagement, target: str):
    """'budget_line:5' / 'extra_cost:7' / '' -> (budget_line, extra_cost) of this engagement."""
    if not target:
        return None, None
    kind, _, raw_id = target.partition(":")
    if not raw_id.isdigit():
        raise DomainError("invoice.unknown_target")
    if kind == "budget_line":
        found = engagement.budget_lines.filter(pk=int(raw_id)).first()
        if found is not None:
            return found, None
    if kind == "extra_cost":
        found = engagement.extra_costs.filter(pk=int(raw_id)).first()
        if found is not None:
            return found.budget_line, found
    raise DomainError("invoice.unknown_target")


@transaction.atomic
def match_line(*, org, actor, line: InvoiceLine, target: str) -> InvoiceLine:
    """Confirm (or change, or clear) what an invoice line is booked on.

    Booking a line on an extra cost marks that extra cost invoiced; one that was never approved
    then shows the warning "invoiced without prior approval".
    """
    engagement = line.invoice.engagement
    budget_line, extra_cost = parse_target(engagement, target)
    line.budget_line, line.extra_cost = budget_line, extra_cost
    line.match_state = MatchState.CONFIRMED if target else MatchState.NONE
    line.save()
    if extra_cost is not None and extra_cost.status in ("reported", "approved"):
        set_extra_cost_status(
            org=org, actor=actor, cost=extra_cost, status="invoiced", on=line.invoice.issue_date
        )
    return line


@transaction.atomic
def match_invoice(*, org, actor, invoice: Invoice, targets: dict[int, str]) -> int:
    """Confirm the targets of several lines at once ({invoice line pk: target}); returns count."""
    count = 0
    for line in invoice.lines.all():
        if line.pk in targets:
            match_line(org=org, actor=actor, line=line, target=targets[line.pk])
            count += 1
    return count


@transaction.atomic
def delete_invoice(*, org, actor, invoice: Invoice) -> None:
    invoice.delete()


@transaction.atomic
def remove_invoice_import(*, org, actor, batch: InvoiceImport) -> InvoiceBatchContents:
    """Remove exactly the invoices (and their lines, matched or not) an imported file added;
    invoices entered by hand or from other files stay. Budget figures are computed from the
    stored lines, so they follow at once. Extra costs booked through these lines keep their
    status.

    Raises DomainError("invoice.import_not_removable") for a batch removed already."""
    batch = InvoiceImport.objects.select_for_update().get(pk=batch.pk, organisation=org)
    if not can_remove(batch):
        raise DomainError("invoice.import_not_removable")
    removed = batch_contents(batch)
    InvoiceLine.objects.filter(organisation=org, source_import=batch).delete()
    Invoice.objects.filter(organisation=org, source_import=batch).delete()
    batch.removed_by = actor
    batch.removed_at = timezone.now()
    batch.save(update_fields=["removed_by", "removed_at"])
    return removed


__all__ = ["actor_name"]
