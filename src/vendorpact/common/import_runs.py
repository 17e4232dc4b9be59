"""Large imports run as tasks that write in chunks: one helper for tickets, outages and invoices.

An import of more rows than ``inline_max_rows()`` is not written during the request: the
confirming service sets it to "importing" and queues a task. The task writes the records in
chunks of ``chunk_rows()``, each chunk in its own short transaction (on SQLite no transaction
holds the write lock for long), and records the progress (rows done of rows total) on the import
row in the same transaction as the chunk. An import row needs the fields ``state``,
``rows_done``, ``rows_total``, ``error_code``, ``started_at`` and ``finished_at``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

from vendorpact.core.import_batches import parts

IMPORTING = "importing"
# An import still "importing" after this long was interrupted (the worker stopped or died); a
# 200,000-row import takes about a minute.
INTERRUPTED_AFTER = timedelta(minutes=30)
SQLITE_PAUSE_SECONDS = 0.15  # between two chunks (see _let_others_write)


def inline_max_rows() -> int:
    """Files with up to this many rows are imported during the request."""
    return settings.VENDORPACT_IMPORT_INLINE_MAX_ROWS


def chunk_rows() -> int:
    """Records written per transaction by an import task."""
    return settings.VENDORPACT_IMPORT_CHUNK_ROWS


def runs_inline(rows: int) -> bool:
    return rows <= inline_max_rows()


@dataclass
class ChunkLog:
    """How the chunks of one import went: rows written, chunks, the longest transaction."""

    rows: int = 0
    chunks: int = 0
    longest_seconds: float = 0.0


def write_in_chunks(
    records: Sequence,
    write: Callable[[list], None],
    *,
    row: models.Model,
    log: ChunkLog,
    size: int | None = None,
    prepare: Callable[[list], object] | None = None,
) -> ChunkLog:
    """Write ``records`` with ``write(part)``, one transaction per part, and add each part to the
    progress on ``row`` (``rows_done``) in that same transaction: what the page shows is what
    is stored. An error in a part rolls back that part only; earlier parts stay. With
    ``prepare``, ``write`` gets ``prepare(part)``, computed before the transaction starts."""
    for number, part in enumerate(parts(list(records), size or chunk_rows())):
        if number:
            _let_others_write()
        prepared = prepare(part) if prepare else part
        started = time.monotonic()
        with transaction.atomic():
            write(prepared)
            log.rows += len(part)
            type(row).objects.filter(organisation_id=row.organisation_id, pk=row.pk).update(
                rows_done=log.rows
            )
        log.chunks += 1
        log.longest_seconds = max(log.longest_seconds, time.monotonic() - started)
    row.rows_done = log.rows
    return log


def _let_others_write() -> None:
    """SQLite has one write lock, and a writer waiting for it polls (every 100 ms once it has
    waited a while): taking the lock again right after a commit would starve it until its
    timeout ("database is locked"). A short pause between chunks lets it in."""
    if connection.vendor == "sqlite":
        time.sleep(SQLITE_PAUSE_SECONDS)


def start_progress(row: models.Model, total: int) -> None:
    """The number of records the task is going to write (known once the file is read)."""
    row.rows_total = total
    row.rows_done = 0
    type(row).objects.filter(organisation_id=row.organisation_id, pk=row.pk).update(
        rows_total=total, rows_done=0
    )


SWEEP = "the worker's start-up sweep covers every organisation"


def queued_rows(model: type[models.Model]) -> models.QuerySet:
    """The task knows only the id of the import it was queued with (the row names its
    organisation, which every later query uses)."""
    return model.objects.unguarded("an import task loads the import it was queued with")


def claim(model: type[models.Model], pk: int) -> bool:
    """Mark the start of the task's run; False when the import is no longer waiting for it."""
    waiting = queued_rows(model).filter(pk=pk, state=IMPORTING)
    return bool(waiting.update(started_at=timezone.now()))


def interrupted(queryset: models.QuerySet, older_than: timedelta = INTERRUPTED_AFTER):
    """The imports left "importing" by a stopped worker (``IMPORT_INTERRUPTED``). One whose task
    has not started yet waits in the queue (which survives restarts) and is left alone."""
    return queryset.filter(state=IMPORTING, started_at__lte=timezone.now() - older_than)
