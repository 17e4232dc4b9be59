"""Ticket exports (CSV / XLSX) -> ``Ticket`` records plus per-row errors.

Parsing never stops at a bad row: each is reported with its line number (1 = header) and a reason
code, and the caller decides to keep the good rows (``ImportResult.good_rows``) or nothing
(``ImportResult.all_or_nothing``). Duplicate ids within a file are reported; de-duplication across
imports is by external id per supplier (the caller's store keys on ``Ticket.id``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import ZoneInfo

from vendorpact.core.sla.imports.dates import (
    DateParseError,
    is_plausible,
    parse_datetime,
    parse_duration_seconds,
)
from vendorpact.core.sla.imports.formats import ColumnMapping, column_positions, detect_format
from vendorpact.core.sla.model import StatusEvent, Ticket
from vendorpact.core.sla.policy import normalise_status
from vendorpact.core.textfiles import detect_encoding

PriorityResolver = Callable[[str], "str | None"]


@dataclass(frozen=True)
class RowError:
    line: int
    code: str  # e.g. "row.date_invalid"
    field: str = ""
    value: str = ""


@dataclass
class ImportResult:
    format: str
    tickets: list[Ticket] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0
    # with a priority resolver: each good ticket's priority as in the file, and the values in
    # the file the resolver does not know (their rows are bad rows)
    raw_priorities: dict[str, str] = field(default_factory=dict)
    unknown_priorities: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.errors

    def good_rows(self) -> list[Ticket]:
        return list(self.tickets)

    def all_or_nothing(self) -> list[Ticket]:
        return [] if self.errors else list(self.tickets)


class ExportFormatError(ValueError):
    """The file as a whole cannot be read (``code`` e.g. 'import.format_unknown')."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class _RowProblem(Exception):
    def __init__(self, code: str, field_name: str = "", value: str = "") -> None:
        super().__init__(code)
        self.error = (code, field_name, value)


def _sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def iter_csv_rows(text_stream: io.TextIOBase) -> Iterator[list[str]]:
    """Rows of a CSV export; handles BOM, ; or , or tab delimiters and GLPI's trailing delimiter."""
    sample = text_stream.read(65536)
    text_stream.seek(0)
    dialect = _sniff_dialect(sample)
    reader = csv.reader(text_stream, dialect)
    header = None
    for row in reader:
        if header is None:
            header = [cell.replace("\ufeff", "") for cell in row]
            trailing = bool(header) and header[-1] == ""
            if trailing:
                header = header[:-1]
            yield header
            continue
        if trailing and row and row[-1] == "":
            row = row[:-1]
        yield row


def iter_xlsx_rows(path: str | Path) -> Iterator[list]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield ["" if cell is None else cell for cell in row]
    finally:
        workbook.close()


def iter_rows(path: str | Path) -> Iterator[list]:
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        yield from iter_xlsx_rows(path)
        return
    with path.open(encoding=detect_encoding(path), newline="") as handle:
        yield from iter_csv_rows(handle)


class RowParser:
    """Turns rows of one export into tickets under a column mapping."""

    def __init__(
        self,
        mapping: ColumnMapping,
        header: list,
        timezone: str = "Europe/Brussels",
        priority_resolver: PriorityResolver | None = None,
        imported_on: dt.date | None = None,
    ) -> None:
        self.mapping = mapping
        self.imported_on = imported_on or dt.date.today()
        self.zone = ZoneInfo(timezone)
        self.positions = column_positions(mapping, [str(h) for h in header])
        self.resolve_priority = priority_resolver
        self.last_raw_priority = ""
        self.unknown_priorities: set[str] = set()
        self.resolved_statuses = {normalise_status(s) for s in mapping.resolved_statuses}
        for required in ("id", "created"):
            if self.positions[required] is None:
                raise ExportFormatError("import.column_missing", getattr(mapping, required))

    def _cell(self, row: list, name: str):
        position = self.positions[name]
        if position is None or position >= len(row):
            return ""
        value = row[position]
        return value.strip() if isinstance(value, str) else value

    def _moment(self, row: list, name: str) -> dt.datetime | None:
        value = self._cell(row, name)
        if value in ("", None, "?", "-"):
            return None
        if isinstance(value, dt.datetime):  # XLSX cells
            moment = value if value.tzinfo else value.replace(tzinfo=self.zone)
        else:
            try:
                moment = parse_datetime(str(value), self.zone, self.mapping.day_first)
            except DateParseError as exc:
                column = getattr(self.mapping, name)
                raise _RowProblem("row.date_invalid", column, str(value)) from exc
        return self._plausible(moment, name, str(value))

    def _plausible(self, moment: dt.datetime, name: str, text: str) -> dt.datetime:
        if not is_plausible(moment, self.imported_on):
            raise _RowProblem("row.date_out_of_range", getattr(self.mapping, name), text)
        return moment

    def _after(self, row: list, name: str, created: dt.datetime) -> dt.datetime | None:
        value = self._cell(row, name)
        if value in ("", None):
            return None
        try:
            seconds = parse_duration_seconds(str(value), self.mapping.duration_unit)
            moment = created + dt.timedelta(seconds=seconds)
        except (ValueError, OverflowError) as exc:
            raise _RowProblem(
                "row.duration_invalid", getattr(self.mapping, name), str(value)
            ) from exc
        return self._plausible(moment, name, str(value))

    def _priority(self, row: list) -> str:
        raw = str(self._cell(row, "priority"))
        self.last_raw_priority = raw
        if self.resolve_priority is None:
            return raw
        resolved = self.resolve_priority(raw)
        if resolved is None:
            self.unknown_priorities.add(raw)
            raise _RowProblem("row.priority_unknown", self.mapping.priority, raw)
        return resolved

    def _resolved(self, row: list, created: dt.datetime, status: str) -> dt.datetime | None:
        resolved = self._moment(row, "resolved") or self._moment(row, "resolved_fallback")
        derivable = resolved is None and self.positions["resolved_after"] is not None
        done = self.resolved_statuses
        status_done = not done or normalise_status(status) in done
        if derivable and status_done:
            resolved = self._after(row, "resolved_after", created)
        return resolved

    def parse(self, row: list) -> Ticket:
        ticket_id = str(self._cell(row, "id"))
        if not ticket_id:
            raise _RowProblem("row.id_missing", self.mapping.id)
        created = self._moment(row, "created")
        if created is None:
            raise _RowProblem("row.created_missing", self.mapping.created)
        status = str(self._cell(row, "status"))
        first_response = self._moment(row, "first_response") or self._after(
            row, "first_response_after", created
        )
        resolved = self._resolved(row, created, status)
        if resolved is not None and resolved < created:
            raise _RowProblem("row.resolved_before_created", self.mapping.resolved, str(resolved))
        if first_response is not None and first_response < created:
            raise _RowProblem(
                "row.response_before_created", self.mapping.first_response, str(first_response)
            )
        return Ticket(
            id=ticket_id,
            priority=self._priority(row),
            created=created,
            first_response=first_response,
            resolved=resolved,
            status=status,
            subject=str(self._cell(row, "subject")),
        )


