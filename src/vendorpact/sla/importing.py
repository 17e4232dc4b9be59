"""Reading a staged import: format, column mapping, priority mapping and bad rows (no writes)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from vendorpact.common.storage_files import local_copy
from vendorpact.core.import_batches import OutsidePeriod
from vendorpact.core.sla.availability import Downtime as CoreDowntime
from vendorpact.core.sla.imports import ColumnMapping, ExportFormatError, detect_format
from vendorpact.core.sla.imports.downtime import import_downtime
from vendorpact.core.sla.imports.formats import header_index
from vendorpact.core.sla.imports.tickets import import_events, import_tickets, iter_rows
from vendorpact.core.sla.model import StatusEvent
from vendorpact.core.sla.model import Ticket as CoreTicket
from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.sla.batches import earlier_import, outside_engagement
from vendorpact.sla.models import ColumnMapping as StoredMapping
from vendorpact.sla.models import ImportKind, SlaImport, SlaTerms, Ticket

READ_ERRORS = (OSError, UnicodeDecodeError, ValueError, KeyError, IndexError, TypeError)


@dataclass
class Preview:
    """What an import would do: good records, bad rows, and any step still needed first."""

    format: str = ""
    header: list[str] = field(default_factory=list)
    needs_mapping: bool = False
    mapping: ColumnMapping | None = None
    unknown_priorities: list[str] = field(default_factory=list)
    tickets: list[CoreTicket] = field(default_factory=list)
    raw_priorities: dict[str, str] = field(default_factory=dict)
    events: dict[str, list[StatusEvent]] = field(default_factory=dict)
    downtimes: list[CoreDowntime] = field(default_factory=list)
    bad_rows: list[dict] = field(default_factory=list)
    rows: int = 0
    sample: list[list[str]] = field(default_factory=list)  # first rows, to help map columns
    earlier: SlaImport | None = None  # the same file, imported before and still in place
    outside: OutsidePeriod = field(default_factory=OutsidePeriod)  # rows outside the engagement

    @property
    def good_count(self) -> int:
        return len(self.tickets) + len(self.downtimes)

    @property
    def ready(self) -> bool:
        return not self.needs_mapping and not self.unknown_priorities


def _bad(error, file: str = "") -> dict:
    return {
        "line": error.line,
        "code": error.code,
        "field": error.field,
        "value": str(error.value)[:200],
        "file": file,
    }


def read_header(path: str | Path) -> list[str]:
    try:
        header = [str(cell) for cell in next(iter_rows(path), [])]
    except READ_ERRORS as exc:
        raise ExportFormatError("import.unreadable", str(exc)[:200]) from exc
    if not any(cell.strip() for cell in header):
        raise ExportFormatError("import.empty_file")  # e.g. nothing but a byte order mark
    return header


def remembered_mapping(supplier, header: list[str]) -> ColumnMapping | None:
    stored = StoredMapping.objects.filter(supplier=supplier).first()
    if stored is None:
        return None
    mapping = ColumnMapping.from_dict(stored.mapping)
    present = header_index(header)
    needed = [mapping.id, mapping.created, mapping.priority]
    if all(" ".join(name.strip().lower().split()) in present for name in needed if name):
        return mapping
    return None


def _sample(path, count: int = 3) -> list[list[str]]:
    rows = iter_rows(path)
    next(rows, None)
    sample = []
    for row in rows:
        if len(sample) == count:
            break
        sample.append([str(cell) for cell in row])
    return sample


def mapping_for(sla_import: SlaImport, header: list[str]) -> ColumnMapping | None:
    mapping = detect_format(header) or remembered_mapping(sla_import.engagement.supplier, header)
    if mapping is None:
        return None
    return dataclasses.replace(mapping, day_first=sla_import.day_first)


def preview_import(sla_import: SlaImport) -> Preview:
    if sla_import.kind == ImportKind.DOWNTIME:
        preview = _preview_downtime(sla_import)
        moments = [record.start for record in preview.downtimes]
    else:
        preview = _preview_tickets(sla_import)
        moments = [ticket.created for ticket in preview.tickets]
    preview.earlier = earlier_import(sla_import)
    preview.outside = outside_engagement(sla_import, moments)
    return preview


def _preview_downtime(sla_import: SlaImport) -> Preview:
    try:
        with local_copy(sla_import.file) as path:
            records, errors = import_downtime(path, sla_import.timezone, sla_import.day_first)
    except READ_ERRORS as exc:
        if isinstance(exc, ExportFormatError):
            raise
        raise ExportFormatError("import.unreadable", str(exc)[:200]) from exc
    preview = Preview(format="downtime", downtimes=records)
    preview.bad_rows = [_bad(error) for error in errors]
    preview.rows = len(records) + len(errors)
    return preview


def _policy(sla_import: SlaImport) -> SlaPolicy:
    terms = SlaTerms.objects.filter(engagement=sla_import.engagement).first()
    if terms is None:
        raise ExportFormatError("import.no_terms")
    return SlaPolicy.from_dict(terms.policy)


def _read_tickets(path, mapping, zone, resolver=None):
    try:
        return import_tickets(path, mapping, zone, resolver)
    except READ_ERRORS as exc:
        if isinstance(exc, ExportFormatError):
            raise
        raise ExportFormatError("import.unreadable", str(exc)[:200]) from exc


def _preview_tickets(sla_import: SlaImport) -> Preview:
    policy = _policy(sla_import)
    with local_copy(sla_import.file) as path:
        return _preview_ticket_file(sla_import, policy, path)


def _preview_ticket_file(sla_import: SlaImport, policy: SlaPolicy, path) -> Preview:
    header = read_header(path)
    preview = Preview(header=header)
    mapping = mapping_for(sla_import, header)
    if mapping is None:
        preview.needs_mapping = True
        preview.sample = _sample(path)
        return preview
    preview.mapping, preview.format = mapping, mapping.format
    mapped = _read_tickets(path, mapping, sla_import.timezone, policy.resolve_priority)
    preview.raw_priorities = mapped.raw_priorities
    preview.unknown_priorities = sorted(mapped.unknown_priorities)
    preview.tickets, preview.rows = mapped.tickets, mapped.rows
    preview.bad_rows = [_bad(error, sla_import.file_name) for error in mapped.errors]
    if sla_import.events_file:
        _preview_events(sla_import, preview)
    return preview


LOOKUP_CHUNK = 5000  # ids per IN list (SQLite allows 32,766 variables in one statement)


def in_parts(values: list):
    """``values`` in lists of at most ``LOOKUP_CHUNK``, for IN lists of a bounded size."""
    for start in range(0, len(values), LOOKUP_CHUNK):
        yield values[start : start + LOOKUP_CHUNK]


def _preview_events(sla_import: SlaImport, preview: Preview) -> None:
    try:
        with local_copy(sla_import.events_file) as path:
            events, errors = import_events(path, sla_import.timezone, sla_import.day_first)
    except READ_ERRORS as exc:
        if isinstance(exc, ExportFormatError):
            raise
        raise ExportFormatError("import.unreadable", str(exc)[:200]) from exc
    name = sla_import.events_file_name
    preview.bad_rows += [_bad(error, name) for error in errors]
    in_file = {ticket.id for ticket in preview.tickets}
    earlier = set()
    for part in in_parts([ticket_id for ticket_id in events if ticket_id not in in_file]):
        found = Ticket.objects.filter(supplier=sla_import.engagement.supplier, external_id__in=part)
        earlier.update(found.values_list("external_id", flat=True))
    for ticket_id in sorted(events):
        if ticket_id in in_file or ticket_id in earlier:
            preview.events[ticket_id] = events[ticket_id]
        else:
            preview.bad_rows.append(
                {"line": None, "code": "row.ticket_unknown", "field": "id", "value": ticket_id}
                | {"file": name}
            )
