"""API endpoints for budget lines, extra costs (approve/reject) and invoices (UBL upload)."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from ninja import File, Router, Status
from ninja.files import UploadedFile

from vendorpact.budget import invoicing, services
from vendorpact.budget.access import (
    get_budget_line_for_user,
    get_extra_cost_for_user,
    get_invoice_for_user,
    get_invoice_import_for_user,
)
from vendorpact.budget.figures import EngagementBudget
from vendorpact.budget.messages import text_for, warning_text
from vendorpact.budget.models import BudgetLine, ExtraCost, Invoice
from vendorpact.budget.schemas import (
    ApproveIn,
    BudgetLineIn,
    BudgetLineOut,
    BudgetLinePatch,
    BudgetSummaryOut,
    ExtraCostIn,
    ExtraCostOut,
    ExtraCostPatch,
    InvoiceImportOut,
    InvoiceImportRemovedOut,
    InvoiceIn,
    InvoiceLineOut,
    InvoiceOut,
    MatchIn,
)
from vendorpact.common.api_errors import ERRORS
from vendorpact.common.pagination import Converted, paginated
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role

router = Router(tags=["budget"])
BASE = "/orgs/{org_slug}"


def _cost_data(engagement, payload: dict) -> dict:
    if "budget_line_id" in payload:
        line_id = payload.pop("budget_line_id")
        line = engagement.budget_lines.filter(pk=line_id).first() if line_id else None
        if line_id and line is None:
            raise ValidationError(text_for("budget.line_of_other_engagement"))
        payload["budget_line"] = line
    return {k: v for k, v in payload.items() if v is not None or k == "budget_line"}


# Budget lines ------------------------------------------------------------------------------


@router.get(
    BASE + "/engagements/{engagement_id}/budget", response={200: BudgetSummaryOut, **ERRORS}
)
def get_budget(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    figures = EngagementBudget(get_engagement_for_user(request.auth, org, engagement_id))
    summary, labels = figures.summary(), figures.labels()
    return {
        "budget": summary.budget,
        "invoiced": summary.invoiced,
        "approved": summary.approved,
        "open": summary.open,
        "forecast": summary.forecast,
        "lines": [
            {
                "budget_line_id": int(s.budget_line_id) if s.budget_line_id else None,
                "label": s.label,
                "budget": s.budget,
                "invoiced": s.invoiced,
                "approved": s.approved,
                "open": s.open,
                "forecast": s.forecast,
                "over_budget": s.over_budget,
            }
            for s in summary.lines
        ],
        "warnings": [
            {"code": w.code, "message": warning_text(w, labels)} for w in summary.warnings
        ],
    }


@router.get(
    BASE + "/engagements/{engagement_id}/budget-lines",
    response={200: list[BudgetLineOut], **ERRORS},
)
@paginated
def list_budget_lines(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    return BudgetLine.objects.of_engagement(engagement)


@router.post(
    BASE + "/engagements/{engagement_id}/budget-lines",
    response={201: BudgetLineOut, **ERRORS},
)
def create_budget_line(request, org_slug: str, engagement_id: int, payload: BudgetLineIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    line = services.create_budget_line(
        org=org, actor=request.auth, engagement=engagement, data=payload.dict()
    )
    return Status(201, line)


@router.get(BASE + "/budget-lines/{budget_line_id}", response={200: BudgetLineOut, **ERRORS})
def get_budget_line(request, org_slug: str, budget_line_id: int):
    org = org_for_request(request, org_slug)
    return get_budget_line_for_user(request.auth, org, budget_line_id)


@router.patch(BASE + "/budget-lines/{budget_line_id}", response={200: BudgetLineOut, **ERRORS})
def update_budget_line(request, org_slug: str, budget_line_id: int, payload: BudgetLinePatch):
    org = org_for_request(request, org_slug, Role.MEMBER)
    line = get_budget_line_for_user(request.auth, org, budget_line_id)
    return services.update_budget_line(
        org=org, actor=request.auth, line=line, data=payload.dict(exclude_unset=True)
    )


@router.delete(BASE + "/budget-lines/{budget_line_id}", response={204: None, **ERRORS})
def delete_budget_line(request, org_slug: str, budget_line_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    line = get_budget_line_for_user(request.auth, org, budget_line_id)
    services.delete_budget_line(org=org, actor=request.auth, line=line)
    return Status(204, None)


# Extra costs -------------------------------------------------------------------------------


@router.get(
    BASE + "/engagements/{engagement_id}/extra-costs",
    response={200: list[ExtraCostOut], **ERRORS},
)
@paginated
def list_extra_costs(request, org_slug: str, engagement_id: int, status: str = ""):
    org = org_for_request(request, org_slug)
    costs = ExtraCost.objects.of_engagement(
        get_engagement_for_user(request.auth, org, engagement_id)
    )
    return costs.filter(status=status) if status else costs


@router.post(
    BASE + "/engagements/{engagement_id}/extra-costs",
    response={201: ExtraCostOut, **ERRORS},
)
def create_extra_cost(request, org_slug: str, engagement_id: int, payload: ExtraCostIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    data = _cost_data(engagement, payload.dict())
    cost = services.create_extra_cost(org=org, actor=request.auth, engagement=engagement, data=data)
    return Status(201, cost)


@router.get(BASE + "/extra-costs/{extra_cost_id}", response={200: ExtraCostOut, **ERRORS})
def get_extra_cost(request, org_slug: str, extra_cost_id: int):
    org = org_for_request(request, org_slug)
    return get_extra_cost_for_user(request.auth, org, extra_cost_id)


@router.patch(BASE + "/extra-costs/{extra_cost_id}", response={200: ExtraCostOut, **ERRORS})
def update_extra_cost(request, org_slug: str, extra_cost_id: int, payload: ExtraCostPatch):
    org = org_for_request(request, org_slug, Role.MEMBER)
    cost = get_extra_cost_for_user(request.auth, org, extra_cost_id)
    data = _cost_data(cost.engagement, payload.dict(exclude_unset=True))
    return services.update_extra_cost(org=org, actor=request.auth, cost=cost, data=data)


@router.post(BASE + "/extra-costs/{extra_cost_id}/approve", response={200: ExtraCostOut, **ERRORS})
def approve_extra_cost(request, org_slug: str, extra_cost_id: int, payload: ApproveIn):
    """Approve; over budget it answers 422 unless `confirm_over_budget` is true."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    cost = get_extra_cost_for_user(request.auth, org, extra_cost_id)
    return services.approve_extra_cost(
        org=org,
        actor=request.auth,
        cost=cost,
        confirm_over_budget=payload.confirm_over_budget,
    )