def import_ticket_rows(
    rows: Iterable[list],
    mapping: ColumnMapping | None = None,
    timezone: str = "Europe/Brussels",
    priority_resolver: PriorityResolver | None = None,
    day_first: bool | None = None,
    imported_on: dt.date | None = None,
) -> ImportResult:
    """Parse rows (header first); ``day_first`` overrides the mapping's date order.
    Timestamps before 1990 or over ten years after ``imported_on`` (default today) are bad."""
    iterator = iter(rows)
    try:
        header = [str(h) for h in next(iterator)]
    except StopIteration as exc:
        raise ExportFormatError("import.empty_file") from exc
    mapping = mapping or detect_format(header)
    if mapping is None:
        raise ExportFormatError("import.format_unknown", ", ".join(header[:12]))
    if day_first is not None:
        mapping = replace(mapping, day_first=day_first)
    parser = RowParser(mapping, header, timezone, priority_resolver, imported_on)
    result = ImportResult(format=mapping.format)
    seen: set[str] = set()
    for line, row in enumerate(iterator, start=2):
        if not any(str(cell).strip() for cell in row):
            continue
        result.rows += 1
        try:
            ticket = parser.parse(row)
        except _RowProblem as problem:
            result.errors.append(RowError(line, *problem.error))
            continue
        if ticket.id in seen:
            result.errors.append(RowError(line, "row.duplicate_id", mapping.id, ticket.id))
            continue
        seen.add(ticket.id)
        result.tickets.append(ticket)
        result.raw_priorities[ticket.id] = parser.last_raw_priority
    result.unknown_priorities = parser.unknown_priorities
    return result


def import_tickets(
    path: str | Path,
    mapping: ColumnMapping | None = None,
    timezone: str = "Europe/Brussels",
    priority_resolver: PriorityResolver | None = None,
    day_first: bool | None = None,
    imported_on: dt.date | None = None,
) -> ImportResult:
    """Read a CSV or XLSX ticket export; the format is recognised from the header."""
    rows = iter_rows(path)
    return import_ticket_rows(rows, mapping, timezone, priority_resolver, day_first, imported_on)


def import_events(
    path: str | Path,
    timezone: str = "Europe/Brussels",
    day_first: bool = True,
    imported_on: dt.date | None = None,
) -> tuple[dict[str, list[StatusEvent]], list[RowError]]:
    """Status-change CSV with header ``id,at,status`` -> events per ticket id, sorted by time."""
    zone = ZoneInfo(timezone)
    today = imported_on or dt.date.today()
    events: dict[str, list[StatusEvent]] = {}
    errors: list[RowError] = []
    rows = iter_rows(path)
    header = [str(h).strip().lower() for h in next(rows, [])]
    missing = {"id", "at", "status"} - set(header)
    if missing:
        raise ExportFormatError("import.column_missing", ", ".join(sorted(missing)))
    pos = {name: header.index(name) for name in ("id", "at", "status")}
    for line, row in enumerate(rows, start=2):
        try:
            at = parse_datetime(str(row[pos["at"]]), zone, day_first)
        except (DateParseError, IndexError):
            errors.append(RowError(line, "row.date_invalid", "at", str(row)))
            continue
        if not is_plausible(at, today):
            errors.append(RowError(line, "row.date_out_of_range", "at", str(row[pos["at"]])))
            continue
        events.setdefault(str(row[pos["id"]]), []).append(StatusEvent(at, str(row[pos["status"]])))
    for history in events.values():
        history.sort(key=lambda event: event.at)
    return events, errors


def attach_events(tickets: Iterable[Ticket], events: dict[str, list[StatusEvent]]) -> list[Ticket]:
    return [replace(t, events=tuple(events.get(t.id, ()))) for t in tickets]
