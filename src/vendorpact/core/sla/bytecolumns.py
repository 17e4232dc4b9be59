"""Read a CSV file as chunks of columns with numpy, without a Python string per field.

A chunk of plain ASCII lines (no quote, carriage return or NUL byte, every line with the
header's number of fields) is split by locating its commas and newlines in a byte array; each
field is a (start, length) pair into that array. Any other chunk is decoded and read by
``csvcolumns`` (``str.split`` or the ``csv`` module), so both kinds answer the same questions
through ``TextChunk`` and ``ByteChunk``. Line numbers assume one physical line per record.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from vendorpact.core.sla.csvcolumns import ColumnChunk, _csv_chunk, _plain_chunk, read_columns
from vendorpact.core.sla.fastparse import WIDTH, iso_bytes_to_epoch
from vendorpact.core.textfiles import decode_bytes

CHUNK_BYTES = 2 << 20  # a chunk's numpy temporaries stay in the CPU caches: 1-4 MB ran fastest
BOM = b"\xef\xbb\xbf"
COMMA, NEWLINE = ord(","), ord("\n")
FEW_CATEGORIES = 32
WIDE_CELLS = 64 << 20  # above this many bytes, a column's categories are found per value
PADDING = 64  # zero bytes after each chunk, so fixed-width windows never run past the end

SlowParser = Callable[[list[str]], tuple[np.ndarray, np.ndarray]]


class TextChunk:
    """A ``ColumnChunk`` (lists of str) behind the ``ByteChunk`` interface."""

    def __init__(self, chunk: ColumnChunk) -> None:
        self.chunk = chunk
        self.lines = chunk.lines
        self.short_lines = chunk.short_lines

    def __len__(self) -> int:
        return len(self.lines)

    def strings(self, column: int) -> list[str]:
        return self.chunk.columns[column]

    def array(self, column: int) -> np.ndarray:
        return np.array(self.chunk.columns[column])

    def value(self, column: int, row: int) -> str:
        return self.chunk.columns[column][row]

    def take(self, column: int, rows: np.ndarray) -> list[str]:
        values = self.chunk.columns[column]
        return [values[i] for i in rows.tolist()]

    def changes(self, column: int) -> np.ndarray:
        """For rows 1.., whether the value differs from the previous row's."""
        values = np.array(self.chunk.columns[column])
        return values[1:] != values[:-1]

    def categories(self, column: int) -> tuple[list[str], np.ndarray]:
        """(distinct values in order of appearance, index of each row's value among them)."""
        index: dict[str, int] = {}
        codes = [index.setdefault(value, len(index)) for value in self.chunk.columns[column]]
        return list(index), np.array(codes, dtype=np.int64)

    def epochs(self, column: int, parse: SlowParser) -> tuple[np.ndarray, np.ndarray]:
        return parse(self.chunk.columns[column])


