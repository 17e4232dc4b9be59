"""A heading over a list: the items under an exclusion that leads them in ("Niet inbegrepen:",
"Out of scope:", "Ne sont pas compris :", "Hors périmètre :") are excluded too, so that an
exclusion list does not read as scope (partial.exclusion_sentences adds them)."""

from __future__ import annotations

import re

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.structure import Structure

# a lead-in to what the price or the work leaves out: "Out of scope:", "Buiten scope:", "Hors
# périmètre :" as a line of its own ("work out of scope is billed at EUR 95:" is no exclusion)
OUT_OF_SCOPE_LEAD_IN = AnchoredPattern(
    r"\b(?:out of scope|outside (?:the )?scope|not in scope|buiten (?:de )?scope|"
    r"buiten de opdracht|hors (?:du )?(?:périmètre|champ)|hors forfait)\b[^\n:]{0,30} ?:(?=\n|$)"
)
_LISTED = re.compile(r"(?:[-–•*▪◦]|\(?[a-z0-9]{1,3}[.)])\s")
MAX_LISTED = 12


def excluded_list_items(structure: Structure, exclusions: set[int]) -> set[int]:
    """The list items under the exclusions that end in a colon and under an out-of-scope line."""
    blob = structure.blob
    lead_ins = exclusions | {
        structure.sentence_at(start)
        for start in OUT_OF_SCOPE_LEAD_IN.match_starts(blob, structure.vocabulary)
        if start == 0 or blob[start - 1] == "\n"  # a line of its own
    }
    return {item for index in lead_ins for item in _listed_under(structure, index)}


def _listed_under(structure: Structure, index: int) -> list[int]:
    """The list items right under sentence `index` when it leads them in with a colon."""
    if not structure.lowered(index).endswith(":"):
        return []
    items = []
    for following in range(index + 1, min(index + 1 + MAX_LISTED, len(structure.starts))):
        if not _LISTED.match(structure.lowered(following)):
            break
        items.append(following)
    return items
