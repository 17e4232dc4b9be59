"""The `vendorpact sla evaluate` output: per ticket, then per month (and per month's availability
with a downtime log), as text, JSON or CSV. The evaluated tickets come in chunks of numpy
columns; CSV rows are built with numpy when no cell needs quoting or neutralising."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import numpy as np

from vendorpact.core.sla.availability import Downtime, MonthAvailability, monthly_availability
from vendorpact.core.sla.csvwrite import ByteCells, integral_seconds, join_rows
from vendorpact.core.sla.monthly import MonthlyCompliance
from vendorpact.core.sla.outcome import NOT_JUDGED, OVERDUE
from vendorpact.core.sla.policy import SlaPolicy

TICKET_FIELDS = (
    "id",
    "priority",
    "response_seconds",
    "resolution_seconds",
    "response_breached",
    "resolution_breached",
)


@dataclass
class OutputChunk:
    id_list: list[str] | None  # None: decoded from id_bytes when needed
    priorities: list[str]
    created: np.ndarray
    response: np.ndarray  # seconds, NaN when not happened
    resolution: np.ndarray
    response_code: np.ndarray  # int8 outcome codes: 1 breached, 0 met, 2 overdue, -1 not judged
    resolution_code: np.ndarray
    response_remaining: np.ndarray  # open items with --now: target - elapsed, else NaN
    resolution_remaining: np.ndarray
    id_bytes: np.ndarray | None = None  # set when the CSV was read as bytes (no quoting)
    priority_index: np.ndarray | None = None  # into priority_keys
    priority_keys: list[str] | None = None

    @property
    def ids(self) -> list[str]:
        if self.id_list is None:
            self.id_list = self.id_bytes.astype(str).tolist()
        return self.id_list

    def add_to(self, months: MonthlyCompliance) -> None:
        months.add_bulk(self.created, self.response_code, self.resolution_code)

    def open_items_not_judged(self) -> OutputChunk:
        """Without --now: open tickets past their target are not reported as breaches."""
        for codes in (self.response_code, self.resolution_code):
            codes[codes == OVERDUE] = NOT_JUDGED
        return self

    def rows(self) -> Iterator[tuple]:
        """(id, priority, response, resolution, response_breached, resolution_breached)."""
        flags = {NOT_JUDGED: None, 0: False, 1: True, OVERDUE: True}
        return zip(
            self.ids,
            self.priorities,
            map(_number, self.response.tolist()),
            map(_number, self.resolution.tolist()),
            map(flags.__getitem__, self.response_code.tolist()),
            map(flags.__getitem__, self.resolution_code.tolist()),
            strict=True,
        )


@dataclass
class Summary:
    """What is reported after the tickets: monthly compliance and, with --downtime, credits."""

    policy: SlaPolicy
    months: MonthlyCompliance
    downtimes: list[Downtime] | None = None

    def availability(self) -> list[MonthAvailability] | None:
        if self.downtimes is None:
            return None
        zone = ZoneInfo(self.policy.calendar.timezone)
        ticket_months = [m.month for m in self.months.result()]
        labels = list(ticket_months)
        for downtime in self.downtimes:
            labels += [f"{d.astimezone(zone):%Y-%m}" for d in (downtime.start, downtime.end)]
        if not labels:
            return []
        first, last = (dt.date.fromisoformat(f"{label}-01") for label in (min(labels), max(labels)))
        terms = self.policy.availability
        zone_name = self.policy.calendar.timezone
        return monthly_availability(
            self.downtimes, terms, zone_name, first, last, ticket_months=ticket_months
        )


def _number(value: float):
    if value is None or math.isnan(value):
        return None
    rounded = round(float(value), 3)
    return int(rounded) if rounded.is_integer() else rounded


FLAG_TEXT = ("", "false", "true", "true")  # indexed by outcome code + 1 (overdue is true)


def _flag_text(codes: np.ndarray) -> list[str]:
    return list(map(FLAG_TEXT.__getitem__, (codes + 1).tolist()))


def _seconds_text(values: np.ndarray) -> list[str]:
    """CSV cells for seconds: integers without '.0', empty for NaN (fast when all integral)."""
    missing = np.isnan(values)
    rounded = np.round(values, 3)
    known = rounded[~missing]
    if not np.array_equal(known, np.floor(known)):
        return ["" if v is None else str(v) for v in map(_number, values.tolist())]
    text = list(map(str, np.where(missing, 0, rounded).astype(np.int64).tolist()))
    for i in np.flatnonzero(missing).tolist():
        text[i] = ""
    return text


# A spreadsheet runs a cell starting with one of these as a formula (CSV injection): text cells
# (ticket ids, priorities) that start with one get a leading apostrophe; numbers never do.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _neutralised(values: list[str]) -> list[str]:
    return [f"'{value}" if value.startswith(FORMULA_STARTS) else value for value in values]


def _starts_like_a_formula(values: np.ndarray) -> bool:
    """For a numpy bytes array: does any value start with a formula character?"""
    if not values.size or values.dtype.itemsize == 0:
        return False
    first = np.ascontiguousarray(values).view(np.uint8).reshape(values.shape[0], -1)[:, 0]
    return bool(np.isin(first, np.frombuffer("".join(FORMULA_STARTS).encode(), np.uint8)).any())


def _needs_quoting(values: list[str]) -> bool:
    joined = "".join(values)
    return any(char in joined for char in ',"\r\n')


def _csv_bytes(chunk: OutputChunk) -> bytes | None:
    """The chunk's CSV rows built with numpy, or None when a cell needs the generic path."""
    if chunk.id_bytes is None or chunk.priority_index is None or not chunk.id_bytes.size:
        return None
    keys = chunk.priority_keys
    if _needs_quoting(keys) or any(key.startswith(FORMULA_STARTS) for key in keys):
        return None
    if _starts_like_a_formula(chunk.id_bytes):
        return None
    response = integral_seconds(chunk.response)
    resolution = integral_seconds(chunk.resolution)
    if response is None or resolution is None:
        return None
    return join_rows(
        [
            ByteCells.from_strings(chunk.id_bytes),
            ByteCells.from_table(chunk.priority_keys, chunk.priority_index),
            ByteCells.from_integers(response, np.isnan(chunk.response)),
            ByteCells.from_integers(resolution, np.isnan(chunk.resolution)),
            ByteCells.from_table(FLAG_TEXT, chunk.response_code + 1),
            ByteCells.from_table(FLAG_TEXT, chunk.resolution_code + 1),
        ]
    )


