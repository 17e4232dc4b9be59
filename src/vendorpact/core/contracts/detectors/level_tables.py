"""Rows of a service level table: cue weights for the availability and service credit rules.

As with service times (service_times.py), the table names the topic once, in its header
("Dienst | Beschikbaarheid | Compensatie", "Service | Uptime | Service credit"), and gives the
commitment in its rows ("Hosting | 99,9% per maand | 5% van de maandprijs"). A row counts for
an item when the header cell above one of its cells heads that item's column and the cell holds
a figure (a percentage for availability; a percentage, an amount or a number for a credit),
unless the header or the sentence that leads into the table hedges. Found once per document.
"""

from __future__ import annotations

import re

from vendorpact.core.contracts.detectors.column_rows import rows_per_item
from vendorpact.core.contracts.detectors.common import AMOUNT, PERCENT
from vendorpact.core.contracts.structure import Structure

AVAILABILITY = "maintenance.availability"
CREDITS = "maintenance.service_credits"
_AVAILABILITY = r"\b(?:beschikbaarheid|availability|uptime|disponibilité)\b"
_COLUMNS = {
    AVAILABILITY: re.compile(_AVAILABILITY),
    CREDITS: re.compile(
        r"\b(?:service ?credits?|servicecredits?|sla[- ]?(?:credits?|korting)|crédits? de "
        r"service|compensati\w*|credits?|korting|boete|pénalités?|penalt(?:y|ies)|refunds?|"
        r"avoirs?|remboursements?)\b"
    ),
}
# a credit, discount or penalty column counts only in a table of service levels (not a price
# list's discount, a prepaid card's credits or a planning's delay penalty), unless it says so
_EXPLICIT_CREDIT = re.compile(
    r"service ?credit|servicecredit|sla[- ]?(?:credit|korting)|crédits? de service"
)
_SERVICE_LEVEL_HEADER = re.compile(
    _AVAILABILITY + r"|\b(?:response|resolution|reactie|oplos|herstel|rétablissement|"
    r"résolution|service level|serviceniveau|niveau de service|sla)\w*"
)
_FIGURES = {
    AVAILABILITY: re.compile(PERCENT),
    CREDITS: re.compile(PERCENT + "|" + AMOUNT + r"|\d"),
}


def _column_item(header_cell: str, header: str) -> str | None:
    found = [item for item, pattern in _COLUMNS.items() if pattern.search(header_cell)]
    if len(found) != 1:
        return None
    if found[0] == CREDITS and not (
        _EXPLICIT_CREDIT.search(header_cell) or _SERVICE_LEVEL_HEADER.search(header)
    ):
        return None
    return found[0]


def _holds_figure(item_id: str, cell: str) -> bool:
    return bool(_FIGURES[item_id].search(cell))


def level_table_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Cue weights per sentence for one item: 1.0 for each table row that gives its level."""
    rows = rows_per_item(
        structure, "service_level_rows", (AVAILABILITY, CREDITS), _column_item, _holds_figure
    )
    return {index: [1.0] for index in rows.get(item_id, [])}
