"""Writing the records of a read ticket, status history or downtime file (used by the inline
import in ``services`` and by the import task in ``import_tasks``; the caller holds the
transaction). Tickets are upserted by their external id and status events deduplicated by
(ticket, moment, status), so writing the same records twice stores them once."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone

from vendorpact.core.sla.availability import Downtime as CoreDowntime
from vendorpact.core.sla.model import StatusEvent
from vendorpact.core.sla.model import Ticket as CoreTicket
from vendorpact.sla.importing import Preview, in_parts
from vendorpact.sla.models import Downtime, SlaImport, Ticket, TicketEvent

MAX_SKIPPED_STORED = 1000


def delete_files(names) -> None:
    for name in names:
        if name:
            default_storage.delete(name)


def record_preview(sla_import: SlaImport, preview) -> None:
    """Keep what the read file showed (format, rows, bad rows) on the import row (not saved);
    ``preview`` is a Preview or the PreviewSummary the page showed."""
    sla_import.format_detected = preview.format
    sla_import.rows = preview.rows
    sla_import.skipped = preview.bad_rows[:MAX_SKIPPED_STORED]


def finish(
    sla_import: SlaImport, state: str, preview: Preview | None, imported=0, updated=0, events=0
) -> SlaImport:
    """Store the outcome and drop the staged files once the transaction commits."""
    names = [sla_import.file.name, sla_import.events_file.name]
    sla_import.state = state
    sla_import.imported = imported
    sla_import.updated = updated
    sla_import.events_imported = events
    if preview is not None:
        record_preview(sla_import, preview)
    sla_import.file = sla_import.events_file = ""
    sla_import.finished_at = timezone.now()
    sla_import.save()
    transaction.on_commit(lambda: delete_files(names))
    return sla_import


def _ticket_values(ticket: CoreTicket, raw_priority: str) -> dict:
    return {
        "priority_raw": raw_priority[:60],
        "priority": ticket.priority[:60],
        "created": ticket.created,
        "first_response": ticket.first_response,
        "resolved": ticket.resolved,
        "status": ticket.status[:100],
        "subject": ticket.subject[:300],
    }


def store_tickets(
    sla_import: SlaImport, tickets: list[CoreTicket], raw_priorities: dict[str, str]
) -> tuple[int, int]:
    """Add the new tickets and update the changed ones; returns (added, updated)."""
    engagement = sla_import.engagement
    supplier = engagement.supplier
    ids = [ticket.id[:100] for ticket in tickets]
    existing = {}
    for part in in_parts(ids):
        found = Ticket.objects.filter(supplier=supplier, external_id__in=part)
        existing.update((t.external_id, t) for t in found.select_for_update())
    created, updated = [], 0
    for ticket in tickets:
        values = _ticket_values(ticket, raw_priorities.get(ticket.id, ticket.priority))
        known = existing.get(ticket.id[:100])
        if known is None:
            created.append(
                Ticket(
                    organisation=sla_import.organisation,
                    engagement=engagement,
                    supplier=supplier,
                    external_id=ticket.id[:100],
                    source_import=sla_import,
                    **values,
                )
            )
            continue
        if any(getattr(known, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(known, key, value)
            known.save()
            updated += 1
    Ticket.objects.bulk_create(created, batch_size=500)
    return len(created), updated


@dataclass
class TicketPart:
    """One chunk of tickets, compared with the stored ones and laid out as rows before its
    transaction starts, so that the write lock is held only for the writes."""

    tickets: list[CoreTicket]
    raw_priorities: dict[str, str]
    new_ids: list[str] = field(default_factory=list)
    new_rows: list[tuple] = field(default_factory=list)
    changed: list[Ticket] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.tickets)


NEW_TICKET_FIELDS = (
    "organisation",
    "engagement",
    "supplier",
    "external_id",
    "source_import",
    "priority_raw",
    "priority",
    "created",
    "first_response",
    "resolved",
    "status",
    "subject",
)


def _insert_sql() -> str:
    """INSERT of new ``Ticket`` rows as plain tuples (the ORM's bulk_create spends most of its
    time laying out model instances, inside the transaction)."""
    quote = connection.ops.quote_name
    columns = [Ticket._meta.get_field(name).column for name in NEW_TICKET_FIELDS]
    names = ", ".join(quote(column) for column in columns)
    marks = ", ".join(["%s"] * len(columns))
    return f"INSERT INTO {quote(Ticket._meta.db_table)} ({names}) VALUES ({marks})"


def _insert_row(sla_import: SlaImport, external_id: str, values: dict) -> tuple:
    engagement = sla_import.engagement
    given = {
        "organisation": sla_import.organisation_id,
        "engagement": engagement.pk,
        "supplier": engagement.supplier_id,
        "external_id": external_id,
        "source_import": sla_import.pk,
        **values,
    }
    return tuple(
        Ticket._meta.get_field(name).get_db_prep_save(given[name], connection)
        for name in NEW_TICKET_FIELDS
    )


def prepare_tickets(
    sla_import: SlaImport, tickets: list[CoreTicket], raw_priorities: dict[str, str]
) -> TicketPart:
    """Read which tickets exist (no lock taken) and lay out the new and changed ones."""
    part = TicketPart(tickets, raw_priorities)
    supplier_id = sla_import.engagement.supplier_id
    existing = {}
    for ids in in_parts([ticket.id[:100] for ticket in tickets]):
        found = Ticket.objects.filter(supplier_id=supplier_id, external_id__in=ids)
        existing.update((t.external_id, t) for t in found)
    for ticket in tickets:
        values = _ticket_values(ticket, raw_priorities.get(ticket.id, ticket.priority))
        known = existing.get(ticket.id[:100])
        if known is None:
            part.new_ids.append(ticket.id[:100])
            part.new_rows.append(_insert_row(sla_import, ticket.id[:100], values))
        elif any(getattr(known, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(known, key, value)
            part.changed.append(known)
    return part


def write_prepared(sla_import: SlaImport, part: TicketPart) -> tuple[int, int]:
    """Inside the chunk's transaction: store a prepared part; returns (added, updated). Should
    another import have stored one of its new tickets meanwhile, the part is stored the careful
    way (``store_tickets``) instead."""
    supplier_id = sla_import.engagement.supplier_id
    for ids in in_parts(part.new_ids):
        if Ticket.objects.filter(supplier_id=supplier_id, external_id__in=ids).exists():
            return store_tickets(sla_import, part.tickets, part.raw_priorities)
    if part.new_rows:
        with connection.cursor() as cursor:
            cursor.executemany(_insert_sql(), part.new_rows)
    for known in part.changed:
        known.save()
    return len(part.new_rows), len(part.changed)


def event_pairs(events: dict[str, list[StatusEvent]]) -> list[tuple[str, StatusEvent]]:
    """The status events of a preview as (ticket id, event), in the file's ticket order."""
    return [(ticket_id, event) for ticket_id, found in events.items() for event in found]