class ByteChunk:
    """Plain lines as one byte array; fields are located by their start and length."""

    def __init__(self, data: np.ndarray, starts: np.ndarray, lengths: np.ndarray, line: int):
        self.data = data  # the chunk's bytes followed by PADDING zero bytes
        self.starts = starts  # (rows, width)
        self.lengths = lengths
        self.lines = range(line, line + starts.shape[0])
        self.short_lines: list[int] = []
        self._words: dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return self.starts.shape[0]

    def windows(self, column: int, width: int) -> np.ndarray:
        """(rows, width) uint8: the ``width`` bytes from the start of each field."""
        windows = np.lib.stride_tricks.sliding_window_view(self.data, width)
        return windows[np.minimum(self.starts[:, column], self.data.shape[0] - width)]

    def matrix(self, column: int, width: int) -> np.ndarray:
        """(rows, width) uint8, each field left-aligned and NUL-padded (cut at ``width``)."""
        values = self.windows(column, width)
        inside = np.arange(width, dtype=self.lengths.dtype) < self.lengths[:, column, None]
        values *= inside.view(np.uint8)
        return values

    def words(self, column: int) -> np.ndarray:
        """(rows, k) uint64: each field NUL-padded to 8k bytes (equal words = equal fields)."""
        if column not in self._words:
            width = 8 * max(-(-int(self.lengths[:, column].max(initial=0)) // 8), 1)
            self._words[column] = self.matrix(column, width).view(np.uint64)
        return self._words[column]

    def array(self, column: int) -> np.ndarray:
        """The column as a numpy bytes array (``S`` dtype), for comparisons."""
        words = self.words(column)
        return words.view(f"S{8 * words.shape[1]}")[:, 0]

    def changes(self, column: int) -> np.ndarray:
        """For rows 1.., whether the value differs from the previous row's."""
        words = self.words(column)
        changed = words[1:, 0] != words[:-1, 0]
        for word in range(1, words.shape[1]):
            changed |= words[1:, word] != words[:-1, word]
        return changed

    def strings(self, column: int) -> list[str]:
        return self.array(column).astype(str).tolist()

    def value(self, column: int, row: int) -> str:
        start = int(self.starts[row, column])
        return self.data[start : start + int(self.lengths[row, column])].tobytes().decode()

    def take(self, column: int, rows: np.ndarray) -> np.ndarray:
        return self.array(column)[rows]

    def categories(self, column: int) -> tuple[list[str], np.ndarray]:
        """(distinct values, index of each row's value among them), grouped by 64-bit keys;
        longer values are checked against their group's first row (a sort if keys collide)."""
        longest = int(self.lengths[:, column].max(initial=0))
        if len(self) * longest > WIDE_CELLS:  # a few long texts: no (rows, longest) matrix
            index: dict[str, int] = {}
            codes = [index.setdefault(self.value(column, i), len(index)) for i in range(len(self))]
            return list(index), np.array(codes, dtype=np.int64)
        words = self.words(column)
        firsts, codes = _categorise(_row_keys(words))
        if words.shape[1] > 1 and not np.array_equal(words, words[firsts][codes]):
            firsts, codes = _categorise(self.array(column))
        return [value.decode() for value in self.array(column)[firsts].tolist()], codes

    def epochs(self, column: int, parse: SlowParser) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, ok) as ``fastparse``; undecoded values go through ``parse`` one by one."""
        raw = self.windows(column, WIDTH + 1)
        epochs, ok = iso_bytes_to_epoch(raw, self.lengths[:, column])
        slow = np.flatnonzero(~ok)
        if slow.size:
            values = [self.value(column, i) for i in slow.tolist()]
            slow_epochs, slow_ok = parse(values)
            epochs[slow], ok[slow] = slow_epochs, slow_ok
        return epochs, ok


def _row_keys(words: np.ndarray) -> np.ndarray:
    """A 64-bit key per row of a (rows, k) uint64 matrix: the row itself when k is 1."""
    keys = words[:, 0].copy()
    for word in range(1, words.shape[1]):
        keys *= np.uint64(0x9E3779B97F4A7C15)
        keys ^= words[:, word]
    return keys


def _categorise(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first row of each distinct key, code of each row): one comparison per key while there
    are few (statuses, priorities), then a sort for the rest."""
    codes = np.full(keys.shape[0], -1, dtype=np.int64)
    firsts: list[int] = []
    while len(firsts) < FEW_CATEGORIES:
        pending = np.flatnonzero(codes < 0)
        if not pending.size:
            return np.array(firsts, dtype=np.int64), codes
        codes[keys == keys[pending[0]]] = len(firsts)
        firsts.append(int(pending[0]))
    pending = np.flatnonzero(codes < 0)
    if pending.size:
        _, index, inverse = np.unique(keys[pending], return_index=True, return_inverse=True)
        codes[pending] = len(firsts) + inverse.ravel()
        firsts.extend(pending[index].tolist())
    return np.array(firsts, dtype=np.int64), codes


def all_distinct(values: np.ndarray) -> bool:
    """Whether a numpy bytes array (no NUL bytes) holds no value twice: a sort of 64-bit keys,
    exact for values up to 8 bytes, with a set as the judge when longer values' keys collide."""
    count = values.shape[0]
    if count < 2:
        return True
    width = 8 * max(-(-values.dtype.itemsize // 8), 1)
    padded = np.zeros((count, width), dtype=np.uint8)
    padded[:, : values.dtype.itemsize] = values.view(np.uint8).reshape(count, -1)
    keys = _row_keys(padded.view(np.uint64))
    keys.sort()
    if not np.any(keys[1:] == keys[:-1]):
        return True
    return width > 8 and len(set(values.tolist())) == count


def _byte_chunk(block: bytes, width: int, line: int) -> ByteChunk | None:
    if not block.isascii() or b'"' in block or b"\r" in block or b"\0" in block:
        return None
    data = np.frombuffer(block + bytes(PADDING), dtype=np.uint8)
    body = data[: len(block)]
    separators = np.flatnonzero((body == COMMA) | (body == NEWLINE))
    rows, extra = divmod(separators.size, width)
    if extra or not rows:
        return None
    newlines = (data[separators] == NEWLINE).reshape(rows, width)
    if not newlines[:, -1].all() or np.count_nonzero(newlines) != rows:
        return None
    offset_type = np.int32 if len(block) < 2**31 else np.int64
    starts = np.empty(separators.shape[0], dtype=offset_type)  # after the previous separator
    starts[0] = 0
    np.add(separators[:-1], 1, out=starts[1:], casting="unsafe")
    lengths = np.subtract(separators, starts, dtype=offset_type, casting="unsafe")
    return ByteChunk(data, starts.reshape(rows, width), lengths.reshape(rows, width), line)


def _text_chunk(block: bytes, width: int, line: int) -> TextChunk:
    text = decode_bytes(block)  # UTF-8, else Windows-1252 (core.textfiles)
    text = text.replace("\r\n", "\n") if "\r" in text else text
    count = text.count("\n")
    chunk = _plain_chunk(text, count, width, line)
    return TextChunk(chunk or _csv_chunk(text, width, line, csv.excel))


def _byte_blocks(handle, size: int) -> Iterator[bytes]:
    """Blocks of whole lines, the last one completed with a newline."""
    rest = b""
    while True:
        block = handle.read(size)
        if not block:
            if rest:
                yield rest if rest.endswith(b"\n") else rest + b"\n"
            return
        block = rest + block
        cut = block.rfind(b"\n")
        if cut < 0:
            rest = block
            continue
        yield block[: cut + 1]
        rest = block[cut + 1 :]


def read_chunks(path: str | Path, chunk_bytes: int = CHUNK_BYTES):
    """(header, iterator of ByteChunk or TextChunk). Comma-separated, UTF-8 with or without BOM,
    or Windows-1252 (decided per block of lines: one that is valid UTF-8 is read as UTF-8)."""
    handle = open(path, "rb")  # noqa: SIM115 - closed by the generator
    first = handle.readline()
    first = first.removeprefix(BOM)
    if b"\r" in first.removesuffix(b"\r\n"):  # old Mac line ends: csvcolumns handles them
        handle.close()
        header, text_chunks = read_columns(path, chunk_bytes)
        return header, map(TextChunk, text_chunks)
    header = next(csv.reader([decode_bytes(first)]), [])

    def chunks() -> Iterator[ByteChunk | TextChunk]:
        with handle:
            width = len(header)
            line = 2
            for block in _byte_blocks(handle, chunk_bytes):
                chunk = _byte_chunk(block, width, line) if width else None
                chunk = chunk or _text_chunk(block, width, line)
                yield chunk
                line += len(chunk.lines) if isinstance(chunk, ByteChunk) else block.count(b"\n")

    return header, chunks()
