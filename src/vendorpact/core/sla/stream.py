"""Streaming evaluation of the generic tickets CSV (``id,priority,created,first_response,
resolved``) with an optional events CSV (``id,at,status``), in chunks through the bulk path.

Only the events are held in memory (numpy arrays sorted by ticket, and the ticket ids); tickets
are read, parsed column-wise, evaluated and handed to the caller chunk by chunk. Line numbers in
errors assume one physical line per CSV record.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from vendorpact.core.sla.bulk import BulkEvaluator, BulkResult, TicketColumns, event_state
from vendorpact.core.sla.csvcolumns import CHUNK_BYTES, ColumnChunk, read_columns
from vendorpact.core.sla.fastparse import iso_to_epoch
from vendorpact.core.sla.imports.dates import DateParseError, parse_datetime
from vendorpact.core.sla.imports.tickets import RowError
from vendorpact.core.sla.policy import SlaPolicy, normalise_status

GENERIC_COLUMNS = ("id", "priority", "created", "first_response", "resolved")
EVENT_COLUMNS = ("id", "at", "status")


class CsvLayoutError(ValueError):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass
class Chunk:
    ids: list[str]
    priorities: list[str]
    created: np.ndarray
    result: BulkResult


class EpochParser:
    """ISO 8601 -> epoch seconds; values without offset are read in the policy zone."""

    def __init__(self, timezone: str) -> None:
        self.zone = ZoneInfo(timezone)

    def __call__(self, text: str) -> float:
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            moment = parse_datetime(text, self.zone)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        return moment.timestamp()


def _positions(header: list[str], wanted: tuple[str, ...], path) -> list[int]:
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    missing = [name for name in wanted if name not in names]
    if missing:
        raise CsvLayoutError("csv.columns_missing", f"{path}: {', '.join(missing)}")
    return [names.index(name) for name in wanted]


def read_header(path: str | Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


def is_generic_tickets_csv(path: str | Path) -> bool:
    names = {h.strip().lower() for h in read_header(path)}
    return set(GENERIC_COLUMNS) <= names


class _Parser:
    """Column of timestamps -> epochs: vectorised fast path, per-value fallback."""

    def __init__(self, timezone: str) -> None:
        self.slow = EpochParser(timezone)

    def __call__(self, values: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, ok); empty values are NaN and ok, unparseable ones NaN and not ok."""
        epochs, ok = iso_to_epoch(values)
        for i in np.flatnonzero(~ok):
            try:
                epochs[i] = self.slow(values[i])
                ok[i] = True
            except (ValueError, DateParseError):
                pass
        return epochs, ok


class _Runs:
    """Numbers runs of equal consecutive ids across chunks (one code per run)."""

    def __init__(self) -> None:
        self.heads: list[str] = []

    def add(self, ids: list[str]) -> np.ndarray:
        if not ids:
            return np.empty(0, dtype=np.int64)
        values = np.array(ids)
        boundary = values[1:] != values[:-1]
        continues = bool(self.heads) and ids[0] == self.heads[-1]
        first_code = len(self.heads) - 1 if continues else len(self.heads)
        if not continues:
            self.heads.append(ids[0])
        self.heads.extend([ids[i] for i in (np.flatnonzero(boundary) + 1).tolist()])
        run = np.zeros(len(ids), dtype=np.int64)
        np.cumsum(boundary, out=run[1:])
        return first_code + run


