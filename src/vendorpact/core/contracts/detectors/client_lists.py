"""The client's part as a list under a short line of its own that names the client's side ("De
votre côté", "À prévoir de votre côté", "Wat ik van jullie nodig heb", "On your side:"): each
item of the list is what the client must deliver or do (a source for timing.client_obligations).

The line must stand alone (the end of a line right after it, a colon allowed) and the list must
follow at once: "De votre côté, aucune action n'est requise" is a sentence, not a heading, and
"De notre côté" or "Wat wij doen" is the supplier's part.
"""

from __future__ import annotations

import re

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.structure import Structure

# the client by its name, not the supplier by its role
_NOT_SUPPLIER = (
    r"(?!leverancier|opdrachtnemer|dienstverlener|aannemer|prestataire|fournisseur|supplier|"
    r"vendor|provider|contractor)"
)
CLIENT_SIDE_HEADING = AnchoredPattern(
    r"(?:\bà (?:prévoir|fournir|faire) (?:de votre côté|par (?:vos soins|le client|vous))|"
    r"\bde votre (?:côté|part)|"
    # "À votre charge", "À charge du client" as a line of its own (not "les frais sont à votre
    # charge", which is a cost inside a sentence)
    r"\bà (?:votre charge|(?:la )?charge du client)|"
    # "À charge de l'hôtel", the client by its own name (not the supplier's side)
    r"\bà charge (?:de l'|du |de la )(?!(?:adjudicataire|titulaire|installateur|vendeur|"
    r"intégrateur)\b)" + _NOT_SUPPLIER + r"[\w-]+|"
    r"\bce (?:que|dont) nous (?:attendons|avons besoin|aurons besoin) (?:de (?:vous|votre part|"
    r"la "
    + _NOT_SUPPLIER
    + r"[\w-]+|l'"
    + _NOT_SUPPLIER
    + r"[\w-]+)|du "
    + _NOT_SUPPLIER
    + r"[\w-]+)|"
    r"\bvan (?:jullie|uw|je|de klant)(?:s)? kant|"
    # ... or from the client by its name: "Wat wij van de bibliotheek nodig hebben, uiterlijk
    # twee weken vóór de installatie:", "4. WAT WIJ VAN DE SCHOOL VERWACHTEN"
    r"\bwat (?:ik|we|wij) van (?:u|jullie|je|(?:de|het) " + _NOT_SUPPLIER + r"[\w-]+) (?:nodig "
    r"(?:heb|hebben)|"
    r"verwacht(?:en)?|vraag|vragen)(?:,[^\n:]{0,60})?|"
    r"\bwat (?:u|jullie|je) (?:zelf )?(?:voorziet|voorzien|regelt|regelen|aanlevert|aanleveren|"
    r"doet|doen)|"
    r"\bon your (?:side|end)|\byour (?:part|side|to-dos?|tasks)|"
    r"\bwhat (?:we|i) (?:need|require|expect) from (?:you|the " + _NOT_SUPPLIER + r"[\w-]+))"
    r"[ \t]*:?[ \t]*\n"
)
# the items of the list that follows: "- ...", "• ...", "1. ...", "a) ...", "b. ..."
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)]|[a-z][.)])[ \t]+[^\n]*(?:\n|$)")
MAX_ITEMS = 12


def client_list_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Cue weight 1.0 for each list item under a line naming the client's side."""
    cached = structure.cache.get("client_lists")
    if cached is None:
        cached = {}
        blob = structure.blob
        for start in CLIENT_SIDE_HEADING.match_starts(blob, structure.vocabulary):
            if not _opens_line(blob, start):
                continue  # inside a sentence, not a line of its own
            match = CLIENT_SIDE_HEADING.regex.match(blob, start)
            for offset in client_list_items(blob, match.end()):
                cached.setdefault(structure.sentence_at(offset), [1.0])
        structure.cache["client_lists"] = cached
    return cached


_CLAUSE_PREFIX = re.compile(r"[\d.]*\s*")


def _opens_line(blob: str, start: int) -> bool:
    """Whether `start` opens its line, after a clause number at most ("4. wat wij ...")."""
    line_start = blob.rfind("\n", 0, start) + 1
    return start - line_start <= 8 and bool(_CLAUSE_PREFIX.fullmatch(blob, line_start, start))


def client_list_items(blob: str, offset: int) -> list[int]:
    """Offsets of the list items right after `offset` (up to MAX_ITEMS)."""
    found = []
    while len(found) < MAX_ITEMS:
        item = _LIST_ITEM.match(blob, offset)
        if item is None or item.end() == offset:
            break
        found.append(offset + len(item.group(0)) - len(item.group(0).lstrip()))
        offset = item.end()
    return found