def write_csv(chunks, out, summary: Summary) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(TICKET_FIELDS)
    for chunk in chunks:
        chunk.add_to(summary.months)
        fast = _csv_bytes(chunk)
        if fast is not None:
            out.write(fast.decode("utf-8"))
            continue
        columns = (
            _neutralised(chunk.ids),
            _neutralised(chunk.priorities),
            _seconds_text(chunk.response),
            _seconds_text(chunk.resolution),
            _flag_text(chunk.response_code),
            _flag_text(chunk.resolution_code),
        )
        rows = zip(*columns, strict=True)
        if _needs_quoting(chunk.ids) or _needs_quoting(chunk.priorities):
            writer.writerows(rows)
        else:  # nothing to quote: join directly, about twice as fast as csv.writer
            out.write("\n".join(map(",".join, rows)))
            out.write("\n")


def write_json(chunks, out, summary: Summary) -> None:
    out.write('{"tickets": [')
    separator = "\n  "
    for chunk in chunks:
        chunk.add_to(summary.months)
        for values in chunk.rows():
            out.write(separator + json.dumps(dict(zip(TICKET_FIELDS, values, strict=True))))
            separator = ",\n  "
    out.write('\n], "months": ')
    out.write(json.dumps([m.to_dict() for m in summary.months.result()], indent=2))
    availability = summary.availability()
    if availability is not None:
        out.write(', "availability": ')
        out.write(json.dumps([m.to_dict() for m in availability], indent=2))
    out.write("}\n")


def _duration(seconds) -> str:
    if seconds is None:
        return "-"
    minutes = round(seconds / 60)
    return f"{minutes // 60}h{minutes % 60:02d}"


def _state(measured, flag, remaining) -> str:
    """'met' / 'BREACHED' for measured items; for open ones the time left or overdue."""
    if measured is not None:
        return "" if flag is None else "BREACHED" if flag else "met"
    if remaining is None or math.isnan(remaining):
        return ""
    if remaining < 0:
        return f"open, {_duration(-remaining)} overdue"
    return f"open, {_duration(remaining)} left"


def write_text(chunks, out, summary: Summary) -> None:
    out.write(f"{'ticket':<16} {'prio':<6} {'response':>9} {'':<24} {'resolution':>10}\n")
    for chunk in chunks:
        chunk.add_to(summary.months)
        remaining = zip(
            chunk.response_remaining.tolist(), chunk.resolution_remaining.tolist(), strict=True
        )
        for row, (response_left, resolution_left) in zip(chunk.rows(), remaining, strict=True):
            ticket_id, priority, response, resolution, r_flag, s_flag = row
            out.write(
                f"{ticket_id:<16} {priority:<6} {_duration(response):>9} "
                f"{_state(response, r_flag, response_left):<24} {_duration(resolution):>10} "
                f"{_state(resolution, s_flag, resolution_left)}\n"
            )
    out.write("\nmonth    tickets  response met %  resolution met %  breaches  open, overdue\n")
    for m in summary.months.result():
        response = "-" if m.response_compliance_percent is None else m.response_compliance_percent
        resolution = (
            "-" if m.resolution_compliance_percent is None else m.resolution_compliance_percent
        )
        breaches = m.response_breached + m.resolution_breached
        overdue = m.response_overdue + m.resolution_overdue
        out.write(
            f"{m.month}  {m.tickets:>7}  {response:>14}  {resolution:>16}  {breaches:>8}  "
            f"{overdue:>13}\n"
        )
    _write_availability_text(summary.availability(), out)


def _write_availability_text(availability, out) -> None:
    if availability is None:
        return
    out.write("\nmonth    availability %  target %  met  credit %  credit EUR\n")
    for m in availability:
        if not m.has_data:
            out.write(f"{m.month}  {'no data':>14}  {m.target_percent:>8}\n")
            continue
        met = "yes" if m.met else "NO"
        out.write(
            f"{m.month}  {m.availability_percent:>14.3f}  {m.target_percent:>8}  {met:>3}  "
            f"{m.credit_percent:>8}  {m.credit_eur:>10.2f}\n"
        )


WRITERS = {"csv": write_csv, "json": write_json, "text": write_text}
