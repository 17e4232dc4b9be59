"""Which party is the client and which the supplier: the aliases a document uses for each side.

Contracts rarely say "the client": they define aliases in the preamble ("Acme NV, hereinafter
'the Customer'", "BNL Ltd ("BNL")", "ci-après dénommée « le Prestataire »", "hierna
'Opdrachtgever'") or on key-value lines of an order form ("Klant: Verpakkingen X BV"). The
resolver reads them once per document (cached on the Structure) and gives each alias a side:

1. a role noun decides by itself (customer, licensee, opdrachtgever, bénéficiaire: client side;
   supplier, licensor, opdrachtnemer, prestataire: supplier side);
2. with two parties of which one is decided, the other is the other side ("Client" and
   "Company": the Company is the supplier);
3. otherwise the document's wording votes: who pays, who is paid, who provides the services
   and to whom. A clear margin is needed; without it the sides stay unknown (a deal between two
   companies where neither is a client of IT services).

All aliases come out lowercased, as they appear in the Structure's blob.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vendorpact.core.contracts.anchors import matches_at_words
from vendorpact.core.contracts.structure import Structure

CLIENT_SIDE = "client"
SUPPLIER_SIDE = "supplier"

CLIENT_NOUNS = frozenset(
    ["client", "customer", "licensee", "buyer", "purchaser", "subscriber", "klant",
     "opdrachtgever", "afnemer", "koper", "licentienemer", "abonnee", "bénéficiaire", "acheteur",
     "licencié", "souscripteur", "donneur d'ordre", "service recipient"]
)  # fmt: skip
SUPPLIER_NOUNS = frozenset(
    ["supplier", "vendor", "provider", "contractor", "consultant", "licensor", "developer",
     "seller", "integrator", "leverancier", "opdrachtnemer", "dienstverlener", "licentiegever",
     "verkoper", "prestataire", "fournisseur", "titulaire", "concédant", "vendeur",
     "service provider", "service supplier", "prestataire de services", "adjudicataire"]
)  # fmt: skip

# aliases that name the agreement, a date or both parties, not one party
NOT_A_PARTY = frozenset(
    ["agreement", "contract", "overeenkomst", "contrat", "party", "parties", "partij",
     "partijen", "partie", "effective", "services", "software", "site", "system", "order",
     "schedule"]
)  # fmt: skip

PREAMBLE_SENTENCES = 40  # the preamble and the head of an order form
_ARTICLE = r"(?:the |le |la |l'|l’|de |het )?"
_ALIAS = r"([A-Za-zÀ-ÿ][\w.&'’-]*(?: [A-Za-zÀ-ÿ][\w.&'’-]*){0,3})"
# "("Client")", "(the "Company")", "(hereinafter "Supplier")", "ci-après dénommée « le Client »",
# "hierna te noemen: 'Opdrachtgever'", "hereinafter referred to as the Customer"
_QUOTED = r"[\"“”«'‘’]\s*" + _ARTICLE + _ALIAS + r"\s*[\"“”»'’]"
_DEFINED_IN_BRACKETS = re.compile(
    r"\(\s*(?:hereinafter|hereafter|ci-après|hierna)?[^()\"“”«»]{0,40}?" + _QUOTED
)
_MARKERS = ("hereinafter", "hereafter", "ci-après", "hierna")
_DEFINED_AFTER_MARKER = re.compile(
    r"(?:hereinafter|hereafter|ci-après|hierna)[^()\"“”«».;]{0,40}?" + _QUOTED
    + r"|\b(?:hereinafter|hereafter)(?: referred to as| called)? (?:the )?([A-Z][\w-]+)"
    r"|\bci-après(?: dénommée?s?)? (?:le |la |l')([A-ZÀ-Ý][\w-]+)"
    r"|\bhierna(?: te noemen| genoemd)?:? (?:de |het )?([A-Z][\w-]+)",
)  # fmt: skip
# "Hanover Direct, Inc. (HDI)": an acronym in brackets right after the party's name
_BARE_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,15})\)")
# "Klant: Verpakkingen X BV", "| Prestataire | Y SA |", "Customer name: Acme Ltd"
_ROLE_KEY = "|".join(
    sorted((re.escape(noun) for noun in CLIENT_NOUNS | SUPPLIER_NOUNS), key=len, reverse=True)
)
# a key-value line's key, right before its separator: "Klant:", "| Prestataire |"
_KEY_BEFORE = re.compile(
    r"(?:^|[\s|])(" + _ROLE_KEY + r")(?: name| naam| \(name\))?\s*$", re.IGNORECASE
)
# its value: up to 60 characters, up to a table bar, or up to the next "Key:" (lines glued
# into one sentence: "Klant: X BV Dienstverlener: Y BV")
_VALUE = re.compile(r"\s*([^|:\n]{1,60}?)(?:\s+[\w'-]+\s*:|\s*\||$)|\s*([^|:\n]{1,60})")
_SEPARATOR = re.compile(r"[:|]")
_NAME_RUN = re.compile(
    r"[A-ZÀ-Ý0-9][\w.&'’-]*(?: (?:[A-ZÀ-Ý0-9&][\w.&'’-]*|(?:van|de|der|den|du|des|and|et|en)"
    r"(?= [A-ZÀ-Ý]))){0,5}"
)


@dataclass(frozen=True)
class Parties:
    """Lowercased aliases of each side; both empty when the document does not tell."""

    client: tuple[str, ...] = ()
    supplier: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return bool(self.client or self.supplier)

    def side_of(self, alias: str) -> str:
        """ "client", "supplier" or "unknown" for an alias (any case)."""
        alias = alias.lower()
        if alias in self.client:
            return CLIENT_SIDE
        if alias in self.supplier:
            return SUPPLIER_SIDE
        return "unknown"


def noun_side(alias: str) -> str | None:
    """The side a role noun names ("licensee": client), None for a name or an acronym."""
    words = alias.lower().split()
    if not words:
        return None
    for candidate in (alias.lower(), words[-1]):
        if candidate in CLIENT_NOUNS:
            return CLIENT_SIDE
        if candidate in SUPPLIER_NOUNS:
            return SUPPLIER_SIDE
    return None


def resolve_parties(structure: Structure) -> Parties:
    """The aliases of the client and supplier sides of the document (computed once)."""
    cached = structure.cache.get("parties")
    if cached is None:
        cached = _resolve(structure)
        structure.cache["parties"] = cached
    return cached


def _resolve(structure: Structure) -> Parties:
    head = [s.text for s in structure.sentences[:PREAMBLE_SENTENCES]]
    aliases = _defined_aliases(head)
    sides: dict[str, str | None] = {alias: noun_side(alias) for alias in aliases}
    client = {a for a, side in sides.items() if side == CLIENT_SIDE}
    supplier = {a for a, side in sides.items() if side == SUPPLIER_SIDE}
    for noun, name in _key_value_parties(head):
        (client if noun == CLIENT_SIDE else supplier).add(name)
    undecided = [a for a, side in sides.items() if side is None]
    if undecided:
        articled = _with_article(undecided, " ".join(head))
        decided = _decide(undecided, bool(client), bool(supplier), structure, articled)
        client |= {a for a, side in decided.items() if side == CLIENT_SIDE}
        supplier |= {a for a, side in decided.items() if side == SUPPLIER_SIDE}
    if client & supplier:
        return Parties()  # the document contradicts itself: say nothing
    return Parties(client=tuple(sorted(client)), supplier=tuple(sorted(supplier)))


def _defined_aliases(head: list[str]) -> list[str]:
    """Party aliases defined in the first sentences, lowercased, in order of definition."""
    found: list[str] = []
    for text in head:
        for match in _DEFINED_IN_BRACKETS.finditer(text):
            _add_alias(found, match.group(1), text[: match.start()], quoted=True)
        lowered = text.lower()
        if any(marker in lowered for marker in _MARKERS):
            for match in _DEFINED_AFTER_MARKER.finditer(text):
                alias = next(group for group in match.groups() if group)
                # "hereinafter referred to as XIMAGE": a name in capitals needs no legal form
                named = match.group(2) is not None and alias.isupper()
                _add_alias(found, alias, text[: match.start()], named, quoted=True)
        for match in _BARE_ACRONYM.finditer(text):
            _add_alias(found, match.group(1), text[: match.start()])
    return found


def _add_alias(
    found: list[str], alias: str, before: str, named: bool = False, quoted: bool = False
) -> None:
    alias = alias.strip(" .,'’").lower().removeprefix("this ")
    if len(alias) < 2 or alias in found or NOT_A_PARTY.intersection(alias.split()):
        return
    # a quoted alias after the party's representatives is the party; a bare "(Judith)" there is
    # the first name of the representative
    represented = quoted and _REPRESENTED.search(before[-300:]) is not None
    if noun_side(alias) is None and not named and not represented and not _after_a_company(before):
        return  # "("Effective Date")", "("Services")": a defined term, not a party
    found.append(alias)


_COMPANY_FORM = re.compile(
    r"(?:\b(?:inc|ltd|llc|l\.l\.c|corp|corporation|company|co|plc|limited|gmbh|ag|nv|n\.v|"
    r"bv|b\.v|bvba|sa|s\.a|sprl|srl|sarl|sas|vzw|asbl|n\.a|lp|l\.p|llp)\.?|(?-i:\b[A-Z]{2,}[\w-]*)"
    r"|\b(?:a|an|une?|een) [\w -]{0,30}(?:corporation|company|société|vennootschap)"
    # a party line that ends with its registration number: "..., KvK 41013521, hierna",
    # "..., ondernemingsnummer BE 0721.554.310, hierna", "..., BCE 0698.771.204, ci-après"
    r"|\b(?:kvk|kbo|bce|rpr|rcs|ondernemingsnummer|numéro d'entreprise|enterprise number|"
    r"company number|registration number|chamber of commerce(?: number)?)\b[\w .:-]{0,12}?"
    r"(?:be ?)?\d[\d .]{5,}\d"
    # or with the Belgian enterprise number alone: "..., 2800 Mechelen, BE 0698.412.557 ("X")"
    r"|\bbe ?[01]\d{3}[. ]?\d{3}[. ]?\d{3})"
    r"[,)]?\s*$",
    re.IGNORECASE,
)


# a party's line that ends with who signs for it: "..., représentée par Mme X, directrice,
# ci-après « la Commune »", "..., vertegenwoordigd door Y, directeur ("de school")"
_REPRESENTED = re.compile(
    r"\b(?:représentée?s? par|vertegenwoordigd door|represented by)\b[^\"“”«»;]{0,240}$",
    re.IGNORECASE,
)


def _after_a_company(before: str) -> bool:
    """Whether the text right before an alias ends with a company's name or legal form."""
    return bool(_COMPANY_FORM.search(before[-80:].rstrip(" ,(")))


