"""Writes for service levels; each call is one transaction."""

from __future__ import annotations

import contextlib
import csv
import uuid
import zipfile
from decimal import Decimal

from django.core.files.base import File
from django.db import transaction
from django.utils import timezone

from vendorpact.common.bounds import check_import_rows, shown_limit
from vendorpact.common.fields import check_fields
from vendorpact.common.import_runs import runs_inline
from vendorpact.core.import_batches import sha256_of
from vendorpact.core.limits import LimitExceeded
from vendorpact.core.sla.imports import ColumnMapping, ExportFormatError
from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.engagements.services import max_upload_bytes
from vendorpact.sla.batches import BatchContents, batch_contents, can_remove, events_of
from vendorpact.sla.import_tasks import queue_import
from vendorpact.sla.importing import preview_import
from vendorpact.sla.models import ColumnMapping as StoredMapping
from vendorpact.sla.models import (
    Downtime,
    ImportKind,
    ImportState,
    SlaImport,
    SlaTerms,
    Ticket,
)
from vendorpact.sla.preview_summary import known_summary
from vendorpact.sla.results import request_recompute
from vendorpact.sla.storing import (
    delete_files,
    event_pairs,
    finish,
    store_downtimes,
    store_events,
    store_tickets,
)

ALLOWED_EXTENSIONS = {ImportKind.TICKETS: (".csv", ".xlsx"), ImportKind.DOWNTIME: (".csv",)}


# Terms -------------------------------------------------------------------------------------


@transaction.atomic
def save_terms(
    *, org, actor, engagement, policy: dict, monthly_fee=None, prefilled_from="", document=None
) -> SlaTerms:
    """Store the policy JSON (validated by the core); the fee goes into the availability terms."""
    SlaPolicy.from_dict(policy)
    if monthly_fee is None and policy.get("availability"):
        fee = policy["availability"].get("monthly_fee_eur")
        monthly_fee = Decimal(str(fee)) if fee else None
    if monthly_fee is not None and policy.get("availability") is not None:
        policy["availability"]["monthly_fee_eur"] = float(monthly_fee)
    terms = SlaTerms.objects.select_for_update().filter(engagement=engagement).first()
    if terms is None:
        terms = SlaTerms(organisation=org, engagement=engagement)
        terms.prefilled_from = prefilled_from[:300]
        terms.prefilled_document = document
    policy_changed = terms.pk is None or terms.policy != policy
    terms.policy = policy
    terms.monthly_fee = monthly_fee
    terms.updated_by = actor
    check_fields(terms)
    terms.save()
    if policy_changed:  # the ticket results depend on the policy only
        request_recompute(engagement)
    return terms


@transaction.atomic
def map_priorities(*, org, actor, engagement, mapping: dict[str, str]) -> SlaTerms:
    terms = SlaTerms.objects.select_for_update().get(engagement=engagement)
    policy = dict(terms.policy)
    policy["priority_map"] = {**(policy.get("priority_map") or {}), **mapping}
    SlaPolicy.from_dict(policy)
    terms.policy = policy
    terms.updated_by = actor
    terms.save()
    request_recompute(engagement)
    return terms


@transaction.atomic
def remember_mapping(*, org, actor, supplier, mapping: ColumnMapping, zone: str, day_first: bool):
    StoredMapping.objects.update_or_create(
        organisation=org,
        supplier=supplier,
        defaults={"mapping": mapping.to_dict(), "timezone": zone, "day_first": day_first},
    )


# Imports -----------------------------------------------------------------------------------


def _check_file(uploaded, kind: str) -> str:
    name = uploaded.name or ""
    extension = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    if extension not in ALLOWED_EXTENSIONS[kind]:
        raise ExportFormatError("import.bad_extension", name)
    if uploaded.size == 0:
        raise ExportFormatError("import.empty_file")
    if uploaded.size > max_upload_bytes():
        raise ExportFormatError("import.unreadable", "too large")
    return extension


def _store(field, org, uploaded, extension: str) -> None:
    field.save(f"{uuid.uuid4().hex}{extension}", File(uploaded), save=False)


