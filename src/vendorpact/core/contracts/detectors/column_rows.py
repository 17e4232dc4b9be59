"""Rows of a table whose header names an item's column: the rows under "Prio | Responstijd |
Hersteltijd" or "Service | Uptime | Service credit" commit to that item although no cue word
stands in them. Shared by service_times.py and level_tables.py, which say which header cell heads
which item and which cell holds that item's figure. A row counts for an item when the nearest
header row above it with such a column heads one of its cells and that cell holds the figure,
unless the header or the sentence that leads into the table hedges (partial.py's shared
definition): the hedged sentence then decides. Found once per document (cached on the structure).
"""

from __future__ import annotations

from collections.abc import Callable

from vendorpact.core.contracts.detectors.partial import vague_sentences
from vendorpact.core.contracts.structure import Structure
from vendorpact.core.contracts.tables import (
    LoweredTexts,
    aligned_header,
    cells,
    row_indices,
    rows_above,
)

# (header cell, whole header row) -> the item that column heads, or None
ColumnItem = Callable[[str, str], str | None]
# (item id, cell) -> whether the cell holds that item's figure
CellHolds = Callable[[str, str], bool]


def row_items(
    structure: Structure,
    texts: LoweredTexts,
    index: int,
    column_item: ColumnItem,
    cell_holds: CellHolds,
) -> set[str]:
    """The items whose column holds their figure in row `index`."""
    row = texts[index]
    hedged = vague_sentences(structure)
    for position, header in rows_above(structure, texts, index):
        header_cells = aligned_header(header, row)
        if header_cells is None:
            continue
        columns = [column_item(cell, header) for cell in header_cells]
        if not any(columns):
            continue
        if position in hedged or (position - 1) in hedged:
            return set()
        return {
            column
            for column, cell in zip(columns, cells(row), strict=False)
            if column is not None and cell_holds(column, cell)
        }
    return set()


def rows_per_item(
    structure: Structure,
    cache_key: str,
    item_ids: tuple[str, ...],
    column_item: ColumnItem,
    cell_holds: CellHolds,
) -> dict[str, list[int]]:
    """The table rows that commit to each item, found once per document."""
    cached = structure.cache.get(cache_key)
    if cached is None:
        cached = {item_id: [] for item_id in item_ids}
        texts = LoweredTexts(structure)
        for index in row_indices(structure):
            for item_id in row_items(structure, texts, index, column_item, cell_holds):
                cached[item_id].append(index)
        structure.cache[cache_key] = cached
    return cached
