"""Large ticket, status history and downtime files are imported by a task, in chunks.

``queue_import`` (called by ``services.confirm_import`` for a file of more than
``common.import_runs.inline_max_rows()`` rows) sets the import to "importing" and queues
``import_file`` for when the confirming transaction commits. The task reads the file once,
writes the records in chunks (each its own transaction, the progress recorded with it), then
sets the import done with its counts, requests the SLA recomputation once and deletes the
staged files. Running it again after a crash is safe: tickets are upserted by external id and
status events deduplicated. A run that fails ends "failed" with a reason; the rows written
before stay attributed to the import, so that removing the import removes them.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from vendorpact.common.import_runs import (
    SWEEP,
    ChunkLog,
    claim,
    interrupted,
    queued_rows,
    start_progress,
    write_in_chunks,
)
from vendorpact.common.storage_files import local_copy
from vendorpact.common.tenancy import tenant_guarded
from vendorpact.core.import_batches import IMPORT_FAILED, IMPORT_INTERRUPTED
from vendorpact.core.sla.imports import ExportFormatError
from vendorpact.sla.importing import Preview, mapping_for, preview_import, read_header
from vendorpact.sla.models import (
    Downtime,
    ImportKind,
    ImportState,
    SlaImport,
    SlaTerms,
    Ticket,
    TicketEvent,
)
from vendorpact.sla.results import request_recompute
from vendorpact.sla.storing import (
    TicketPart,
    delete_files,
    event_pairs,
    finish,
    prepare_tickets,
    record_preview,
    store_downtimes,
    store_events,
    write_prepared,
)

log = logging.getLogger(__name__)


def queue_import(sla_import: SlaImport, *, only_if_clean: bool) -> SlaImport:
    """Inside the confirming transaction (the import row locked): check what can be checked
    without reading the whole file, set the import to "importing" and queue the task."""
    if sla_import.kind == ImportKind.TICKETS:
        _check_columns(sla_import)
    sla_import.state = ImportState.IMPORTING
    sla_import.only_if_clean = only_if_clean
    sla_import.rows_done = sla_import.rows_total = 0
    sla_import.error_code = ""
    sla_import.save(
        update_fields=["state", "only_if_clean", "rows_done", "rows_total", "error_code"]
    )
    import_id = sla_import.pk
    transaction.on_commit(lambda: import_file.enqueue(import_id))
    return sla_import


def _check_columns(sla_import: SlaImport) -> None:
    if not SlaTerms.objects.filter(engagement_id=sla_import.engagement_id).exists():
        raise ExportFormatError("import.no_terms")
    with local_copy(sla_import.file) as path:
        header = read_header(path)
    if mapping_for(sla_import, header) is None:
        raise ExportFormatError("import.format_unknown")


@task()
@tenant_guarded
def import_file(import_id: int) -> str:
    """The queued import of a large file, run by `vendorpact worker`; returns the final state."""
    return run_import(import_id).state


def run_import(import_id: int) -> SlaImport:
    """Import the file now, in chunks; any error ends the import "failed" with a reason."""
    if not claim(SlaImport, import_id):
        return queued_rows(SlaImport).get(pk=import_id)
    sla_import = queued_rows(SlaImport).select_related("engagement__supplier").get(pk=import_id)
    chunks = ChunkLog()
    try:
        return _import(sla_import, chunks)
    except ExportFormatError as error:
        return _fail(sla_import, error.code, chunks.rows)
    except Exception:
        log.exception("import %s failed after %s rows", import_id, chunks.rows)
        return _fail(sla_import, IMPORT_FAILED, chunks.rows)


def _import(sla_import: SlaImport, chunks: ChunkLog) -> SlaImport:
    preview = preview_import(sla_import)
    if preview.needs_mapping:
        raise ExportFormatError("import.format_unknown")
    record_preview(sla_import, preview)
    sla_import.save(update_fields=["format_detected", "rows", "skipped"])
    if sla_import.only_if_clean and preview.bad_rows:
        with transaction.atomic():
            return finish(sla_import, ImportState.CANCELLED, preview)
    if sla_import.kind == ImportKind.DOWNTIME:
        start_progress(sla_import, len(preview.downtimes))
        write_in_chunks(
            preview.downtimes,
            lambda part: store_downtimes(sla_import, part),
            row=sla_import,
            log=chunks,
        )
        return _done(sla_import, preview, updated=0)
    updated = _write_tickets(sla_import, preview, chunks)
    return _done(sla_import, preview, updated)


def _write_tickets(sla_import: SlaImport, preview: Preview, chunks: ChunkLog) -> int:
    """Write the tickets, then their status events; returns how many tickets were updated."""
    pairs = event_pairs(preview.events)
    start_progress(sla_import, len(preview.tickets) + len(pairs))
    updated = 0

    def write(part: TicketPart) -> None:
        nonlocal updated
        updated += write_prepared(sla_import, part)[1]

    def prepare(part) -> TicketPart:
        return prepare_tickets(sla_import, part, preview.raw_priorities)

    write_in_chunks(preview.tickets, write, prepare=prepare, row=sla_import, log=chunks)
    write_in_chunks(pairs, lambda part: store_events(sla_import, part), row=sla_import, log=chunks)
    return updated


def _added(sla_import: SlaImport) -> tuple[int, int]:
    """(records, status events) stored with this import (also by an earlier, crashed run)."""
    scope = {"organisation_id": sla_import.organisation_id, "source_import": sla_import}
    if sla_import.kind == ImportKind.DOWNTIME:
        return Downtime.objects.filter(**scope).count(), 0
    return Ticket.objects.filter(**scope).count(), TicketEvent.objects.filter(**scope).count()


@transaction.atomic
def _done(sla_import: SlaImport, preview: Preview, updated: int) -> SlaImport:
    added, events = _added(sla_import)
    if sla_import.kind == ImportKind.TICKETS and (added or updated or events):
        request_recompute(sla_import.engagement)
    return finish(sla_import, ImportState.DONE, preview, added, updated, events)


@transaction.atomic
def _fail(sla_import: SlaImport, code: str, rows_written: int) -> SlaImport:
    """End the import failed with the reason; its rows written stay (removable with it), the
    SLA figures are recomputed to include them and the staged files are deleted."""
    sla_import = SlaImport.objects.select_for_update().get(
        organisation_id=sla_import.organisation_id, pk=sla_import.pk
    )
    names = [sla_import.file.name, sla_import.events_file.name]
    sla_import.imported, sla_import.events_imported = _added(sla_import)
    wrote = sla_import.imported or sla_import.events_imported
    if sla_import.kind == ImportKind.TICKETS and (wrote or rows_written):
        request_recompute(sla_import.engagement)
    sla_import.state = ImportState.FAILED
    sla_import.error_code = code
    sla_import.file = sla_import.events_file = ""
    sla_import.finished_at = timezone.now()
    sla_import.save()
    transaction.on_commit(lambda: delete_files(names))
    return sla_import


def fail_interrupted() -> int:
    """Mark imports left "importing" by a stopped worker as failed; returns how many."""
    rows = SlaImport.objects.unguarded(SWEEP)
    stale = list(interrupted(rows).values_list("pk", flat=True))
    for import_id in stale:
        row = rows.get(pk=import_id)
        _fail(row, IMPORT_INTERRUPTED, row.rows_done)
    return len(stale)
