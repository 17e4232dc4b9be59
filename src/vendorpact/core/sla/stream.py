"""Streaming evaluation of the generic tickets CSV (``id,priority,created,first_response,
resolved``) with an optional events CSV (``id,at,status``), in chunks through the bulk path.

Only the events are held in memory (numpy arrays sorted by ticket, and the ticket ids); tickets
are read, parsed column-wise, evaluated and handed to the caller chunk by chunk. Line numbers in
errors assume one physical line per CSV record.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from vendorpact.core.sla.bulk import BulkEvaluator, BulkResult, TicketColumns, event_state
from vendorpact.core.sla.bytecolumns import (
    CHUNK_BYTES,
    ByteChunk,
    TextChunk,
    all_distinct,
    read_chunks,
)
from vendorpact.core.sla.fastparse import iso_to_epoch
from vendorpact.core.sla.imports.dates import DateParseError, parse_datetime, plausible_epochs
from vendorpact.core.sla.imports.tickets import RowError
from vendorpact.core.sla.policy import SlaPolicy, normalise_status
from vendorpact.core.textfiles import decode_bytes

GENERIC_COLUMNS = ("id", "priority", "created", "first_response", "resolved")
EVENT_COLUMNS = ("id", "at", "status")


class CsvLayoutError(ValueError):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


class Chunk:
    """Evaluated tickets; ``ids`` are decoded from ``id_bytes`` only when asked for."""

    def __init__(
        self,
        ids: list[str] | None,
        priorities: list[str],
        created: np.ndarray,
        result: BulkResult,
        id_bytes: np.ndarray | None = None,  # the ids as a numpy bytes array, when read as bytes
        priority_index: np.ndarray | None = None,  # index of each priority in ``priority_keys``
        priority_keys: list[str] | None = None,
    ) -> None:
        self._ids = ids
        self.priorities = priorities
        self.created = created
        self.result = result
        self.id_bytes = id_bytes
        self.priority_index = priority_index
        self.priority_keys = priority_keys

    @property
    def ids(self) -> list[str]:
        if self._ids is None:
            self._ids = _id_list(self.id_bytes)
        return self._ids


@dataclass
class _ParsedRows:
    ids: list[str] | None  # None when read as bytes: see id_bytes
    keys: list[str]
    priority: np.ndarray
    id_bytes: np.ndarray | None
    moments: dict[str, np.ndarray]

    def __len__(self) -> int:
        return self.priority.shape[0]

    def kept(self, rows: np.ndarray) -> _ParsedRows:
        return _ParsedRows(
            None if self.ids is None else [self.ids[i] for i in rows],
            [self.keys[i] for i in rows],
            self.priority[rows],
            None if self.id_bytes is None else self.id_bytes[rows],
            {name: values[rows] for name, values in self.moments.items()},
        )


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
    """The first row, read as UTF-8 or else Windows-1252 (also with old Mac line ends)."""
    with open(path, "rb") as handle:
        first = decode_bytes(handle.readline()).removeprefix("\ufeff")
    return next(csv.reader(io.StringIO(first, newline="")), [])


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
        self.parts: list[np.ndarray | list[str]] = []  # the first id of each run, per chunk
        self.count = 0
        self.last: str | None = None  # the id of the latest run

    def add(self, chunk: ByteChunk | TextChunk, column: int) -> np.ndarray:
        if not len(chunk):
            return np.empty(0, dtype=np.int64)
        boundary = chunk.changes(column)
        continues = self.last is not None and chunk.value(column, 0) == self.last
        first_code = self.count - 1 if continues else self.count
        heads = np.flatnonzero(boundary) + 1
        if not continues:
            heads = np.concatenate([np.zeros(1, dtype=heads.dtype), heads])
        self.parts.append(chunk.take(column, heads))
        self.count += heads.shape[0]
        self.last = chunk.value(column, len(chunk) - 1)
        run = np.zeros(len(chunk), dtype=np.int64)
        np.cumsum(boundary, out=run[1:])
        return first_code + run

    def heads(self) -> np.ndarray | list[str]:
        """The first id of every run: a numpy bytes array when every chunk was read as bytes."""
        if self.parts and all(isinstance(part, np.ndarray) for part in self.parts):
            return np.concatenate(self.parts)
        return [head for part in self.parts for head in _id_list(part)]


def _id_list(ids: np.ndarray | list[str]) -> list[str]:
    return ids.astype(str).tolist() if isinstance(ids, np.ndarray) else ids


def _canonical_codes(heads, owner: np.ndarray):
    """Unique ids in first-appearance order and each event's code; a dict only when an id has
    several runs (events of one ticket not listed together)."""
    if isinstance(heads, np.ndarray):
        if all_distinct(heads):
            return heads, owner
        heads = _id_list(heads)
    if len(set(heads)) == len(heads):
        return heads, owner
    index: dict[str, int] = {}
    canonical = np.array([index.setdefault(h, len(index)) for h in heads], dtype=np.int64)
    return list(index), canonical[owner]


class EventTable:
    """All status events of a file, sorted by ticket then time, as numpy arrays."""

    def __init__(self, ordered_ids: list[str] | np.ndarray, offsets, at, state) -> None:
        # ticket ids by code (first appearance in the file); a bytes array when read as bytes
        self._ids = ordered_ids
        self.offsets = offsets
        self.at = at
        self.state = state
        self.cursor = 0  # where the next chunk of tickets is expected to start
        self._index: dict[str, int] | None = None

    @property
    def ordered_ids(self) -> list[str]:
        if isinstance(self._ids, np.ndarray):
            self._ids = _id_list(self._ids)
        return self._ids

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
        today: dt.date | None = None,
    ) -> EventTable:
        errors = errors if errors is not None else []
        parse = _Parser(policy.calendar.timezone)
        first, after_last = plausible_epochs(today or dt.date.today())
        runs = _Runs()
        states: dict[str, int] = {}
        owners, moments, codes = [], [], []
        header, chunks = read_chunks(path, chunk_bytes)
        id_col, at_col, status_col = _positions(header, EVENT_COLUMNS, path)
        for chunk in chunks:
            errors.extend(RowError(line, "row.columns_missing") for line in chunk.short_lines)
            epochs, ok = chunk.epochs(at_col, parse)
            ok &= ~np.isnan(epochs)
            for i in np.flatnonzero(~ok).tolist():
                at_value = chunk.value(at_col, i)
                errors.append(RowError(chunk.lines[i], "row.date_invalid", "at", at_value))
            outside = ok & ((epochs < first) | (epochs >= after_last))
            for i in np.flatnonzero(outside).tolist():
                at_value = chunk.value(at_col, i)
                errors.append(RowError(chunk.lines[i], "row.date_out_of_range", "at", at_value))
            ok &= ~outside
            statuses, status_index = chunk.categories(status_col)
            for status in set(statuses) - states.keys():
                states[status] = event_state(policy, normalise_status(status))
            state_of = np.array([states[x] for x in statuses], dtype=np.int8)
            owners.append(runs.add(chunk, id_col)[ok])
            codes.append(state_of[status_index][ok])
            moments.append(epochs[ok])
        return cls._sorted(runs.heads(), owners, moments, codes)

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

    def _codes(self, ids: list[str] | np.ndarray) -> np.ndarray:
        """Event-table code per ticket id (-1 when it has no events).

        When the events file lists tickets in the same order as the tickets file (the usual
        case for exports), a slice comparison replaces a million dictionary lookups.
        """
        end = self.cursor + len(ids)
        if isinstance(ids, np.ndarray) and isinstance(self._ids, np.ndarray):
            same = np.array_equal(self._ids[self.cursor : end], ids)
        else:
            ids = _id_list(ids)
            same = self.ordered_ids[self.cursor : end] == ids
        if same:
            codes = np.arange(self.cursor, end, dtype=np.int64)
            self.cursor = end
            return codes
        return np.array([self.index.get(x, -1) for x in _id_list(ids)], dtype=np.int64)

    def gather(self, ids: list[str] | np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(offsets, at, state) in CSR layout for the given tickets (str or bytes array)."""
        if not len(self._ids):
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
    def __init__(self, policy: SlaPolicy, key_index: dict[str, int], today: dt.date) -> None:
        self.policy = policy
        self.window = plausible_epochs(today)
        self.key_index = key_index
        self.parse = _Parser(policy.calendar.timezone)
        self.priority_cache: dict[str, str | None] = {}

    def _priorities(self, chunk: ByteChunk | TextChunk, column: int):
        """(contract key of each row or None, index of the key in ``key_index`` or -1)."""
        labels, label_index = chunk.categories(column)
        cache = self.priority_cache
        for label in set(labels) - cache.keys():
            cache[label] = self.policy.resolve_priority(label)
        keys = np.array([cache[label] for label in labels], dtype=object)
        codes = np.array([self.key_index.get(key, -1) for key in keys], dtype=np.int64)
        return keys[label_index].tolist(), codes[label_index]

    def parse_chunk(self, chunk: ByteChunk | TextChunk, cols: list[int], errors: list[RowError]):
        """Column arrays of the valid rows; invalid rows become errors (in line order)."""
        lines = chunk.lines
        id_bytes = chunk.array(cols[0]) if isinstance(chunk, ByteChunk) else None
        ids = chunk.strings(cols[0]) if id_bytes is None else None
        keys, priority = self._priorities(chunk, cols[1])
        valid = priority >= 0
        problems = [(line, "row.columns_missing", "", "") for line in chunk.short_lines]
        for i in np.flatnonzero(~valid).tolist():
            problems.append((lines[i], "row.priority_unknown", "priority", chunk.value(cols[1], i)))
        moments = {}
        for name, position in zip(GENERIC_COLUMNS[2:], cols[2:], strict=True):
            epochs, ok = chunk.epochs(position, self.parse)
            for i in np.flatnonzero(~ok & valid).tolist():
                problems.append((lines[i], "row.date_invalid", name, chunk.value(position, i)))
            valid &= ok
            outside = valid & ((epochs < self.window[0]) | (epochs >= self.window[1]))
            for i in np.flatnonzero(outside).tolist():
                problems.append((lines[i], "row.date_out_of_range", name, chunk.value(position, i)))
            valid &= ~outside
            moments[name] = epochs
        missing = valid & np.isnan(moments["created"])
        for i in np.flatnonzero(missing).tolist():
            problems.append((lines[i], "row.created_missing", "created", ""))
        backwards = valid & ~missing & (moments["resolved"] < moments["created"])
        for i in np.flatnonzero(backwards).tolist():
            resolved_text = chunk.value(cols[4], i)
            problems.append((lines[i], "row.resolved_before_created", "resolved", resolved_text))
        valid &= ~missing & ~backwards
        errors.extend(RowError(*problem) for problem in sorted(problems))
        parsed = _ParsedRows(ids, keys, priority, id_bytes, moments)
        return parsed if valid.all() else parsed.kept(np.flatnonzero(valid))


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
    today = dt.date.today() if now is None else dt.datetime.fromtimestamp(now, dt.UTC).date()
    parser = _TicketChunkParser(policy, key_index, today)
    events = events or EventTable.empty()
    errors = errors if errors is not None else []
    header, chunks = read_chunks(tickets_path, chunk_bytes)
    cols = _positions(header, GENERIC_COLUMNS, tickets_path)
    for chunk in chunks:
        rows = parser.parse_chunk(chunk, cols, errors)
        if not len(rows):
            continue
        offsets, at, state = events.gather(rows.ids if rows.id_bytes is None else rows.id_bytes)
        columns = TicketColumns(
            priority=rows.priority,
            created=rows.moments["created"],
            first_response=rows.moments["first_response"],
            resolved=rows.moments["resolved"],
            event_offsets=offsets,
            event_at=at,
            event_state=state,
        )
        result = evaluator.evaluate(columns, now)
        yield Chunk(
            rows.ids,
            rows.keys,
            columns.created,
            result,
            rows.id_bytes,
            rows.priority,
            evaluator.priority_keys,
        )
