"""Invoice CSV files: a small one is imported during the request (``invoicing.import_csv``), a
file of more than ``common.import_runs.inline_max_rows()`` rows by a task, in chunks.

``import_invoice_csv`` is the service both the page and the API call. For a large file it
stages the file, creates the batch in state "importing" and queues ``import_invoice_file`` for
when the transaction commits. The task reads the file once, leaves out the invoices stored
already, writes the others in chunks (each its own transaction, the progress recorded with it)
and sets the batch done with its counts and the skipped rows. Running it again after a crash is
safe: invoices are refused by (supplier, number), and those of this batch are not reported as
duplicates. A run that fails ends "failed" with a reason; the invoices written before stay in
the batch, so that removing the import removes them.
"""

from __future__ import annotations

import io
import logging
import uuid

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from vendorpact.budget.invoicing import (
    CsvResult,
    count_added,
    earlier_import,
    import_csv,
    new_batch,
    store_all,
    without_duplicates,
)
from vendorpact.budget.models import InvoiceImport, InvoiceImportState, InvoiceSource
from vendorpact.common.bounds import check_import_rows, shown_limit
from vendorpact.common.import_runs import (
    SWEEP,
    ChunkLog,
    claim,
    interrupted,
    queued_rows,
    runs_inline,
    start_progress,
    write_in_chunks,
)
from vendorpact.common.tenancy import tenant_guarded
from vendorpact.core import invoices as core_invoices
from vendorpact.core.errors import DomainError
from vendorpact.core.import_batches import IMPORT_FAILED, IMPORT_INTERRUPTED, sha256_of
from vendorpact.core.invoices import InvoiceError, duplicate_key
from vendorpact.core.limits import LimitExceeded

log = logging.getLogger(__name__)
MAX_PROBLEMS_STORED = 1000


@transaction.atomic
def import_invoice_csv(*, org, actor, engagement, data: bytes, name: str = "") -> CsvResult:
    """Import a CSV file of invoices now, or (a large file) queue it: then ``result.batch`` is
    in state "importing" and nothing is imported yet."""
    try:
        rows = check_import_rows(io.BytesIO(data), ".csv")
    except LimitExceeded as error:
        raise DomainError(error.code, detail=shown_limit(error)) from error
    if runs_inline(rows):
        return import_csv(org=org, actor=actor, engagement=engagement, data=data, name=name)
    sha256 = sha256_of([data])
    result = CsvResult(earlier=earlier_import(engagement, sha256))
    batch = new_batch(org, actor, engagement, InvoiceSource.CSV, name, sha256)
    batch.state = InvoiceImportState.IMPORTING
    batch.file.save(f"{uuid.uuid4().hex}.csv", ContentFile(data), save=False)
    batch.save(update_fields=["state", "file"])
    batch_id = batch.pk
    transaction.on_commit(lambda: import_invoice_file.enqueue(batch_id))
    result.batch = batch
    return result


@task()
@tenant_guarded
def import_invoice_file(batch_id: int) -> str:
    """The queued import of a large invoice file, run by `vendorpact worker`."""
    return run_invoice_import(batch_id).state


def run_invoice_import(batch_id: int) -> InvoiceImport:
    """Import the staged file now, in chunks; any error ends the batch "failed" with a reason."""
    if not claim(InvoiceImport, batch_id):
        return queued_rows(InvoiceImport).get(pk=batch_id)
    batch = (
        queued_rows(InvoiceImport)
        .select_related("engagement__supplier", "created_by")
        .get(pk=batch_id)
    )
    try:
        return _import(batch)
    except (InvoiceError, DomainError) as error:
        return _fail(batch, error.code)
    except Exception:
        log.exception("invoice import %s failed", batch_id)
        return _fail(batch, IMPORT_FAILED)


def _problems(duplicates: list[str], errors) -> list[dict]:
    found = [{"number": number} for number in duplicates]
    found += [
        {"line": e.line, "column": e.column, "value": str(e.value)[:200], "code": e.code}
        for e in errors
    ]
    return found[:MAX_PROBLEMS_STORED]


def _import(batch: InvoiceImport) -> InvoiceImport:
    with batch.file.open("rb") as source:
        parsed = core_invoices.parse_invoice_csv(source.read())
    own = set(batch.invoices.values_list("supplier_key", "number_key"))  # an earlier run's
    pending = [i for i in parsed.invoices if _stored_key(i) not in own]
    duplicates: list[str] = []
    fresh = without_duplicates(batch.organisation, pending, duplicates)
    start_progress(batch, len(fresh))

    def write(part) -> None:
        store_all(
            batch.organisation,
            batch.created_by,
            batch.engagement,
            part,
            batch.file_name,
            batch,
            duplicates,
        )

    write_in_chunks(fresh, write, row=batch, log=ChunkLog())
    batch.problems = _problems(duplicates, parsed.errors)
    return _end(batch, InvoiceImportState.DONE)


def _stored_key(invoice) -> tuple[str, str]:
    supplier_key, number_key = duplicate_key(invoice)
    return supplier_key[:200], number_key[:100]


@transaction.atomic
def _end(batch: InvoiceImport, state: str, code: str = "") -> InvoiceImport:
    """Store the counts and the outcome, and delete the staged file once committed."""
    name = batch.file.name
    count_added(batch)
    batch.state = state
    batch.error_code = code
    batch.file = ""
    batch.finished_at = timezone.now()
    batch.save()
    if name:
        storage = batch.file.storage
        transaction.on_commit(lambda: storage.delete(name))
    return batch


def _fail(batch: InvoiceImport, code: str) -> InvoiceImport:
    batch = InvoiceImport.objects.get(organisation_id=batch.organisation_id, pk=batch.pk)
    return _end(batch, InvoiceImportState.FAILED, code)


def fail_interrupted() -> int:
    """Mark invoice imports left "importing" by a stopped worker as failed; returns how many."""
    stale = list(interrupted(InvoiceImport.objects.unguarded(SWEEP)))
    for batch in stale:
        _fail(batch, IMPORT_INTERRUPTED)
    return len(stale)
