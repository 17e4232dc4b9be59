"""Real incident event logs -> tickets with status histories.

- UCI #498 ServiceNow incident event log (csv or csv.gz): one row per update of an incident;
  day-first naive timestamps read in a chosen zone, ``?`` for missing values.
- BPI Challenge 2013 Volvo IT Belgium incidents (XES, optionally gzipped), read with a streaming
  XML parser (defusedxml's iterparse; elements are cleared after each trace), and IBM's CSV copy
  of the same log (fixed +01:00 offsets, converted to the calendar zone).

Each importer returns an ``EventLogImport``: tickets, per-row/per-trace errors and per-ticket
source attributes (e.g. ServiceNow's own ``made_sla``), so callers can compare.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from defusedxml.ElementTree import iterparse

from vendorpact.core.sla.imports.dates import DateParseError, parse_datetime
from vendorpact.core.sla.imports.tickets import RowError
from vendorpact.core.sla.model import StatusEvent, Ticket

SERVICENOW_RESOLVED = {"Resolved", "Closed"}
BPIC_RESOLVED = {"Resolved", "Closed", "Cancelled"}
BPIC_IMPACT_PRIORITY = {"Major": "1 - Major", "High": "2 - High", "Medium": "3 - Medium",
                        "Low": "4 - Low"}  # fmt: skip


@dataclass
class EventLogImport:
    tickets: list[Ticket] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    attributes: dict[str, dict] = field(default_factory=dict)


def _open_text(path: str | Path) -> io.TextIOBase:
    path = Path(path)
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def _open_binary(path: str | Path):
    path = Path(path)
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")


# --- ServiceNow (UCI) -------------------------------------------------------------------------


def _servicenow_groups(reader: csv.DictReader) -> Iterator[tuple[int, list[dict]]]:
    """Rows grouped by incident number (the log lists each incident's updates together)."""
    current, rows, first_line = None, [], 2
    for line, row in enumerate(reader, start=2):
        if row["number"] != current and rows:
            yield first_line, rows
            rows, first_line = [], line
        current = row["number"]
        rows.append(row)
    if rows:
        yield first_line, rows


def _optional(text: str, zone: ZoneInfo) -> dt.datetime | None:
    return None if text in ("", "?") else parse_datetime(text, zone, day_first=True)


def _servicenow_ticket(rows: list[dict], zone: ZoneInfo) -> Ticket:
    last = rows[-1]
    history = sorted(
        (
            (parse_datetime(row["sys_updated_at"], zone, day_first=True), int(row["sys_mod_count"]))
            + (row["incident_state"],)
            for row in rows
            if row["incident_state"] != "-100"
        ),
        key=lambda item: (item[0], item[1]),
    )
    events = tuple(StatusEvent(at, state) for at, _, state in history)
    created = parse_datetime(last["opened_at"], zone, day_first=True)
    resolved = _optional(last["resolved_at"], zone)
    if resolved is None and events and events[-1].status in SERVICENOW_RESOLVED:
        resolved = _optional(last["closed_at"], zone)
    return Ticket(
        id=last["number"],
        priority=last["priority"],
        created=created,
        resolved=resolved,
        events=events,
        status=events[-1].status if events else "",
    )


def import_servicenow_log(path: str | Path, timezone: str = "Europe/Brussels") -> EventLogImport:
    zone = ZoneInfo(timezone)
    result = EventLogImport()
    with _open_text(path) as handle:
        for line, rows in _servicenow_groups(csv.DictReader(handle)):
            try:
                ticket = _servicenow_ticket(rows, zone)
            except (DateParseError, ValueError) as exc:
                result.errors.append(RowError(line, "row.date_invalid", "", str(exc)))
                continue
            last = rows[-1]
            result.tickets.append(ticket)
            result.attributes[ticket.id] = {
                "made_sla": last["made_sla"] == "true",
                "reopen_count": int(last["reopen_count"]),
                "impact": last["impact"],
                "urgency": last["urgency"],
            }
    return result


# --- BPIC 2013 (XES) --------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attributes(element) -> dict[str, str]:
    return {
        child.get("key"): child.get("value")
        for child in element
        if _local(child.tag) in ("string", "date", "int", "float", "boolean")
    }


def _bpic_ticket(trace_id: str, events: list[tuple[dt.datetime, str, str]]) -> Ticket:
    events.sort(key=lambda event: event[0])
    history = tuple(StatusEvent(at, status) for at, status, _ in events)
    resolved = None
    for at, status, _ in events:
        if status in BPIC_RESOLVED and resolved is None:
            resolved = at
        elif status not in BPIC_RESOLVED:
            resolved = None
    impact = events[-1][2]
    return Ticket(
        id=trace_id,
        priority=BPIC_IMPACT_PRIORITY.get(impact, impact),
        created=events[0][0],
        resolved=resolved,
        events=history,
        status=history[-1].status,
    )


def iter_xes_traces(path: str | Path) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """(trace concept:name, [event attribute dicts]) streamed from an XES file."""
    with _open_binary(path) as handle:
        events: list[dict[str, str]] = []
        for action, element in iterparse(handle, events=("end",)):
            tag = _local(element.tag)
            if tag == "event":
                events.append(_attributes(element))
                element.clear()
            elif tag == "trace":
                yield _attributes(element).get("concept:name", ""), events
                events = []
                element.clear()
            del action


def import_bpic2013_csv(path: str | Path, timezone: str = "Europe/Brussels") -> EventLogImport:
    """Tickets from IBM's CSV copy of BPIC 2013 (``Change Date+Time`` always carries +01:00).

    The fixed offset names the right instant but the wrong summer wall clock, so every moment is
    converted to ``timezone`` before business hours apply.
    """
    zone = ZoneInfo(timezone)
    result = EventLogImport()
    traces: dict[str, list[tuple[dt.datetime, str, str]]] = {}
    with _open_text(path) as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                at = dt.datetime.fromisoformat(row["Change Date+Time"]).astimezone(zone)
            except ValueError:
                result.errors.append(
                    RowError(line, "row.date_invalid", "Change Date+Time", row["Change Date+Time"])
                )
                continue
            event = (at, row["Sub Status"], row["SR Latest Impact"])
            traces.setdefault(row["SR Number"], []).append(event)
    for trace_id, events in traces.items():
        ticket = _bpic_ticket(trace_id, events)
        result.tickets.append(ticket)
        result.attributes[ticket.id] = {"impact": events[-1][2]}
    return result


def import_bpic2013_xes(path: str | Path) -> EventLogImport:
    """Tickets from the BPIC 2013 incidents XES; status = lifecycle:transition (sub-status)."""
    result = EventLogImport()
    for number, (trace_id, raw_events) in enumerate(iter_xes_traces(path), start=1):
        try:
            events = [
                (
                    dt.datetime.fromisoformat(e["time:timestamp"]),
                    e.get("lifecycle:transition", ""),
                    e.get("impact", ""),
                )
                for e in raw_events
            ]
        except (KeyError, ValueError):
            result.errors.append(RowError(number, "trace.date_invalid", "time:timestamp", trace_id))
            continue
        if not events:
            result.errors.append(RowError(number, "trace.no_events", "", trace_id))
            continue
        ticket = _bpic_ticket(trace_id, events)
        result.tickets.append(ticket)
        result.attributes[ticket.id] = {"impact": events[-1][2]}
    return result