def stage_import(
    *, org, actor, engagement, kind, uploaded, zone, day_first, events_uploaded=None
) -> SlaImport:
    """Keep the uploaded file(s) until the user chooses what to import."""
    extension = _check_file(uploaded, kind)
    events_extension = _check_file(events_uploaded, ImportKind.DOWNTIME) if events_uploaded else ""
    sla_import = SlaImport(
        organisation=org,
        engagement=engagement,
        kind=kind,
        file_name=uploaded.name[-255:],
        sha256=sha256_of(uploaded.chunks()),
        events_file_name=events_uploaded.name[-255:] if events_uploaded else "",
        timezone=zone,
        day_first=day_first,
        created_by=actor,
    )
    _store(sla_import.file, org, uploaded, extension)
    if events_uploaded:
        _store(sla_import.events_file, org, events_uploaded, events_extension)
    try:
        sla_import.file_rows = _check_bounds(sla_import.file, extension)
        if events_uploaded:
            sla_import.file_rows += _check_bounds(sla_import.events_file, events_extension)
        with transaction.atomic():
            sla_import.save()
    except Exception:
        delete_files([sla_import.file.name, sla_import.events_file.name])
        raise
    return sla_import


def _check_bounds(stored, extension: str) -> int:
    """Refuse a file with more rows than one import may hold before anything parses it;
    returns its data rows."""
    try:
        with stored.storage.open(stored.name, "rb") as source:
            return check_import_rows(source, extension)
    except LimitExceeded as error:
        raise ExportFormatError(error.code, shown_limit(error)) from error
    except (zipfile.BadZipFile, KeyError, StopIteration, ValueError, csv.Error) as error:
        raise ExportFormatError("import.unreadable", str(error)[:200]) from error


def _locked(sla_import: SlaImport) -> SlaImport:
    locked = SlaImport.objects.select_for_update().get(
        organisation_id=sla_import.organisation_id, pk=sla_import.pk
    )
    if locked.state != ImportState.PREVIEW:
        raise ExportFormatError("import.already_done")
    return locked


@transaction.atomic
def cancel_import(*, org, actor, sla_import: SlaImport) -> SlaImport:
    sla_import = _locked(sla_import)
    preview = None
    with contextlib.suppress(ExportFormatError):  # what the preview showed, if it was read
        preview = known_summary(sla_import)
    return finish(sla_import, ImportState.CANCELLED, preview)


@transaction.atomic
def confirm_import(*, org, actor, sla_import: SlaImport, mode: str = "good_rows") -> SlaImport:
    """Import the good rows (mode good_rows) or, with mode nothing, only a file without bad
    rows. A file of up to ``inline_max_rows()`` rows is imported now, in this transaction:
    either everything chosen is stored or nothing is. A larger one is set to "importing" and
    written by a task in chunks (``import_tasks``)."""
    sla_import = _locked(sla_import)
    if not runs_inline(sla_import.file_rows):
        return queue_import(sla_import, only_if_clean=mode == "nothing")
    preview = preview_import(sla_import)
    if preview.needs_mapping:
        raise ExportFormatError("import.format_unknown")
    if mode == "nothing" and preview.bad_rows:
        return finish(sla_import, ImportState.CANCELLED, preview)
    if sla_import.kind == ImportKind.DOWNTIME:
        imported = store_downtimes(sla_import, preview.downtimes)
        return finish(sla_import, ImportState.DONE, preview, imported)
    imported, updated = store_tickets(sla_import, preview.tickets, preview.raw_priorities)
    events = store_events(sla_import, event_pairs(preview.events))
    if imported or updated or events:
        request_recompute(sla_import.engagement)
    return finish(sla_import, ImportState.DONE, preview, imported, updated, events)


# Removing a batch --------------------------------------------------------------------------


@transaction.atomic
def remove_import(*, org, actor, sla_import: SlaImport) -> BatchContents:
    """Remove exactly what an imported file added: its tickets (with their status history), the
    status events it added to other tickets and its outages. Tickets of other files or entered
    by hand stay. The stored ticket results are recomputed (``results.request_recompute``).

    Raises ExportFormatError("import.not_removable") for a file that was not imported (or was
    removed already)."""
    sla_import = SlaImport.objects.select_for_update().get(pk=sla_import.pk, organisation=org)
    if not can_remove(sla_import):
        raise ExportFormatError("import.not_removable")
    removed = batch_contents(sla_import)
    events_of(sla_import).delete()
    Ticket.objects.filter(organisation=org, source_import=sla_import).delete()
    Downtime.objects.filter(organisation=org, source_import=sla_import).delete()
    if removed.tickets or removed.events:
        request_recompute(sla_import.engagement)
    sla_import.state = ImportState.REMOVED
    sla_import.removed_by = actor
    sla_import.removed_at = timezone.now()
    sla_import.save(update_fields=["state", "removed_by", "removed_at"])
    return removed
