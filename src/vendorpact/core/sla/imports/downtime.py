"""Downtime / incident log CSV -> ``Downtime`` records plus per-row errors.

Header (case-insensitive; aliases in brackets): ``start`` [begin, from, van], ``end`` [until, to,
tot], optional ``scope`` [service, dienst], ``planned`` [maintenance, gepland] with yes/no values,
or ``type`` with planned/unplanned, and ``reference`` [id, ticket].
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from vendorpact.core.sla.availability import Downtime
from vendorpact.core.sla.imports.dates import DateParseError, is_plausible, parse_datetime
from vendorpact.core.sla.imports.tickets import ExportFormatError, RowError, iter_rows

ALIASES = {
    "start": ("start", "begin", "from", "van", "started", "start time"),
    "end": ("end", "until", "to", "tot", "ended", "end time"),
    "scope": ("scope", "service", "dienst", "component"),
    "planned": ("planned", "maintenance", "gepland", "onderhoud"),
    "type": ("type", "kind", "soort"),
    "reference": ("reference", "id", "ticket", "referentie"),
}
TRUE_VALUES = {"1", "true", "yes", "y", "ja", "j", "oui", "planned", "gepland", "maintenance"}


def _positions(header: list[str]) -> dict[str, int | None]:
    names = [str(h).strip().lower() for h in header]
    positions = {}
    for field, aliases in ALIASES.items():
        positions[field] = next((names.index(a) for a in aliases if a in names), None)
    return positions


def _cell(row: list, position: int | None) -> str:
    if position is None or position >= len(row):
        return ""
    return str(row[position]).strip()


def import_downtime(
    path: str | Path,
    timezone: str = "Europe/Brussels",
    day_first: bool = True,
    imported_on: dt.date | None = None,
) -> tuple[list[Downtime], list[RowError]]:
    """Downtime records and bad rows; timestamps before 1990 or over ten years after
    ``imported_on`` (default today) are bad rows."""
    zone = ZoneInfo(timezone)
    today = imported_on or dt.date.today()
    rows = iter_rows(path)
    header = next(rows, None)
    if header is None:
        raise ExportFormatError("import.empty_file")
    positions = _positions(header)
    if positions["start"] is None or positions["end"] is None:
        raise ExportFormatError("import.column_missing", "start, end")
    records: list[Downtime] = []
    errors: list[RowError] = []
    for line, row in enumerate(rows, start=2):
        if not any(str(cell).strip() for cell in row):
            continue
        try:
            start = parse_datetime(_cell(row, positions["start"]), zone, day_first)
            end = parse_datetime(_cell(row, positions["end"]), zone, day_first)
        except DateParseError as exc:
            errors.append(RowError(line, "row.date_invalid", "start/end", str(exc)))
            continue
        implausible = [m for m in (start, end) if not is_plausible(m, today)]
        if implausible:
            column = "start" if implausible[0] is start else "end"
            text = _cell(row, positions[column])
            errors.append(RowError(line, "row.date_out_of_range", column, text))
            continue
        if end < start:
            errors.append(
                RowError(line, "row.end_before_start", "end", _cell(row, positions["end"]))
            )
            continue
        planned_text = _cell(row, positions["planned"]) or _cell(row, positions["type"])
        records.append(
            Downtime(
                start=start,
                end=end,
                scope=_cell(row, positions["scope"]),
                planned=planned_text.lower() in TRUE_VALUES,
                reference=_cell(row, positions["reference"]),
            )
        )
    return records, errors
