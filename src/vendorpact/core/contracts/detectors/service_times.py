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

from vendorpact.core.contracts.detectors.column_rows import rows_per_item
from vendorpact.core.contracts.detectors.common import DURATION
from vendorpact.core.contracts.figures_sla import RESOLUTION_COLUMN, RESPONSE_COLUMN
from vendorpact.core.contracts.structure import Structure

RESPONSE = "maintenance.response_time"
RESOLUTION = "maintenance.resolution_time"
# "prise en compte" heads the response column of many French SLA tables
_RESPONSE_HEADER = re.compile(RESPONSE_COLUMN.pattern + r"|prise en compte")
_DURATION = re.compile(DURATION)


def _column_item(header_cell: str, header: str) -> str | None:
    response = bool(_RESPONSE_HEADER.search(header_cell))
    resolution = bool(RESOLUTION_COLUMN.search(header_cell))
    if response and not resolution:
        return RESPONSE
    if resolution and not response:
        return RESOLUTION
    return None


def _holds_duration(item_id: str, cell: str) -> bool:
    return bool(_DURATION.search(cell))


def time_table_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Cue weights per sentence for one item: 1.0 for each table row that gives its time."""
    rows = rows_per_item(
        structure, "service_time_rows", (RESPONSE, RESOLUTION), _column_item, _holds_duration
    )
    return {index: [1.0] for index in rows.get(item_id, [])}
