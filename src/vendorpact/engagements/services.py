"""Writes on engagements, their documents and checklist; each call is one transaction."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from vendorpact.common.deletion import delete_with_files
from vendorpact.common.fields import assign_fields, check_fields
from vendorpact.common.storage_files import save_with_upload, upload_head, upload_sha256
from vendorpact.common.versioning import save_fields
from vendorpact.core.advice import EngagementFacts, advise
from vendorpact.core.checklist import ITEMS_BY_ID
from vendorpact.core.uploads import UploadError, check_upload
from vendorpact.engagements.models import (
    ChecklistEntry,
    Document,
    Engagement,
    EntrySource,
    Kind,
)

ENGAGEMENT_FIELDS = (
    "supplier",
    "title",
    "kind",
    "status",
    "agreed_how",
    "general_terms",
    "description",
    "start_date",
    "end_date",
    "duration_months",
    "renewal",
    "renewal_months",
    "notice_value",
    "notice_unit",
    "contract_value",
)


def _check_supplier(org, supplier) -> None:
    if supplier is not None and supplier.organisation_id != org.id:
        raise ValueError("supplier of another organisation")


@transaction.atomic
def create_engagement(*, org, actor, data: dict) -> Engagement:
    _check_supplier(org, data.get("supplier"))
    values = {key: data[key] for key in ENGAGEMENT_FIELDS if key in data}
    engagement = Engagement(organisation=org, created_by=actor, **values)
    check_fields(engagement)
    engagement.save()
    return engagement


@transaction.atomic
def update_engagement(
    *, org, actor, engagement: Engagement, data: dict, expected_version: int | None = None
) -> Engagement:
    """Write only the fields in `data`; with `expected_version`, only if nobody saved the
    engagement since that version (StaleVersion otherwise)."""
    _check_supplier(org, data.get("supplier"))
    fields = assign_fields(engagement, data, ENGAGEMENT_FIELDS)
    check_fields(engagement)
    save_fields(engagement, fields=fields, expected_version=expected_version)
    return engagement


@transaction.atomic
def delete_engagement(*, org, actor, engagement: Engagement) -> None:
    delete_with_files(engagement)


def max_upload_bytes() -> int:
    return settings.VENDORPACT_MAX_UPLOAD_MB * 1024 * 1024


@transaction.atomic
def upload_document(*, org, actor, engagement: Engagement, uploaded, kind: str) -> Document:
    """Store an uploaded file after checking type and size; raises UploadError otherwise."""
    content_type = check_upload(
        uploaded.name, uploaded.size, upload_head(uploaded), max_upload_bytes()
    )
    document = Document(
        organisation=org,
        engagement=engagement,
        kind=kind,
        original_name=uploaded.name[-255:],
        size=uploaded.size,
        sha256=upload_sha256(uploaded),
        content_type=content_type,
        uploaded_by=actor,
    )
    save_with_upload(document, uploaded)
    return document


@transaction.atomic
def delete_document(*, org, actor, document: Document) -> None:
    delete_with_files(document)


@transaction.atomic
def set_checklist_entry(
    *,
    org,
    actor,
    engagement: Engagement,
    item_id: str,
    status: str,
    note: str | None = None,
    expected_version: int | None = None,
) -> ChecklistEntry:
    """Set an item's status (and note when given). `expected_version` is the entry's version the
    user saw (0: there was no entry yet); StaleVersion when it moved on since."""
    if item_id not in ITEMS_BY_ID:
        raise ValueError(f"unknown checklist item: {item_id}")
    values = {"status": status, "source": EntrySource.USER, "updated_by": actor}
    if note is not None:
        values["note"] = note
    entry, created = ChecklistEntry.objects.get_or_create(
        organisation=org, engagement=engagement, item_id=item_id, defaults=values
    )
    if created:
        return entry
    for name, value in values.items():
        setattr(entry, name, value)
    save_fields(entry, fields=values, expected_version=expected_version)
    return entry


def checklist_statuses(engagement: Engagement) -> dict[str, str]:
    return {entry.item_id: entry.status for entry in engagement.checklist_entries.all()}


def suppliers_with_maintenance(organisation_id) -> set[int]:
    """Ids of the suppliers that have a running maintenance or SaaS engagement."""
    rows = (
        Engagement.objects.filter(
            organisation_id=organisation_id, kind__in=[Kind.MAINTENANCE, Kind.SAAS]
        )
        .running()
        .values_list("supplier_id", flat=True)
    )
    return set(rows)


def advice_for(engagement: Engagement, today=None, *, maintained_suppliers=None, checklist=None):
    """The engagement's advice; `maintained_suppliers` (from `suppliers_with_maintenance`) and
    `checklist` (its statuses by item id) save queries per engagement when advising on many."""
    today = today or timezone.localdate()
    if maintained_suppliers is None:
        maintained_suppliers = suppliers_with_maintenance(engagement.organisation_id)
    has_maintenance = engagement.supplier_id in maintained_suppliers
    facts = EngagementFacts(
        kind=engagement.kind,
        agreed_how=engagement.agreed_how,
        general_terms=engagement.general_terms,
        status=engagement.status,
        terms=engagement.terms,
        checklist=checklist_statuses(engagement) if checklist is None else checklist,
        has_maintenance_engagement=has_maintenance,
    )
    return advise(facts, today)


__all__ = ["UploadError"]