def _key_value_parties(head: list[str]) -> list[tuple[str, str]]:
    """(side, lowercased name) from lines such as "Klant: Verpakkingen X BV"."""
    found = []
    for text in head:
        for separator in _SEPARATOR.finditer(text):
            key = _KEY_BEFORE.search(text, max(0, separator.start() - 40), separator.start())
            value = _VALUE.match(text, separator.end())
            if key is None or value is None:
                continue
            # the capitalised words of the value: "Netlinq BV" of "Netlinq BV Op deze offerte"
            name = _name_in(value.group(1) or value.group(2))
            if not name:
                continue  # "Opdrachtgever: de partij die ...": a definition, not a name
            side = _KEY_SIDES.get(key.group(1).lower())
            if side is not None and noun_side(name) is None and name not in _FORM_WORDS:
                found.append((side, name))
    return found


# the fields of a signature block, not a party's name: "Customer: By: ____"
_FORM_WORDS = frozenset(
    ["by", "name", "title", "date", "signature", "naam", "datum", "handtekening", "nom", "titre",
     "signé", "par"]
)  # fmt: skip


def _name_in(value: str) -> str:
    """The capitalised words that open a key's value, lowercased ("Netlinq BV" of "Netlinq BV
    Op deze offerte ...": a capitalised word followed by lowercase ones opens a sentence)."""
    run = _NAME_RUN.match(value)
    if run is None:
        return ""
    words = run.group(0).split()
    if len(words) > 1 and re.match(r" [a-zà-ÿ]", value[run.end() :]):
        words.pop()
    return " ".join(words).strip(" .,;").lower()


