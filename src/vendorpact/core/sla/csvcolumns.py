"""Read a CSV file as chunks of columns, fast.

A chunk of plain lines (no quote character, every line with the header's number of fields) is
split in one ``str.split`` and sliced into columns at C speed; any other chunk goes through the
``csv`` module. Line numbers assume one physical line per record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vendorpact.core.textfiles import detect_encoding

CHUNK_BYTES = 4 << 20


@dataclass
class ColumnChunk:
    columns: list[list[str]]  # one list per header column, equal lengths
    lines: list[int] | range  # line number (1 = header) of each row
    short_lines: list[int] = field(default_factory=list)  # non-blank rows with too few fields

    def __len__(self) -> int:
        return len(self.lines)


def _text_blocks(handle: io.TextIOBase, size: int) -> Iterator[str]:
    """Blocks of whole lines."""
    rest = ""
    while True:
        block = handle.read(size)
        if not block:
            if rest:
                yield rest if rest.endswith("\n") else rest + "\n"
            return
        block = rest + block
        cut = block.rfind("\n")
        if cut < 0:
            rest = block
            continue
        yield block[: cut + 1]
        rest = block[cut + 1 :]


def _plain_chunk(text: str, count: int, width: int, first_line: int) -> ColumnChunk | None:
    if '"' in text:
        return None
    flat = text[:-1].replace("\n", ",").split(",")
    if len(flat) != count * width:
        return None
    columns = [flat[i::width] for i in range(width)]
    return ColumnChunk(columns, range(first_line, first_line + count))


def _csv_chunk(text: str, width: int, first_line: int, dialect) -> ColumnChunk:
    rows, lines, short = [], [], []
    for offset, row in enumerate(csv.reader(io.StringIO(text), dialect)):
        if len(row) >= width:
            rows.append(row[:width])
            lines.append(first_line + offset)
        elif any(cell.strip() for cell in row):
            short.append(first_line + offset)
    columns = (
        [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]
    )
    return ColumnChunk(columns, lines, short)


def read_columns(path: str | Path, chunk_bytes: int = CHUNK_BYTES):
    """(header, iterator of ColumnChunk). Comma-separated, UTF-8 with or without BOM."""
    handle = open(path, encoding=detect_encoding(path), newline="")  # noqa: SIM115 - closed by the generator
    header = next(csv.reader([handle.readline()]), [])

    def chunks() -> Iterator[ColumnChunk]:
        with handle:
            width = len(header)
            line = 2
            for block in _text_blocks(handle, chunk_bytes):
                text = block.replace("\r\n", "\n") if "\r" in block else block
                count = text.count("\n")
                chunk = _plain_chunk(text, count, width, line)
                yield chunk or _csv_chunk(text, width, line, csv.excel)
                line += count

    return header, chunks()
