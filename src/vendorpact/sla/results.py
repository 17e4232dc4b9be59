"""Stored ticket results: (re)computed when tickets, status events or the terms change.

The tickets of an engagement are loaded in chunks by primary key (``values_list``, no IN list
of ids), evaluated by the core's vectorised evaluator (``core.sla.stored``) and stored as
``TicketResult`` rows. An engagement with up to ``inline_limit()`` tickets is recomputed inside
the writing transaction; a larger one by the ``recompute_results`` task that `vendorpact
worker` runs (queued when the transaction commits; the pages say the figures are being
updated until it is done). `vendorpact manage recompute_sla_results` recomputes what waits.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from vendorpact.common.tenancy import tenant_guarded
from vendorpact.core.sla.bulk import TicketColumns, event_state
from vendorpact.core.sla.calendar import to_epoch
from vendorpact.core.sla.imports.dates import plausible_epochs
from vendorpact.core.sla.monthly import MonthIndex
from vendorpact.core.sla.policy import SlaPolicy, normalise_status
from vendorpact.core.sla.stored import StoredColumns, StoredEvaluator
from vendorpact.sla.aggregates import measured_counts
from vendorpact.sla.models import MonthResult, SlaTerms, Ticket, TicketEvent, TicketResult

CHUNK_TICKETS = 5000
TICKET_FIELDS = ("pk", "priority", "priority_raw", "created", "first_response", "resolved")


def inline_limit() -> int:
    return settings.VENDORPACT_SLA_INLINE_MAX_TICKETS


def _epoch(moment: dt.datetime | None) -> float:
    return math.nan if moment is None else to_epoch(moment)


class _Chunk:
    """One chunk of an engagement's tickets (by primary key) as core columns."""

    def __init__(self, evaluator: StoredEvaluator, rows: list[tuple], events: list[tuple], window):
        """``window``: (first, after last) plausible epoch; a ticket with a moment outside it
        (stored before that check existed) is left out, as the pages say."""
        policy = evaluator.policy
        key_index = {key: i for i, key in enumerate(evaluator.priority_keys)}
        low, high = window
        implausible = {ticket_id for ticket_id, at, _ in events if not low <= to_epoch(at) < high}
        self.ticket_ids: list[int] = []
        self.priorities: list[str] = []
        self.unmapped = 0
        created, first_response, resolved, priority = [], [], [], []
        for pk, stored, raw, *moments in rows:
            key = policy.resolve_priority(stored) or policy.resolve_priority(raw)
            if key is None:
                self.unmapped += 1  # a priority the terms do not know: no result
                continue
            epochs = [_epoch(moment) for moment in moments]
            if pk in implausible or any(not low <= e < high for e in epochs if not math.isnan(e)):
                continue
            self.ticket_ids.append(pk)
            self.priorities.append(key)
            priority.append(key_index[key])
            created.append(epochs[0])
            first_response.append(epochs[1])
            resolved.append(epochs[2])
        self.created_moments = {pk: opened for pk, _, _, opened, _, _ in rows}
        self.columns = TicketColumns(
            priority=np.asarray(priority, dtype=np.int64),
            created=np.asarray(created, dtype=np.float64),
            first_response=np.asarray(first_response, dtype=np.float64),
            resolved=np.asarray(resolved, dtype=np.float64),
            **self._events(policy, events),
        )

    def _events(self, policy: SlaPolicy, events: list[tuple]) -> dict:
        row_of = {pk: i for i, pk in enumerate(self.ticket_ids)}
        states: dict[str, int] = {}
        owner, at, state = [], [], []
        for ticket_id, moment, status in events:  # ordered by ticket, time, entry
            row = row_of.get(ticket_id)
            if row is None:
                continue
            if status not in states:
                states[status] = event_state(policy, normalise_status(status))
            owner.append(row)
            at.append(to_epoch(moment))
            state.append(states[status])
        counts = np.bincount(np.asarray(owner, dtype=np.int64), minlength=len(self.ticket_ids))
        return {
            "event_offsets": np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
            "event_at": np.asarray(at, dtype=np.float64),
            "event_state": np.asarray(state, dtype=np.int8),
        }


def _ticket_chunks(engagement_id: int, size: int):
    last = 0
    while True:
        rows = list(
            Ticket.objects.filter(engagement_id=engagement_id, pk__gt=last)
            .order_by("pk")
            .values_list(*TICKET_FIELDS)[:size]
        )
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _events_of(engagement_id: int, first: int, last: int) -> list[tuple]:
    return list(
        TicketEvent.objects.filter(
            ticket__engagement_id=engagement_id, ticket_id__gte=first, ticket_id__lte=last
        )
        .order_by("ticket_id", "at", "pk")
        .values_list("ticket_id", "at", "status")
    )


STORED_FIELDS = (
    "is_open",
    "response_seconds",
    "resolution_seconds",
    "response_outcome",
    "resolution_outcome",
    "response_due",
    "resolution_due",
    "resolution_left_seconds",
    "resolution_running",
    "measured_until",
    "customer_wait_seconds",
    "vendor_wait_seconds",
    "reopen_count",
)
MOMENT_FIELDS = ("response_due", "resolution_due", "measured_until")
ROW_FIELDS = ("ticket", "organisation", "engagement", "priority", "created", "month")


