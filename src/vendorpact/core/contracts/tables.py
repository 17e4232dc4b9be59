"""Rows of tables written with cell separators, as DOCX and HTML tables are extracted
("Installatie | € 2.400 | ", "| P1 – Critique | 1 h ouvrée | 4 h |"): their cells, the cell a
position falls in, and the header row a row belongs to.

Each such row is a sentence of its own (see structure.is_cell_row / is_priced_row), so a
table is a run of consecutive sentences that are rows."""

from __future__ import annotations

from vendorpact.core.contracts.structure import Structure, is_cell_row

SEPARATOR = "|"
MAX_ROWS_ABOVE = 15  # a header this far above a row is another table's


def _edges(text: str) -> tuple[int, int]:
    """(leading, trailing) empty cells the outer separators of "| a | b |" make."""
    stripped = text.strip()
    return int(stripped.startswith(SEPARATOR)), int(stripped.endswith(SEPARATOR))


def cells(text: str) -> list[str]:
    """The stripped cells of a row: "| a | b |" and "a | b" both give ["a", "b"]."""
    parts = text.strip().split(SEPARATOR)
    leading, trailing = _edges(text)
    parts = parts[leading : len(parts) - trailing if trailing else None]
    return [part.strip() for part in parts]


def cell_index(text: str, position: int) -> int:
    """The index (in `cells(text)`) of the cell that holds text[position]."""
    leading, _trailing = _edges(text)
    start = len(text) - len(text.lstrip())
    return text.count(SEPARATOR, start, position) - leading


def cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each cell of `cells(text)`, in the same order."""
    bounds = [-1] + [i for i, char in enumerate(text) if char == SEPARATOR] + [len(text)]
    spans = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    leading, trailing = _edges(text)
    return spans[leading : len(spans) - trailing if trailing else None]


class LoweredTexts:
    """The lowercased sentences of a structure, indexable as rows_above expects a text list."""

    def __init__(self, structure: Structure) -> None:
        self.structure = structure

    def __getitem__(self, index: int) -> str:
        return self.structure.lowered(index)


def rows_above(structure: Structure, texts: list[str], index: int):
    """The rows of the same table above row `index`, nearest first: (index, text)."""
    position = index - 1
    while position >= 0 and index - position <= MAX_ROWS_ABOVE:
        if structure.sentences[position].is_heading or not is_cell_row(texts[position]):
            return
        yield position, texts[position]
        position -= 1


def header_shift(header: str, row: str) -> int | None:
    """What to add to a cell index of `row` to get the header's cell above it: 0, or -1 when
    the header lost its empty top-left cell; None when the two do not line up.

    A DOCX row loses an empty first or last cell to the line's trimming: a header
    "| Bronze | Silver" over "Uptime | 99 % | 99,5 %" lost its top-left cell, a row "Set-up |
    € 900 |" under "Item | One-off | Monthly" its last one (as does an HTML row "| Set-up |
    € 900 |" under "| Item | One-off | Monthly"): the cells that are left line up from the left."""
    header_cells, row_cells = cells(header), cells(row)
    header_open = header.strip().startswith(SEPARATOR)
    row_open = row.strip().startswith(SEPARATOR)
    if header_open and not row_open and len(row_cells) - len(header_cells) == 1:
        return -1
    if len(row_cells) == len(header_cells):
        return 0
    if header_open == row_open and len(row_cells) < len(header_cells):
        return 0
    return None


def aligned_header(header: str, row: str) -> list[str] | None:
    """The header's cells, one for each cell index of `row`, or None when they do not line
    up (see header_shift)."""
    shift = header_shift(header, row)
    if shift is None:
        return None
    return ([""] if shift == -1 else []) + cells(header)


def row_indices(structure: Structure) -> list[int]:
    """The sentences that are table rows, found once per document from the separators."""
    cached = structure.cache.get("table_rows")
    if cached is None:
        blob = structure.blob
        found: set[int] = set()
        position = blob.find(SEPARATOR)
        while position >= 0:
            index = structure.sentence_at(position)
            found.add(index)
            following = index + 1
            position = blob.find(
                SEPARATOR,
                structure.starts[following] if following < len(structure.starts) else len(blob),
            )
        cached = [index for index in sorted(found) if is_cell_row(structure.lowered(index))]
        structure.cache["table_rows"] = cached
    return cached
