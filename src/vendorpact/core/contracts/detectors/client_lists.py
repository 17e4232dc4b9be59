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

CLIENT_SIDE_HEADING = AnchoredPattern(
    r"(?:\bà (?:prévoir|fournir|faire) (?:de votre côté|par (?:vos soins|le client|vous))|"
    r"\bde votre (?:côté|part)|"
    # "À votre charge", "À charge du client" as a line of its own (not "les frais sont à votre
    # charge", which is a cost inside a sentence)
    r"\bà (?:votre charge|(?:la )?charge du client)|"
    # "À charge de l'hôtel", the client by its own name (not the supplier's side)
    r"\bà charge (?:de l'|du |de la )(?!(?:prestataire|fournisseur|adjudicataire|titulaire|"
    r"installateur|vendeur|intégrateur)\b)[\w-]+|"
    r"\bce (?:que|dont) nous (?:attendons|avons besoin|aurons besoin) de (?:vous|votre part)|"
    r"\bvan (?:jullie|uw|je|de klant)(?:s)? kant|"
    r"\bwat (?:ik|we|wij) van (?:u|jullie|je) (?:nodig (?:heb|hebben)|verwacht(?:en)?|vraag|"
    r"vragen)|"
    r"\bwat (?:u|jullie|je) (?:zelf )?(?:voorziet|voorzien|regelt|regelen|aanlevert|aanleveren|"
    r"doet|doen)|"
    r"\bon your (?:side|end)|\byour (?:part|side|to-dos?|tasks)|"
    r"\bwhat (?:we|i) (?:need|require|expect) from you)"
    r"[ \t]*:?[ \t]*\n"
)
# the start of a line, a section number allowed: "5. À charge de l'hôtel"
_LINE_START = re.compile(r"(?:^|\n)(?:\d{1,2}[.)] )?$")
# the items of the list that follows: "- ...", "• ...", "1. ...", "a) ..."
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)]|[a-z]\))[ \t]+[^\n]*(?:\n|$)")
MAX_ITEMS = 12


def client_list_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Cue weight 1.0 for each list item under a line naming the client's side."""
    cached = structure.cache.get("client_lists")
    if cached is None:
        cached = {}
        blob = structure.blob
        for start in CLIENT_SIDE_HEADING.match_starts(blob, structure.vocabulary):
            if start and not _LINE_START.search(blob, max(0, start - 5), start):
                continue  # inside a sentence, not a line of its own
            match = CLIENT_SIDE_HEADING.regex.match(blob, start)
            for offset in _list_items(blob, match.end()):
                cached.setdefault(structure.sentence_at(offset), [1.0])
        structure.cache["client_lists"] = cached
    return cached


def _list_items(blob: str, offset: int) -> list[int]:
    """Offsets of the list items right after `offset` (up to MAX_ITEMS)."""
    found = []
    while len(found) < MAX_ITEMS:
        item = _LIST_ITEM.match(blob, offset)
        if item is None or item.end() == offset:
            break
        found.append(offset + len(item.group(0)) - len(item.group(0).lstrip()))
        offset = item.end()
    return found
