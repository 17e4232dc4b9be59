"""API: SLA terms, ticket and downtime imports, monthly compliance."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.timezone import is_naive, make_aware
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.messages import import_failed_text
from vendorpact.common.pagination import Converted, paginated
from vendorpact.core.sla.imports import ColumnMapping, ExportFormatError
from vendorpact.core.sla.policy import PolicyError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import get_object_for_user, org_for_request
from vendorpact.orgs.models import Role
from vendorpact.sla import services
from vendorpact.sla.batches import added_moments, earlier_import, outside_engagement
from vendorpact.sla.figures import EngagementSla
from vendorpact.sla.messages import (
    TEXTS,
    earlier_import_text,
    outside_period_texts,
    row_error_text,
    text_for,
    user_name,
)
from vendorpact.sla.models import ImportKind, ImportState, SlaImport, SlaTerms
from vendorpact.sla.prefill import proposal_for

router = Router(tags=["service levels"])
BASE = "/orgs/{org_slug}/engagements/{engagement_id}/sla"
MODES = ("good_rows", "nothing")


class TermsOut(Schema):
    saved: bool
    policy: dict
    monthly_fee: Decimal | None = None
    prefilled_from: str = ""


class TermsIn(Schema):
    policy: dict
    monthly_fee: Decimal | None = None


class BadRowOut(Schema):
    line: int | None = None
    file: str = ""
    code: str
    field: str = ""
    value: str = ""
    message: str


class ImportOut(Schema):
    import_id: int
    state: str
    format: str
    rows: int
    imported: int
    updated: int
    skipped: int
    bad_rows: list[BadRowOut]
    sha256: str = ""
    warnings: list[str] = []
    # a file of more than VENDORPACT_IMPORT_INLINE_MAX_ROWS rows is imported by a task: state
    # "importing" (answered 202) with the records written so far of those to write (0 of 0
    # while the file is read), then "done" or "failed" (error_code and error say why)
    rows_done: int = 0
    rows_total: int = 0
    error_code: str = ""
    error: str = ""


class BatchOut(Schema):
    import_id: int
    kind: str
    state: str
    file_name: str
    events_file_name: str = ""
    sha256: str = ""
    imported_at: datetime
    imported_by: str
    tickets_added: int
    events_added: int
    downtimes_added: int
    tickets_updated: int
    removed_at: datetime | None = None


class RemovedOut(Schema):
    tickets: int
    events: int
    downtimes: int


class MonthOut(Schema):
    month: str
    tickets: int
    responded: int
    response_breached: int  # includes response_overdue
    response_overdue: int  # no first response yet and past the target ("open, overdue")
    response_compliance_percent: float | None = None
    resolved: int
    resolution_breached: int  # includes resolution_overdue
    resolution_overdue: int  # still open and past the target
    resolution_compliance_percent: float | None = None
    availability_percent: float | None = None  # null: no downtime log, or no data that month
    availability_target_percent: float | None = None
    downtime_minutes: int | None = None
    credit_percent: float | None = None
    credit_eur: float | None = None


def _refuse(error) -> ValidationError:
    return ValidationError(text_for(error.code, detail=getattr(error, "detail", str(error))))


@router.get(BASE + "/terms", response={200: TermsOut, **ERRORS})
def get_terms(request, org_slug: str, engagement_id: int):
    """The stored terms, or (saved=false) the proposal pre-filled from the contract analysis."""
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    terms = SlaTerms.objects.filter(engagement=engagement).first()
    if terms is not None:
        return {
            "saved": True,
            "policy": terms.policy,
            "monthly_fee": terms.monthly_fee,
            "prefilled_from": terms.prefilled_from,
        }
    proposal = proposal_for(engagement)
    source = proposal.analysis.document.original_name if proposal.analysis else ""
    return {
        "saved": False,
        "policy": proposal.policy,
        "monthly_fee": proposal.monthly_fee,
        "prefilled_from": source,
    }


@router.put(BASE + "/terms", response={200: TermsOut, **ERRORS})
def put_terms(request, org_slug: str, engagement_id: int, payload: TermsIn):
    """Replace the terms with a policy in the interchange JSON format (docs/sla-formats.md)."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    try:
        terms = services.save_terms(
            org=org,
            actor=request.auth,
            engagement=engagement,
            policy=payload.policy,
            monthly_fee=payload.monthly_fee,
        )
    except PolicyError as error:
        raise _refuse(error) from error
    except (ValueError, TypeError, KeyError, AttributeError, NotImplementedError) as error:
        raise _refuse(PolicyError("policy.invalid", str(error))) from error
    return {
        "saved": True,
        "policy": terms.policy,
        "monthly_fee": terms.monthly_fee,
        "prefilled_from": terms.prefilled_from,
    }


