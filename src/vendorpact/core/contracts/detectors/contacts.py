"""Contact and role lines: who speaks for whom. One extractor feeds three checklist items.

A contract names its people in two ways: key-value lines of an order form or cover sheet
("Accountmanager: Jan Peeters", "Chef de projet : Marie Dubois", "Single point of contact:
...") and sentences ("each party appoints a primary contact", "the Supplier designates a
project manager", "the Client designates up to five administrators"). Each line is classified
by whose role it is:

- supplier: a named person or role on the supplier side (team.named_team; an account manager or
  a dedicated contact also keeps knowledge of the client: maintenance.customer_knowledge);
- governance: contact persons of both parties, an escalation role or a steering body
  (reporting.governance);
- client: key users or administrators the client designates or has trained, each party's
  liaison, the client's contact (maintenance.customer_knowledge).

Contracts that call a side by a defined name ("the Company shall appoint a liaison", "TrueLink
shall designate a project manager") are read with the aliases parties.py resolves
(party_sides.py finds those lines).

The patterns run on the lowercased blob of a Structure, once per document (cached).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.detectors.common import CLIENT, SUPPLIER
from vendorpact.core.contracts.detectors.party_sides import client_people, supplier_people
from vendorpact.core.contracts.structure import Structure, quote

TEAM = "team.named_team"
GOVERNANCE = "reporting.governance"
KNOWLEDGE = "maintenance.customer_knowledge"

DESIGNATES = (
    r"(?:shall |will |must |agrees to |undertakes to )?(?:appoint|designate|nominate|assign|"
    r"name|identify)s?"
)
DESIGNATES_NL = r"(?:duidt|duiden|wijst|wijzen|stelt|stellen|benoemt|benoemen)"
DESIGNATES_FR = r"(?:désigne|désignent|désignera|désigneront|nomme|nomment|nommera)"


@dataclass(frozen=True)
class RolePattern:
    kind: str  # supplier / governance / client
    items: tuple[str, ...]
    pattern: str


ROLE_PATTERNS = (
    # --- role words of the supplier's people ---------------------------------------------
    RolePattern(
        "supplier",
        (TEAM, KNOWLEDGE),
        r"account ?manager|responsable de compte|gestionnaire de compte|chargée? de compte|"
        r"interlocut(?:eur|rice) (?:unique|privilégiée?|dédiée?)|"
        r"son technicien",
    ),
    RolePattern(
        "supplier",
        (TEAM,),
        r"key (?:person(?:nel)?|staff|employees?)|project (?:manager|lead(?:er)?)|"
        r"single point of contact|point of contact|customer success manager|"
        r"(?:service|technical account|delivery) manager|representative:|"
        r"sleutelperso(?:on|nen)|projectleider|projectmanager|aanspreekpunt|"
        r"chef(?:fe)? de projet|personnes? clés?|responsable du projet|contact:\s*\w+",
    ),
    RolePattern(
        "supplier",
        (TEAM,),
        # the roles of a team table or a consultant's profile ("Senior functioneel consultant",
        # "Engagement lead", "Développeur : Luc Martin"); not a rate card's line ("Senior
        # analyst 100.00", "Junior consultant: € 640 per dag")
        r"(?:(?:senior|junior|medior|lead|functional|functione(?:el|le)|technical|technische?|"
        r"fonctionnel|technique)s? (?:consultant|developer|ontwikkelaar|architect|analist|"
        r"analyst|engineer|développeur|architecte)s?\b|engagement (?:lead|manager|partner))"
        r"(?![\s:|–-]{0,5}(?:(?:€|\$|eur|usd)\s?\d|\d[\d.,]*[.,]\d{2}\b))|"
        # ("Developer:" and "Consultant:" also name a party of a development or consulting
        # agreement)
        r"(?:ontwikkelaar|développeur|architecte?|analist|analyst|technicus|technician|"
        r"team ?lead)\s*:\s*[a-zà-ÿ][\w'-]+ [a-zà-ÿ]",
    ),
    RolePattern("supplier", (TEAM, GOVERNANCE), r"contact ?person|contactpersoon|liaison"),
    RolePattern("governance", (TEAM, GOVERNANCE, KNOWLEDGE), r"relationship managers?"),
    RolePattern(
        "supplier",
        (KNOWLEDGE,),
        r"dedicated (?:contact|engineer|team|support)|named (?:contact|engineer)|"
        r"vaste (?:contactpersoon|technicus|medewerker)|technicien (?:dédié|attitré)",
    ),
    # --- governance roles and bodies ------------------------------------------------------
    RolePattern(
        "governance",
        (GOVERNANCE,),
        r"steering committee|escalation (?:path|procedure|process|contact|manager|point)|"
        r"general managers?|stuurgroep|escalatie|contactpersonen|servicemanager|"
        r"comité de (?:pilotage|suivi)|escalade|interlocut(?:eur|rice)s?",
    ),
    # --- sentences that appoint a contact -------------------------------------------------
    RolePattern(
        "governance",
        (TEAM, GOVERNANCE),
        r"(?:each|either|both) part(?:y|ies) " + DESIGNATES + r" (?:a |an |one |its |their )?"
        r"(?:[\w-]+ ){0,2}(?:contacts?|representatives?|coordinators?)\b",
    ),
    RolePattern(
        "governance",
        (TEAM, GOVERNANCE),
        r"(?:elke|iedere|beide) partij(?:en)? " + DESIGNATES_NL + r" [^.\n]{0,40}"
        r"(?:contactpersoon|aanspreekpunt|vertegenwoordiger|coördinator|verantwoordelijke)",
    ),
    RolePattern(
        "governance",
        (TEAM, GOVERNANCE),
        r"(?:chaque|chacune des) parties? " + DESIGNATES_FR + r" [^.\n]{0,40}"
        r"(?:interlocuteur|représentant|correspondant|responsable|coordinateur)",
    ),
    RolePattern(
        "supplier",
        (TEAM,),
        SUPPLIER + r" " + DESIGNATES + r" (?:a |an |one )?(?:dedicated |named |qualified )?"
        r"(?:[\w-]+ )?(?:project manager|account manager|contact|engineer|consultant|"
        r"coordinator|team leader)",
    ),
    RolePattern(
        "supplier",
        (TEAM,),
        SUPPLIER + r" " + DESIGNATES_NL + r" [^.\n]{0,40}(?:consultant|technicus|coördinator)",
    ),
    # --- the client's own people ----------------------------------------------------------
    RolePattern(
        "client",
        (KNOWLEDGE,),
        CLIENT + r" " + DESIGNATES + r" (?:up to |at most |a maximum of |one or more |"
        r"(?:\w+ )?(?:\(\d+\) )?)?(?:\w+ )?(?:administrators?|key[- ]users?|super[- ]?users?|"
        r"power users?)",
    ),
    RolePattern(
        "client",
        (KNOWLEDGE,),
        r"(?:opdrachtgever|klant|afnemer) " + DESIGNATES_NL + r" [^.\n]{0,40}"
        r"(?:beheerders?|sleutelgebruikers?|key-?users?|superusers?)",
    ),
    RolePattern(
        "client",
        (KNOWLEDGE,),
        r"client " + DESIGNATES_FR + r" [^.\n]{0,40}"
        r"(?:administrateurs?|utilisateurs? clés?|référents?|key[- ]users?)",
    ),
    RolePattern(
        "client",
        (KNOWLEDGE,),
        r"(?:train(?:s|ing)?|opleiding van|opleiden van|formation des|forme les) (?:the |its |de |"
        r"les )?(?:client's |customer's )?(?:administrators|key[- ]users|super[- ]?users|"
        r"beheerders|sleutelgebruikers|administrateurs|utilisateurs clés|référents)",
    ),
)

ANCHORED = tuple(AnchoredPattern(role.pattern) for role in ROLE_PATTERNS)
# the client's own contact or key users, each party's liaison, "the point of contact of the
# Company"; the supplier appointing a named role under its alias ("TrueLink shall designate a
# project manager"): found by party_sides.py, the pattern is theirs
CLIENT_BY_ALIAS = RolePattern("client", (KNOWLEDGE,), "")
SUPPLIER_BY_ALIAS = RolePattern("supplier", (TEAM,), "")

# a key-value line: the role key right before a separator and a name ("Accountmanager: Jan
# Peeters"); a word right before a colon is the next key ("... Jan Peeters Projectleider: ...")
VALUE_WORD = r"[^\s:,;|]+(?![^\s:]*\s*:)"
KEY_VALUE = re.compile(
    r"\s*(?:\([^)|:]{0,30}\)\s*)?[:|–—]\s*(?P<name>" + VALUE_WORD + r"(?: " + VALUE_WORD
    + r"){0,3})"
)  # fmt: skip
NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?: (?:van |de |der |le |la )?[A-ZÀ-Ý][\w'’-]+){1,3}")


@dataclass(frozen=True)
class ContactLine:
    index: int  # sentence index in the structure
    kind: str  # supplier / governance / client
    items: tuple[str, ...]
    role: str  # the matched words, lowercased
    name: str  # the person named on a key-value line ("" when none)
    evidence: dict  # page, clause, text


def find_contacts(structure: Structure) -> list[ContactLine]:
    """Every contact or role line of the document, in text order (computed once)."""
    cached = structure.cache.get("contacts")
    if cached is None:
        cached = [line for _start, line in sorted(_contact_lines(structure), key=_offset)]
        structure.cache["contacts"] = cached
    return cached


def _offset(found: tuple[int, ContactLine]) -> int:
    return found[0]


def _contact_lines(structure: Structure) -> list[tuple[int, ContactLine]]:
    """(offset in the blob, line) for every match of every role pattern, and the people each
    side appoints under the document's own alias for it (party_sides.py)."""
    lines = []
    for role, anchored in zip(ROLE_PATTERNS, ANCHORED, strict=True):
        for start in sorted(set(anchored.match_starts(structure.blob, structure.vocabulary))):
            index = structure.sentence_at(start)
            match = anchored.regex.match(structure.blob, start)
            words = match.group(0) if match else ""
            lines.append((start, _line(structure, index, role, words, start)))
    for role, found in ((CLIENT_BY_ALIAS, client_people), (SUPPLIER_BY_ALIAS, supplier_people)):
        for start, words in found(structure):
            lines.append(
                (start, _line(structure, structure.sentence_at(start), role, words, start))
            )
    return lines


def _line(structure: Structure, index: int, role: RolePattern, words: str, start: int):
    sentence = structure.sentences[index]
    offset = start - structure.starts[index]
    return ContactLine(
        index=index,
        kind=role.kind,
        items=role.items,
        role=words,
        name=_named_person(sentence.text[offset + _key_length(words) :]),
        evidence={"page": sentence.page, "clause": sentence.clause, "text": quote(sentence)},
    )


def _key_length(words: str) -> int:
    """Length of the role key in the matched words ("contact: tom" -> "contact")."""
    colon = words.find(":")
    return colon if colon >= 0 else len(words)


def _named_person(text_after_key: str) -> str:
    """The name after the role key on a key-value line ("Accountmanager: Jan Peeters")."""
    value = KEY_VALUE.match(text_after_key)
    if value is None:
        return ""
    name = NAME.match(value.group("name"))
    return name.group(0) if name else ""


def contact_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Cue weights per sentence for one item: 1.0 for each contact line feeding it."""
    weights: dict[int, list[float]] = {}
    for line in find_contacts(structure):
        if item_id in line.items:
            weights.setdefault(line.index, []).append(1.0)
    return weights
