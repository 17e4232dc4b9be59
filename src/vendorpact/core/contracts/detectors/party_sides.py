"""Obligations and people of one side, said with the document's own alias for that side.

The rules name the client with role nouns (detectors/common.py CLIENT: "the Customer shall
provide ..."). Many contracts call the client by a defined name instead ("BNL shall obtain
...", "The Company shall provide ..." where the Company is the client). parties.py resolves
those aliases once per document; the sources here run the same wording with the client's
aliases as the subject, and only for aliases that the role nouns do not already cover (so that
a sentence is not counted twice). No pass over the whole blob per alias: a pattern that starts
with the alias is tried where the blob's word index has the alias's first word; a pattern that
ends with a party ("the point of contact of <party>", "algemene voorwaarden van <party>") is a
fixed, anchored pattern whose party is checked against the aliases. The same for the
supplier's aliases: its appointed people (team.named_team) and its own terms
(risk.supplier_terms_prevail).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vendorpact.core.contracts.anchors import AnchoredPattern, matches_at_words
from vendorpact.core.contracts.detectors.client_lists import client_list_items
from vendorpact.core.contracts.detectors.common import CLIENT, SUPPLIER
from vendorpact.core.contracts.parties import resolve_parties
from vendorpact.core.contracts.structure import Structure

# "shall", "will reasonably", "shall, at its own expense," between the client and the verb;
# "at its (own, sole, own and sole) expense/cost" before the verb (ordinary contract wording:
# in 22 of the shared documents before "shall"/"will")
CLIENT_MODAL = (
    r"(?:,? at its (?:\w+ ){0,2}?(?:expense|cost)[,\s]*?)?"
    r" (?:shall|will|must|agrees to|is (?:solely )?responsible for|undertakes to)"
    r"(?:,[^,.\n]{1,40},)? (?:\w+ly )?(?:be required to )?"
)
OBLIGATION_VERBS = (
    r"(?:provide|supply|deliver|make available|furnish|cooperate|obtain|ensure|comply|"
    r"be responsible|maintain|review|approve|test|designate|appoint|grant)"
)
# present tense, as in a list of prerequisites: "the customer provides ..."
OBLIGATION_PRESENT = (
    r" (?:provides|supplies|ensures|delivers|makes available|furnishes|obtains|designates|"
    r"appoints|grants)\b"
)
OBLIGATION_NOUNS = r"(?:'s)? (?:responsibilities|obligations|cooperation|responsibility)"
# a present-tense act of the client with its deadline, in a list of what each party does: "the
# Client announces peak periods at least five working days in advance", "le Client communique
# dans les cinq jours ouvrables les accès", "de klant test vóór 1 maart" (not what the client
# receives or may do: "the Client receives a credit within 30 days")
OBLIGATION_DEADLINE = (
    r" (?:gives|sends|announces|informs|notifies|checks|tests|validates|confirms|approves|"
    r"installs|arranges|prepares|submits|completes|signs|donne|communique|transmet|vérifie|"
    r"confirme|informe|valide|teste|prépare|installe|organise|remet|livre|signe|assure|ouvre|"
    r"geeft|stuurt|test|controleert|bevestigt|informeert|keurt|valideert|installeert|regelt|"
    r"bereidt|ondertekent|ruimt|laat)\b[^.;\n]{0,80}\b(?:before|no later than|at (?:the )?latest|"
    r"at least|within|prior to|by \d|avant|au plus tard|dans (?:les|un délai)|au moins|d'ici|"
    r"vóór|uiterlijk|binnen|ten laatste|ten minste|minstens|tegen \d)"
)
# the client appointing its people: "duidt uiterlijk op 15 januari een projectleider aan",
# "wijst mevrouw X aan als contactpersoon" (not "wijst de offerte af")
DESIGNATES_NL = r"(?:duidt|wijst|benoemt)\b(?=[^;\n]{0,80}? aan\b)"
OBLIGATION_NL = (
    r" (?:zal|zorgt|verstrekt|verschaft|bezorgt|levert|stelt|draagt zorg|is verantwoordelijk|"
    r"verplicht zich|verbindt zich|dient|moet|voorziet|engageert zich|verleent|"
    + DESIGNATES_NL
    + r")"
)
OBLIGATION_FR = (
    r" (?:s'engage|devra|doit|fournira|fournit|met à (?:la )?disposition|mettra à (?:la )?"
    r"disposition|est tenu|est responsable|veille|veillera|désigne|désignera|donne accès|"
    r"obtient (?:l'autorisation|les autorisations|l'accord|les permis))"
)
# the role nouns the rules already read as the client (timing_team.py, contacts.py)
_COVERED = re.compile(CLIENT + r"|bénéficiaire|donneur d'ordre")

# the client's own people: "the Company shall appoint a liaison", "BNL designates a key user"
_DESIGNATES = (
    r" (?:shall |will |must |agrees to |undertakes to )?(?:appoint|designate|nominate|name|"
    r"identify)s?\b|(?: duidt| wijst| benoemt)\b|(?: désigne| désignera| nomme)\b"
)
CLIENT_PEOPLE = (
    r"(?:liaison|contact|representative|coordinator|key[- ]?users?|super[- ]?users?|"
    r"administrators?|project manager|contactpersoon|aanspreekpunt|sleutelgebruiker|"
    r"beheerder|interlocuteur|référent|correspondant)"
)


def subject(aliases: tuple[str, ...]) -> str:
    """A pattern for the aliases as a sentence's subject (matched where an alias starts)."""
    names = "|".join(re.escape(alias) for alias in aliases)
    return r"(?:" + names + r")\b"