def _insert_sql() -> str:
    """INSERT of ``TicketResult`` rows (the ORM's bulk_create spends most of its time
    preparing 40,000 model instances; these are plain tuples)."""
    quote = connection.ops.quote_name
    columns = [TicketResult._meta.get_field(name).column for name in ROW_FIELDS + STORED_FIELDS]
    names = ", ".join(quote(column) for column in columns)
    marks = ", ".join(["%s"] * len(columns))
    return f"INSERT INTO {quote(TicketResult._meta.db_table)} ({names}) VALUES ({marks})"


def _database_moment(epoch: float):
    if math.isnan(epoch):
        return None
    return connection.ops.adapt_datetimefield_value(dt.datetime.fromtimestamp(epoch, dt.UTC))


def _stored_values(stored: StoredColumns) -> list[list]:
    columns = []
    for name in STORED_FIELDS:
        values = getattr(stored, name).tolist()
        if name in MOMENT_FIELDS:
            values = [_database_moment(value) for value in values]
        elif values and isinstance(values[0], float):
            values = [None if math.isnan(value) else value for value in values]
        columns.append(values)
    return columns


def _result_rows(chunk: _Chunk, stored: StoredColumns, months: list[str], terms: SlaTerms):
    stored_columns = _stored_values(stored)
    adapt = connection.ops.adapt_datetimefield_value
    for i, ticket_id in enumerate(chunk.ticket_ids):
        yield (
            ticket_id,
            terms.organisation_id,
            terms.engagement_id,
            chunk.priorities[i],
            adapt(chunk.created_moments[ticket_id]),
            months[i],
            *(column[i] for column in stored_columns),
        )


def _store_chunk(evaluator: StoredEvaluator, months: MonthIndex, terms, rows, events) -> _Chunk:
    chunk = _Chunk(evaluator, rows, events, plausible_epochs(timezone.now().date()))
    if not chunk.ticket_ids:
        return chunk
    stored = evaluator.evaluate(chunk.columns)
    index, labels = months.labels_numpy(chunk.columns.created)
    month_labels = [labels[i] for i in index.tolist()]
    with connection.cursor() as cursor:
        cursor.executemany(_insert_sql(), list(_result_rows(chunk, stored, month_labels, terms)))
    return chunk


def _store_months(terms: SlaTerms) -> None:
    results = TicketResult.objects.filter(engagement_id=terms.engagement_id)
    MonthResult.objects.bulk_create(
        MonthResult(
            organisation_id=terms.organisation_id, engagement_id=terms.engagement_id, **counts
        )
        for counts in measured_counts(results)
    )


@transaction.atomic
def recompute_engagement(engagement_id: int, chunk_size: int = CHUNK_TICKETS) -> int:
    """Replace the stored results of the engagement's tickets; returns how many were stored."""
    terms = SlaTerms.objects.select_for_update().filter(engagement_id=engagement_id).first()
    TicketResult.objects.filter(engagement_id=engagement_id).delete()
    MonthResult.objects.filter(engagement_id=engagement_id).delete()
    if terms is None:
        return 0
    policy = SlaPolicy.from_dict(terms.policy)
    evaluator = StoredEvaluator(policy)
    months = MonthIndex(policy.calendar.timezone)
    stored = unmapped = 0
    for rows in _ticket_chunks(engagement_id, chunk_size):
        events = _events_of(engagement_id, rows[0][0], rows[-1][0])
        chunk = _store_chunk(evaluator, months, terms, rows, events)
        stored += len(chunk.ticket_ids)
        unmapped += chunk.unmapped
    _store_months(terms)
    SlaTerms.objects.filter(organisation_id=terms.organisation_id, pk=terms.pk).update(
        results_computed_version=terms.results_version, results_unmapped=unmapped
    )
    return stored


@task()
@tenant_guarded
def recompute_results(engagement_id: int) -> int:
    """The queued form of ``recompute_engagement``, run by `vendorpact worker`."""
    return recompute_engagement(engagement_id)


def request_recompute(engagement) -> None:
    """Call inside the transaction that changed tickets, events or terms: recompute now for a
    small engagement, else queue the task for when the transaction commits."""
    updated = SlaTerms.objects.filter(engagement=engagement).update(
        results_version=F("results_version") + 1
    )
    if not updated:
        TicketResult.objects.filter(engagement=engagement).delete()
        MonthResult.objects.filter(engagement=engagement).delete()
        return
    if Ticket.objects.filter(engagement=engagement).count() <= inline_limit():
        recompute_engagement(engagement.pk)
        return
    engagement_id = engagement.pk
    transaction.on_commit(lambda: recompute_results.enqueue(engagement_id))


def recompute_pending() -> int:
    """Recompute every engagement whose results wait (a worker that was stopped, an upgrade);
    returns how many engagements were recomputed."""
    waiting = SlaTerms.objects.filter(
        results_computed_version__lt=F("results_version")
    ).values_list("engagement_id", flat=True)
    engagement_ids = list(waiting)
    for engagement_id in engagement_ids:
        recompute_engagement(engagement_id)
    return len(engagement_ids)