def _canonical_codes(heads: list[str], owner: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Unique ids in first-appearance order and each event's code; a dict only when an id has
    several runs (events of one ticket not listed together)."""
    if len(set(heads)) == len(heads):
        return heads, owner
    index: dict[str, int] = {}
    canonical = np.array([index.setdefault(h, len(index)) for h in heads], dtype=np.int64)
    return list(index), canonical[owner]


class EventTable:
    """All status events of a file, sorted by ticket then time, as numpy arrays."""

    def __init__(self, ordered_ids: list[str], offsets, at, state) -> None:
        self.ordered_ids = ordered_ids  # ticket ids by code (first appearance in the file)
        self.offsets = offsets
        self.at = at
        self.state = state
        self.cursor = 0  # where the next chunk of tickets is expected to start
        self._index: dict[str, int] | None = None

    @property
    def index(self) -> dict[str, int]:
        if self._index is None:
            self._index = dict(zip(self.ordered_ids, range(len(self.ordered_ids)), strict=True))
        return self._index

    @classmethod
    def empty(cls) -> EventTable:
        return cls([], np.zeros(1, dtype=np.int64), np.empty(0), np.empty(0, dtype=np.int8))

    @classmethod
    def from_csv(
        cls,
        path,
        policy: SlaPolicy,
        errors: list[RowError] | None = None,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> EventTable:
        errors = errors if errors is not None else []
        parse = _Parser(policy.calendar.timezone)
        runs = _Runs()
        states: dict[str, int] = {}
        owners, moments, codes = [], [], []
        header, chunks = read_columns(path, chunk_bytes)
        id_col, at_col, status_col = _positions(header, EVENT_COLUMNS, path)
        for chunk in chunks:
            errors.extend(RowError(line, "row.columns_missing") for line in chunk.short_lines)
            at_values, statuses = chunk.columns[at_col], chunk.columns[status_col]
            epochs, ok = parse(at_values)
            ok &= ~np.isnan(epochs)
            for i in np.flatnonzero(~ok):
                errors.append(RowError(chunk.lines[i], "row.date_invalid", "at", at_values[i]))
            for status in set(statuses) - states.keys():
                states[status] = event_state(policy, normalise_status(status))
            owners.append(runs.add(chunk.columns[id_col])[ok])
            codes.append(np.array([states[x] for x in statuses], dtype=np.int8)[ok])
            moments.append(epochs[ok])
        return cls._sorted(runs.heads, owners, moments, codes)

    @classmethod
    def _sorted(cls, heads, owners, moments, codes) -> EventTable:
        if not owners:
            return cls.empty()
        ordered_ids, owner = _canonical_codes(heads, np.concatenate(owners))
        at = np.concatenate(moments)
        state = np.concatenate(codes)
        same_ticket = owner[1:] == owner[:-1]
        in_order = bool(np.all(owner[1:] >= owner[:-1])) and not bool(
            np.any(same_ticket & (at[1:] < at[:-1]))
        )
        if not in_order:  # a stable sort keeps the file order of simultaneous events
            order = np.lexsort((at, owner))
            at, state = at[order], state[order]
        counts = np.bincount(owner, minlength=len(ordered_ids))
        offsets = np.zeros(len(ordered_ids) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        return cls(ordered_ids, offsets, at, state)

    def _codes(self, ids: list[str]) -> np.ndarray:
        """Event-table code per ticket id (-1 when it has no events).

        When the events file lists tickets in the same order as the tickets file (the usual
        case for exports), a slice comparison replaces a million dictionary lookups.
        """
        end = self.cursor + len(ids)
        if self.ordered_ids[self.cursor : end] == ids:
            codes = np.arange(self.cursor, end, dtype=np.int64)
            self.cursor = end
            return codes
        return np.array([self.index.get(x, -1) for x in ids], dtype=np.int64)

    def gather(self, ids: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(offsets, at, state) in CSR layout for the given tickets, in that order."""
        if not self.ordered_ids:
            return np.zeros(len(ids) + 1, dtype=np.int64), self.at, self.state
        codes = self._codes(ids)
        known = codes >= 0
        safe = np.where(known, codes, 0)
        counts = np.where(known, self.offsets[safe + 1] - self.offsets[safe], 0)
        offsets = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        positions = np.repeat(self.offsets[safe] - offsets[:-1], counts) + np.arange(offsets[-1])
        return offsets, self.at[positions], self.state[positions]


class _TicketChunkParser:
    def __init__(self, policy: SlaPolicy, key_index: dict[str, int]) -> None:
        self.policy = policy
        self.key_index = key_index
        self.parse = _Parser(policy.calendar.timezone)
        self.priority_cache: dict[str, str | None] = {}

    def _priorities(self, raw: list[str]) -> list[str | None]:
        cache = self.priority_cache
        for value in set(raw) - cache.keys():
            cache[value] = self.policy.resolve_priority(value)
        return [cache[value] for value in raw]

    def parse_chunk(self, chunk: ColumnChunk, cols: list[int], errors: list[RowError]):
        """Column arrays of the valid rows; invalid rows become errors (in line order)."""
        lines = chunk.lines
        ids = chunk.columns[cols[0]]
        raw_priorities = chunk.columns[cols[1]]
        keys = self._priorities(raw_priorities)
        valid = np.array([key is not None for key in keys], dtype=bool)
        problems = [(line, "row.columns_missing", "", "") for line in chunk.short_lines]
        for i in np.flatnonzero(~valid):
            problems.append((lines[i], "row.priority_unknown", "priority", raw_priorities[i]))
        moments = {}
        for name, position in zip(GENERIC_COLUMNS[2:], cols[2:], strict=True):
            values = chunk.columns[position]
            epochs, ok = self.parse(values)
            for i in np.flatnonzero(~ok & valid):
                problems.append((lines[i], "row.date_invalid", name, values[i]))
            valid &= ok
            moments[name] = epochs
        missing = valid & np.isnan(moments["created"])
        for i in np.flatnonzero(missing):
            problems.append((lines[i], "row.created_missing", "created", ""))
        backwards = valid & ~missing & (moments["resolved"] < moments["created"])
        resolved_text = chunk.columns[cols[4]]
        for i in np.flatnonzero(backwards):
            problems.append((lines[i], "row.resolved_before_created", "resolved", resolved_text[i]))
        valid &= ~missing & ~backwards
        errors.extend(RowError(*problem) for problem in sorted(problems))
        if valid.all():
            return ids, keys, moments
        kept = np.flatnonzero(valid)
        return (
            [ids[i] for i in kept],
            [keys[i] for i in kept],
            {name: values[kept] for name, values in moments.items()},
        )


def iter_generic_chunks(
    policy: SlaPolicy,
    tickets_path: str | Path,
    events: EventTable | None = None,
    now: float | None = None,
    errors: list[RowError] | None = None,
    chunk_bytes: int = CHUNK_BYTES,
) -> Iterator[Chunk]:
    """Evaluate the generic tickets CSV chunk by chunk; bad rows go to ``errors``, skipped."""
    evaluator = BulkEvaluator(policy)
    key_index = {key: i for i, key in enumerate(evaluator.priority_keys)}
    parser = _TicketChunkParser(policy, key_index)
    events = events or EventTable.empty()
    errors = errors if errors is not None else []
    header, chunks = read_columns(tickets_path, chunk_bytes)
    cols = _positions(header, GENERIC_COLUMNS, tickets_path)
    for chunk in chunks:
        ids, keys, moments = parser.parse_chunk(chunk, cols, errors)
        if not ids:
            continue
        offsets, at, state = events.gather(ids)
        columns = TicketColumns(
            priority=np.array([key_index[key] for key in keys], dtype=np.int64),
            created=moments["created"],
            first_response=moments["first_response"],
            resolved=moments["resolved"],
            event_offsets=offsets,
            event_at=at,
            event_state=state,
        )
        yield Chunk(ids, keys, columns.created, evaluator.evaluate(columns, now))