_KEY_SIDES = {
    **dict.fromkeys(CLIENT_NOUNS, CLIENT_SIDE),
    **dict.fromkeys(SUPPLIER_NOUNS, SUPPLIER_SIDE),
}
MARGIN = 3  # votes one party needs over the other before it is called the supplier


def _decide(
    undecided: list[str],
    has_client: bool,
    has_supplier: bool,
    structure: Structure,
    articled: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Sides for aliases that are names, by elimination, by the document's wording, or by the
    article: of a company's brand name and "de school" / « la Commune » / "the Airport", the
    one defined with an article is the client (the institution that buys)."""
    if len(undecided) <= 2 and has_client != has_supplier:
        # "Fédération ... (FFSR), ci-après « la Fédération »": both name the other side
        return dict.fromkeys(undecided, SUPPLIER_SIDE if has_client else CLIENT_SIDE)
    if len(undecided) != 2 or has_client or has_supplier:
        return {}
    first, second = undecided
    votes = supplier_votes(structure, tuple(undecided))
    lead = votes[first] - votes[second]
    if abs(lead) < MARGIN:
        if len(articled) != 1 or lead * (1 if first in articled else -1) > 0:
            return {}  # no article tells, or the wording leans the other way
        lead = -1 if first in articled else 1
    supplier, client = (first, second) if lead > 0 else (second, first)
    return {supplier: SUPPLIER_SIDE, client: CLIENT_SIDE}


_COMPANY_NOUNS = ("company", "société", "vennootschap", "bedrijf", "corporation")


def _with_article(aliases: list[str], head: str) -> frozenset[str]:
    """The aliases defined in quotes with an article ("het Ziekenhuis", « la Commune »), not
    "the Company" (a company is as often the supplier)."""
    found = set()
    for alias in aliases:
        if alias in _COMPANY_NOUNS:
            continue
        quoted = (
            r"[\"“”«'‘’]\s*(?:the|le|la|de|het) " + re.escape(alias) + r"|[\"“”«'‘’]\s*l['’]"
            + re.escape(alias)
        )  # fmt: skip
        if re.search(quoted, head, re.IGNORECASE):
            found.add(alias)
    return frozenset(found)


_PROVIDES = (
    r"(?:shall|will|agrees to|undertakes to) (?:\w+ly )?(?:provide|perform|host|develop|design|"
    r"maintain|deliver|supply|render|support|operate)|(?:provides|performs|hosts|develops|"
    r"maintains|delivers|supplies|operates|invoices)\b|(?:levert|verleent|ontwikkelt|host|"
    r"onderhoudt|verzorgt|factureert|installeert|implementeert|herstelt)\b|(?:fournit|fournira|"
    r"assure|assurera|réalise|réalisera|facture|facturera|héberge|installe|développe)\b"
)
_PAYS = r"(?:shall|will|agrees to|must) pay|pays\b|betaalt|paie|paiera|s'engage à payer"


@lru_cache(maxsize=256)
def _vote_patterns(aliases: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the alias as the subject: provides or pays; the alias as the object: is paid or
    served), each matched where its first word stands."""
    names = "|".join(re.escape(alias) for alias in aliases)
    # the alias once, then what it does: provides (group s) or pays (group p)
    subject = r"(?P<name>" + names + r")\b,? (?:(?P<s>" + _PROVIDES + r")|(?P<p>" + _PAYS + r"))"
    object_ = (
        r"(?:pay|paid|payable|invoiced by|betaalt aan|verschuldigd aan|payé à|versé à) "
        r"(?:to )?(?:the )?(?P<s>" + names + r")\b|(?:services?|diensten|prestations) "
        r"(?:to|for|aan|voor|au profit de|à) (?:the |de |la |l')?(?P<p>" + names + r")\b|"
        # the offer is the supplier's: "de offerte van Kodeks", "l'offre de X", "X's proposal"
        r"(?:offerte|offre|devis|proposal|quotation) (?:van|de|of) (?:the |de |la |l')?"
        r"(?P<o>" + names + r")\b"
    )
    return re.compile(subject), re.compile(object_)


_OBJECT_WORDS = (
    "pay", "paid", "payable", "invoiced", "betaalt", "verschuldigd", "payé", "versé", "service",
    "services", "diensten", "prestations", "offerte", "offre", "devis", "proposal", "quotation",
)  # fmt: skip


def supplier_votes(structure: Structure, aliases: tuple[str, ...]) -> dict[str, int]:
    """For each alias: the places where it provides or is paid minus those where it pays or
    is served (tried where the words stand, from the blob's word index)."""
    blob, vocabulary = structure.blob, structure.vocabulary
    subject, object_ = _vote_patterns(aliases)
    votes = dict.fromkeys(aliases, 0)
    firsts = (alias.split()[0] for alias in aliases)
    for match in matches_at_words(blob, vocabulary, subject, firsts):
        votes[match.group("name")] += 1 if match.group("s") else -1
    for match in matches_at_words(blob, vocabulary, object_, _OBJECT_WORDS):
        supplier = match.group("s") or match.group("o")
        if supplier:
            votes[supplier] += 1
        else:
            votes[match.group("p")] -= 1
    return votes
