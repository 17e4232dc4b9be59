"""Rows of a table of service times: cue weights for the response and resolution time rules.

A service level table names the topic once, in its header ("Prio | Voorbeeld | Responstijd |
Hersteltijd", "Priorité | Délai de prise en compte | Délai de correction"), and gives the
commitment in its rows ("1 | Dienst onbereikbaar | 30 minuten | 4 uur"). The rule's cue words
stand only in the header, which has no figure; the rows have figures but no cue. A row counts
for an item when the header cell above one of its cells heads that item's column and that cell
holds a duration, unless the header or the sentence that leads into the table hedges
("Target response time", "will use reasonable efforts to respond within the times below":
partial.py's shared definition): the hedged sentence then decides, as partial. Found once per
document (cached on the structure).
"""

from __future__ import annotations

import re

from vendorpact.core.contracts.detectors.common import DURATION
from vendorpact.core.contracts.detectors.partial import vague_sentences
from vendorpact.core.contracts.figures_sla import RESOLUTION_COLUMN, RESPONSE_COLUMN
from vendorpact.core.contracts.structure import Structure
from vendorpact.core.contracts.tables import (
    LoweredTexts,
    aligned_header,
    cells,
    row_indices,
    rows_above,
)

RESPONSE = "maintenance.response_time"
RESOLUTION = "maintenance.resolution_time"
# "prise en compte" heads the response column of many French SLA tables
_RESPONSE_HEADER = re.compile(RESPONSE_COLUMN.pattern + r"|prise en compte")
_DURATION = re.compile(DURATION)


def _column_item(header_cell: str) -> str | None:
    response = bool(_RESPONSE_HEADER.search(header_cell))
    resolution = bool(RESOLUTION_COLUMN.search(header_cell))
    if response and not resolution:
        return RESPONSE
    if resolution and not response:
        return RESOLUTION
    return None


def _row_items(structure: Structure, texts: LoweredTexts, index: int) -> set[str]:
    """The items whose column holds a duration in row `index` (under the nearest header row
    that names such a column)."""
    row = texts[index]
    hedged = vague_sentences(structure)
    for position, header in rows_above(structure, texts, index):
        header_cells = aligned_header(header, row)
        if header_cells is None:
            continue
        columns = [_column_item(cell) for cell in header_cells]
        if not any(columns):
            continue
        if position in hedged or (position - 1) in hedged:
            return set()
        found = set()
        for column, cell in zip(columns, cells(row), strict=False):
            if column is not None and _DURATION.search(cell):
                found.add(column)
        return found
    return set()


def _time_rows(structure: Structure) -> dict[str, list[int]]:
    cached = structure.cache.get("service_time_rows")
    if cached is None:
        cached = {RESPONSE: [], RESOLUTION: []}
        texts = LoweredTexts(structure)
        for index in row_indices(structure):
            for item_id in _row_items(structure, texts, index):
                cached[item_id].append(index)
        structure.cache["service_time_rows"] = cached
    return cached


def time_table_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Cue weights per sentence for one item: 1.0 for each table row that gives its time."""
    return {index: [1.0] for index in _time_rows(structure).get(item_id, [])}