@router.post(BASE + "/extra-costs/{extra_cost_id}/reject", response={200: ExtraCostOut, **ERRORS})
def reject_extra_cost(request, org_slug: str, extra_cost_id: int):
    org = org_for_request(request, org_slug, Role.MEMBER)
    cost = get_extra_cost_for_user(request.auth, org, extra_cost_id)
    return services.set_extra_cost_status(org=org, actor=request.auth, cost=cost, status="rejected")


@router.delete(BASE + "/extra-costs/{extra_cost_id}", response={204: None, **ERRORS})
def delete_extra_cost(request, org_slug: str, extra_cost_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    cost = get_extra_cost_for_user(request.auth, org, extra_cost_id)
    services.delete_extra_cost(org=org, actor=request.auth, cost=cost)
    return Status(204, None)


# Invoices ----------------------------------------------------------------------------------


def _invoice_out(invoice: Invoice) -> Invoice:
    return Invoice.objects.prefetch_related("lines").get(
        organisation_id=invoice.organisation_id, pk=invoice.pk
    )


INVOICE_FIELDS = tuple(name for name in InvoiceOut.model_fields if name != "lines")
INVOICE_LINE_FIELDS = tuple(InvoiceLineOut.model_fields)


def _invoice_row(invoice: Invoice) -> dict:
    """InvoiceOut's values of an invoice whose lines were prefetched into `line_list` (plain
    values that the response schema validates once; a related manager per invoice, as a
    prefetch into `lines` builds, cost more than the rest of a page)."""
    row = {name: getattr(invoice, name) for name in INVOICE_FIELDS}
    row["lines"] = [
        {name: getattr(line, name) for name in INVOICE_LINE_FIELDS} for line in invoice.line_list
    ]
    return row


@router.get(
    BASE + "/engagements/{engagement_id}/invoices", response={200: list[InvoiceOut], **ERRORS}
)
@paginated
def list_invoices(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    invoices = Invoice.objects.of_engagement(engagement).prefetch_related(
        Prefetch("lines", to_attr="line_list")
    )
    return Converted(invoices, _invoice_row)


@router.post(BASE + "/engagements/{engagement_id}/invoices", response={201: InvoiceOut, **ERRORS})
def create_invoice(request, org_slug: str, engagement_id: int, payload: InvoiceIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    header = payload.dict(exclude={"lines"})
    lines = [line.dict() for line in payload.lines]
    invoice = invoicing.create_manual_invoice(
        org=org, actor=request.auth, engagement=engagement, header=header, lines=lines
    )
    return Status(201, _invoice_out(invoice))


@router.post(
    BASE + "/engagements/{engagement_id}/invoices/ubl", response={201: InvoiceOut, **ERRORS}
)
def upload_ubl_invoice(request, org_slug: str, engagement_id: int, file: File[UploadedFile]):
    """Multipart upload of one UBL 2.1 / Peppol BIS Billing 3.0 invoice or credit note."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    invoice = invoicing.import_ubl(
        org=org,
        actor=request.auth,
        engagement=engagement,
        data=file.read(10 * 1024 * 1024 + 1),
        name=file.name or "",
    )
    return Status(201, _invoice_out(invoice))


@router.get(BASE + "/invoices/{invoice_id}", response={200: InvoiceOut, **ERRORS})
def get_invoice(request, org_slug: str, invoice_id: int):
    org = org_for_request(request, org_slug)
    return _invoice_out(get_invoice_for_user(request.auth, org, invoice_id))


@router.put(
    BASE + "/invoices/{invoice_id}/lines/{invoice_line_id}/match",
    response={200: InvoiceOut, **ERRORS},
)
def match_invoice_line(
    request, org_slug: str, invoice_id: int, invoice_line_id: int, payload: MatchIn
):
    org = org_for_request(request, org_slug, Role.MEMBER)
    invoice = get_invoice_for_user(request.auth, org, invoice_id)
    line = invoice.lines.filter(pk=invoice_line_id).first()
    if line is None:
        from django.http import Http404

        raise Http404
    invoicing.match_line(org=org, actor=request.auth, line=line, target=payload.target)
    return _invoice_out(invoice)


@router.delete(BASE + "/invoices/{invoice_id}", response={204: None, **ERRORS})
def delete_invoice(request, org_slug: str, invoice_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    invoice = get_invoice_for_user(request.auth, org, invoice_id)
    invoicing.delete_invoice(org=org, actor=request.auth, invoice=invoice)
    return Status(204, None)


# Invoice import batches --------------------------------------------------------------------


def invoice_import_dict(batch) -> dict:
    return {
        "invoice_import_id": batch.pk,
        "source": batch.source,
        "file_name": batch.file_name,
        "sha256": batch.sha256,
        "imported_at": batch.created_at,
        "imported_by": services.actor_name(batch.created_by) or "–",
        "invoices_added": batch.invoices_added,
        "lines_added": batch.lines_added,
        "removed_at": batch.removed_at,
        "state": batch.state,
        "rows_done": batch.rows_done,
        "rows_total": batch.rows_total,
        "error_code": batch.error_code,
    }


@router.get(
    BASE + "/engagements/{engagement_id}/invoice-imports",
    response={200: list[InvoiceImportOut], **ERRORS},
)
@paginated
def list_invoice_imports(request, org_slug: str, engagement_id: int):
    """Imported invoice files of the engagement (newest first), also those removed again."""
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    batches = engagement.invoice_imports.select_related("created_by")
    return Converted(batches, invoice_import_dict)


@router.delete(
    BASE + "/invoice-imports/{invoice_import_id}",
    response={200: InvoiceImportRemovedOut, **ERRORS},
)
def remove_invoice_import(request, org_slug: str, invoice_import_id: int):
    """Remove exactly the invoices (and their lines, matched or not) an imported file added."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    batch = get_invoice_import_for_user(request.auth, org, invoice_import_id)
    removed = invoicing.remove_invoice_import(org=org, actor=request.auth, batch=batch)
    return {
        "invoices": removed.invoices,
        "lines": removed.lines,
        "matched_lines": removed.matched_lines,
    }