def _result(sla_import, bad_rows, warnings=()) -> dict:
    failed = sla_import.state == ImportState.FAILED
    return {
        "rows_done": sla_import.rows_done,
        "rows_total": sla_import.rows_total,
        "error_code": sla_import.error_code if failed else "",
        "error": import_failed_text(
            sla_import.error_code, sla_import.imported + sla_import.events_imported, TEXTS
        )
        if failed
        else "",
        "sha256": sla_import.sha256,
        "warnings": list(warnings),
        "import_id": sla_import.pk,
        "state": sla_import.state,
        "format": sla_import.format_detected,
        "rows": sla_import.rows,
        "imported": sla_import.imported,
        "updated": sla_import.updated,
        "skipped": len(bad_rows),
        "bad_rows": [row | {"message": row_error_text(row)} for row in bad_rows],
    }


def _mapping(text: str) -> ColumnMapping | None:
    if not text:
        return None
    try:
        data = json.loads(text)
        return ColumnMapping(**{k: v for k, v in data.items() if k != "resolved_statuses"})
    except (ValueError, TypeError) as error:
        raise ValidationError(f"mapping: {error}") from error


def _import(request, org, engagement, kind, file, events, zone, day_first, mode, mapping=None):
    if mode not in MODES:
        raise ValidationError(f"mode must be one of {', '.join(MODES)}")
    staged = []
    try:
        with transaction.atomic():
            sla_import = services.stage_import(
                org=org,
                actor=request.auth,
                engagement=engagement,
                kind=kind,
                uploaded=file,
                events_uploaded=events,
                zone=zone,
                day_first=day_first,
            )
            staged = [sla_import.file.name, sla_import.events_file.name]
            earlier = earlier_import(sla_import)
            if mapping is not None:
                services.remember_mapping(
                    org=org,
                    actor=request.auth,
                    supplier=engagement.supplier,
                    mapping=mapping,
                    zone=zone,
                    day_first=day_first,
                )
            done = services.confirm_import(
                org=org, actor=request.auth, sla_import=sla_import, mode=mode
            )
    except ExportFormatError as error:
        services.delete_files(staged)
        raise _refuse(error) from error
    warnings = [earlier_import_text(earlier)] if earlier else []
    if done.state == ImportState.IMPORTING:
        return Status(202, _result(done, [], warnings))
    warnings += outside_period_texts(outside_engagement(done, added_moments(done)))
    return _result(done, done.skipped, warnings)


@router.post(BASE + "/tickets/import", response={200: ImportOut, 202: ImportOut, **ERRORS})
def import_tickets(
    request,
    org_slug: str,
    engagement_id: int,
    file: File[UploadedFile],
    events: File[UploadedFile] = None,
    timezone: Form[str] = "Europe/Brussels",
    day_first: Form[bool] = True,
    mode: Form[str] = "good_rows",
    mapping: Form[str] = "",
):
    """Import a helpdesk export (+ optional status history id,at,status). mode good_rows
    imports the good rows and reports the bad ones; mode nothing imports nothing when any row is
    bad. `mapping` (JSON of column names) is remembered for the supplier. `warnings` tells
    when the same file was imported before and which added rows fall outside the engagement.
    A large file is imported in the background: 202 with state "importing"; follow it with
    GET /orgs/{org_slug}/sla-imports/{import_id}."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    return _import(
        request,
        org,
        engagement,
        ImportKind.TICKETS,
        file,
        events,
        timezone,
        day_first,
        mode,
        _mapping(mapping),
    )


@router.post(BASE + "/downtime/import", response={200: ImportOut, 202: ImportOut, **ERRORS})
def import_downtime(
    request,
    org_slug: str,
    engagement_id: int,
    file: File[UploadedFile],
    timezone: Form[str] = "Europe/Brussels",
    day_first: Form[bool] = True,
    mode: Form[str] = "good_rows",
):
    """Import a downtime log CSV (start, end, scope, planned/type, reference)."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    return _import(
        request, org, engagement, ImportKind.DOWNTIME, file, None, timezone, day_first, mode
    )