# the party at the end of a fixed phrase: "of the Company", "van Netlinq BV", "de la société X"
_PARTY_AFTER = r" (?:la société |de la société |the |de |het |la |le |l')?(?P<party>[\w-]+)"


# The wording after an alias as the subject: the client-obligation wording of timing_team.py
# (en/nl/fr, one alternation), the client appointing its own contact or key users, the supplier
# appointing a named role ("TrueLink shall designate a project manager"). Each is compiled once
# for all documents; only the aliases are a pattern of the document's own (subject_regex, a short
# one).
OBLIGATION_AFTER_ALIAS = (
    r"(?:" + CLIENT_MODAL + OBLIGATION_VERBS + r"|" + OBLIGATION_PRESENT + r"|" + OBLIGATION_NOUNS
    + r"|" + OBLIGATION_NL + r"|" + OBLIGATION_FR + r"|" + OBLIGATION_DEADLINE + r")"
)  # fmt: skip
PEOPLE_AFTER_ALIAS = r"(?:" + _DESIGNATES + r")[^.;\n]{0,50}?\b" + CLIENT_PEOPLE


@lru_cache(maxsize=256)
def subject_regex(aliases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(subject(aliases))


_BOUNDARY = re.compile(r"\b")


def alias_match_end(text: str, start: int, aliases: tuple[str, ...], after: str) -> int | None:
    """Where re.compile(subject(aliases) + after).match(text, start) would end (None: no
    match): each alias in turn, as re tries the alternatives, then the boundary and `after`."""
    for alias in aliases:
        end = start + len(alias)
        if text.startswith(alias, start) and _BOUNDARY.match(text, end):
            match = re.compile(after).match(text, end)
            if match is not None:
                return match.end()
    return None


# each party, the client included, appoints its own contact: "each Party shall appoint a
# manager to act as liaison", "elke partij duidt een contactpersoon aan"
EACH_PARTY_PEOPLE = AnchoredPattern(
    r"\b(?:each|either|both) part(?:y|ies)" + _DESIGNATES + r"[^.;\n]{0,60}?\b" + CLIENT_PEOPLE
    + r"|\b(?:elke|iedere|beide) partij(?:en)?" + _DESIGNATES + r"[^.;\n]{0,60}?" + CLIENT_PEOPLE
    + r"|\b(?:chaque|chacune des) parties?" + _DESIGNATES + r"[^.;\n]{0,60}?" + CLIENT_PEOPLE
)  # fmt: skip
# a contact of a party: "the point of contact of the Company"; the party is checked
CONTACT_OF = AnchoredPattern(
    r"\b(?:point of contact|contact person|liaison|representative|key users?|"
    r"contactpersoon|aanspreekpunt|interlocuteur|référent) (?:of|for|van|voor|de|du|chez)"
    + _PARTY_AFTER
)
# responsibilities of a party: "responsibilities of HMI", "verplichtingen van Dewitte"
OBLIGATIONS_OF = AnchoredPattern(
    r"\b(?:responsibilit(?:y|ies)|obligations|verplichtingen|verantwoordelijkheid|"
    r"medewerking) (?:of|van|de|du)" + _PARTY_AFTER
)
# the supplier's own general terms: "algemene voorwaarden van Netlinq", "conditions générales
# de la société Infogest". Not in English: "X's terms and conditions" is as often a
# conflict clause that puts this agreement first as a clause that makes X's terms apply.
TERMS_OF = AnchoredPattern(
    r"\b(?:algemene (?:verkoops?|leverings)?voorwaarden|conditions générales(?: de vente)?) "
    r"(?:van|de|d')" + _PARTY_AFTER
)

# the role nouns the rules already read as the supplier (contacts.py, risks.py)
_SUPPLIER_COVERED = re.compile(SUPPLIER + r"|licensor|seller|developer")
SUPPLIER_PEOPLE = (
    r"(?:project manager|account manager|contact|engineer|consultant|coordinator|team leader|"
    r"projectleider|contactpersoon|aanspreekpunt|chef de projet|interlocuteur)"
)


SUPPLIER_PEOPLE_AFTER_ALIAS = r"(?:" + _DESIGNATES + r")[^.;\n]{0,40}?\b" + SUPPLIER_PEOPLE


def client_aliases(structure: Structure) -> tuple[str, ...]:
    """The client's aliases that the role nouns do not already cover ("company", "bnl")."""
    parties = resolve_parties(structure)
    return tuple(alias for alias in parties.client if not _COVERED.fullmatch(alias))


def supplier_aliases(structure: Structure) -> tuple[str, ...]:
    """The supplier's aliases that the role nouns do not already cover ("truelink", "hdi")."""
    parties = resolve_parties(structure)
    return tuple(alias for alias in parties.supplier if not _SUPPLIER_COVERED.fullmatch(alias))


_FIRST_WORD = re.compile(r"\w+")


def alias_starts(structure: Structure, after: str, aliases: tuple[str, ...]):
    """Offsets where one of the aliases starts, followed by `after` (the places come from the
    blob's word index)."""
    firsts = [match.group(0) for match in map(_FIRST_WORD.match, aliases) if match]
    regex = subject_regex(aliases)
    for match in matches_at_words(structure.blob, structure.vocabulary, regex, firsts):
        if alias_match_end(structure.blob, match.start(), aliases, after) is not None:
            yield match.start()


def of_party_starts(structure: Structure, pattern: AnchoredPattern, aliases: tuple[str, ...]):
    """Offsets where a fixed phrase names one of the aliases as its party."""
    if not aliases:
        return
    firsts = {alias.split()[0] for alias in aliases}
    for start in pattern.match_starts(structure.blob, structure.vocabulary):
        match = pattern.regex.match(structure.blob, start)
        if match is not None and match.group("party") in firsts:
            yield start


def _weights(structure: Structure, key: str, *found) -> dict[int, list[float]]:
    """Cue weight 1.0 for each sentence holding one of the offsets (cached per document)."""
    cached = structure.cache.get(key)
    if cached is None:
        cached = {}
        for starts in found:
            for start in starts():
                cached.setdefault(structure.sentence_at(start), [1.0])
        structure.cache[key] = cached
    return cached


def client_obligation_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Sentences where the client, by its alias, must deliver or do something (a source for
    timing.client_obligations)."""
    aliases = client_aliases(structure)
    return _weights(
        structure,
        "client_obligations",
        lambda: alias_starts(structure, OBLIGATION_AFTER_ALIAS, aliases) if aliases else (),
        lambda: of_party_starts(structure, OBLIGATIONS_OF, aliases),
        lambda: _under_client_heading(structure, aliases),
        lambda: _under_client_lead_in(structure, aliases),
    )


MAX_UNDER_HEADING = 8


def _under_client_heading(structure: Structure, aliases: tuple[str, ...]):
    """Sentences under a heading that names the client's part by its alias ("Artikel 7 -
    Verplichtingen van Zorgzaam", "Responsibilities of HMI"): each is the client's act."""
    sentences = structure.sentences
    for start in of_party_starts(structure, OBLIGATIONS_OF, aliases):
        index = structure.sentence_at(start)
        if not sentences[index].is_heading:
            continue
        for following in range(index + 1, min(index + 1 + MAX_UNDER_HEADING, len(sentences))):
            if sentences[following].is_heading:
                break
            yield structure.starts[following]


def _under_client_lead_in(structure: Structure, aliases: tuple[str, ...]):
    """The list items under a line that is the client's alias alone ("Zorgzaam:" + "a. stelt
    de product owner beschikbaar"), as the subject of each item."""
    blob = structure.blob
    for alias in aliases:
        line = "\n" + alias
        position = blob.find(line)
        while position >= 0:
            end = position + len(line)
            for colon in (":\n", " :\n"):  # "Lambert :" in French
                if blob.startswith(colon, end):
                    yield from client_list_items(blob, end + len(colon))
            position = blob.find(line, end)


def client_people(structure: Structure) -> list[tuple[int, str]]:
    """(offset, matched words) where the client, by its alias, appoints its own contact or key
    users, where each party does, or where a contact of the client is named (contact lines of
    contacts.py, for maintenance.customer_knowledge)."""
    aliases = client_aliases(structure)
    client = resolve_parties(structure).client
    starts = [
        *(alias_starts(structure, PEOPLE_AFTER_ALIAS, aliases) if aliases else ()),
        *EACH_PARTY_PEOPLE.match_starts(structure.blob, structure.vocabulary),
        *of_party_starts(structure, CONTACT_OF, client),
    ]
    return _with_words(structure, sorted(set(starts)), aliases, PEOPLE_AFTER_ALIAS)


def supplier_people(structure: Structure) -> list[tuple[int, str]]:
    """(offset, matched words) where the supplier, by its alias, appoints a named role
    (contact lines of contacts.py, for team.named_team)."""
    aliases = supplier_aliases(structure)
    if not aliases:
        return []
    after = SUPPLIER_PEOPLE_AFTER_ALIAS
    return _with_words(structure, sorted(alias_starts(structure, after, aliases)), aliases, after)


def _with_words(
    structure: Structure, starts: list[int], aliases: tuple[str, ...], after: str
) -> list[tuple[int, str]]:
    """Each offset with the words matched there (the role the contact line quotes): an alias
    followed by `after`, else EACH_PARTY_PEOPLE or CONTACT_OF."""
    blob = structure.blob
    found = []
    for start in starts:
        end = alias_match_end(blob, start, aliases, after)
        if end is None:
            match = EACH_PARTY_PEOPLE.regex.match(blob, start)
            match = match or CONTACT_OF.regex.match(blob, start)
            end = match.end() if match is not None else start
        found.append((start, blob[start:end]))
    return found


def supplier_terms_weights(item_id: str, structure: Structure) -> dict[int, list[float]]:
    """Sentences that make the supplier's own terms apply, by its alias (a source for
    risk.supplier_terms_prevail)."""
    aliases = supplier_aliases(structure)
    return _weights(
        structure, "supplier_terms", lambda: of_party_starts(structure, TERMS_OF, aliases)
    )