def store_events(sla_import: SlaImport, pairs: list[tuple[str, StatusEvent]]) -> int:
    """Add the status events (ticket id, event) not stored yet; returns how many were added."""
    if not pairs:
        return 0
    supplier = sla_import.engagement.supplier
    tickets = {}
    for part in in_parts(sorted({ticket_id for ticket_id, _ in pairs})):
        found = Ticket.objects.filter(supplier=supplier, external_id__in=part)
        tickets.update((t.external_id, t) for t in found)
    known = set()
    for part in in_parts([ticket.pk for ticket in tickets.values()]):
        stored = TicketEvent.objects.filter(ticket_id__in=part)
        known.update(stored.values_list("ticket_id", "at", "status"))
    new = []
    for ticket_id, event in pairs:
        ticket = tickets.get(ticket_id)
        if ticket is None:
            continue
        key = (ticket.pk, event.at, event.status[:100])
        if key not in known:
            known.add(key)
            new.append(
                TicketEvent(
                    organisation=sla_import.organisation,
                    ticket=ticket,
                    at=event.at,
                    status=event.status[:100],
                    source_import=sla_import,
                )
            )
    TicketEvent.objects.bulk_create(new, batch_size=500)
    return len(new)


def store_downtimes(sla_import: SlaImport, records: list[CoreDowntime]) -> int:
    created = 0
    for record in records:
        _, is_new = Downtime.objects.get_or_create(
            organisation=sla_import.organisation,
            engagement=sla_import.engagement,
            start=record.start,
            end=record.end,
            scope=record.scope[:100],
            defaults={
                "planned": record.planned,
                "description": record.reference[:300],
                "source_import": sla_import,
            },
        )
        created += is_new
    return created