def month_dict(row) -> dict:
    availability = row.availability
    return {
        "month": row.month,
        "tickets": row.tickets,
        "responded": row.responded,
        "response_breached": row.response_breached,
        "response_overdue": row.response_overdue,
        "response_compliance_percent": row.response_percent,
        "resolved": row.resolved,
        "resolution_breached": row.resolution_breached,
        "resolution_overdue": row.resolution_overdue,
        "resolution_compliance_percent": row.resolution_percent,
        "availability_percent": availability.availability_percent if availability else None,
        "availability_target_percent": availability.target_percent if availability else None,
        "downtime_minutes": row.downtime_minutes,
        "credit_percent": availability.credit_percent if availability else None,
        "credit_eur": availability.credit_eur if availability else None,
    }


@router.get(BASE + "/months", response={200: list[MonthOut], **ERRORS})
@paginated
def monthly_compliance(request, org_slug: str, engagement_id: int, now: datetime | None = None):
    """Figures per month as of `now` (ISO 8601, default the current time): an open ticket
    past its target counts as a breach of the month it was created in."""
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    if now is not None and is_naive(now):
        now = make_aware(now)
    return [month_dict(row) for row in EngagementSla(engagement, now=now).months]


# Import batches ----------------------------------------------------------------------------


def batch_dict(sla_import: SlaImport) -> dict:
    tickets = sla_import.kind == ImportKind.TICKETS
    return {
        "import_id": sla_import.pk,
        "kind": sla_import.kind,
        "state": sla_import.state,
        "file_name": sla_import.file_name,
        "events_file_name": sla_import.events_file_name,
        "sha256": sla_import.sha256,
        "imported_at": sla_import.created_at,
        "imported_by": user_name(sla_import.created_by),
        "tickets_added": sla_import.imported if tickets else 0,
        "events_added": sla_import.events_imported,
        "downtimes_added": 0 if tickets else sla_import.imported,
        "tickets_updated": sla_import.updated,
        "removed_at": sla_import.removed_at,
    }


@router.get(BASE + "/imports", response={200: list[BatchOut], **ERRORS})
@paginated
def list_imports(request, org_slug: str, engagement_id: int):
    """Imported files of the engagement (newest first), also those removed again."""
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    batches = engagement.sla_imports.filter(
        state__in=[ImportState.DONE, ImportState.FAILED, ImportState.REMOVED]
    ).select_related("created_by")
    return Converted(batches, batch_dict)


@router.get("/orgs/{org_slug}/sla-imports/{sla_import_id}", response={200: ImportOut, **ERRORS})
def get_import(request, org_slug: str, sla_import_id: int):
    """An import: its state, the progress of one running in the background, its outcome."""
    org = org_for_request(request, org_slug)
    sla_import = get_object_for_user(SlaImport.objects.all(), request.auth, org, sla_import_id)
    return _result(sla_import, sla_import.skipped)


@router.delete("/orgs/{org_slug}/sla-imports/{sla_import_id}", response={200: RemovedOut, **ERRORS})
def remove_import(request, org_slug: str, sla_import_id: int):
    """Remove exactly what an imported file added (tickets, status changes, outages)."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    sla_import = get_object_for_user(SlaImport.objects.all(), request.auth, org, sla_import_id)
    try:
        removed = services.remove_import(org=org, actor=request.auth, sla_import=sla_import)
    except ExportFormatError as error:
        raise _refuse(error) from error
    return {"tickets": removed.tickets, "events": removed.events, "downtimes": removed.downtimes}
