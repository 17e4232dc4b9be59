"""Figures stated as key-value lines of an order form or cover sheet: "Looptijd: 36 maanden",
"Préavis : 3 mois", "| Renewal term | 12 months |", "Start date: 01/01/2027 ... Expiry date:
31/12/2029". The key decides what the value measures.

A PDF text layer often glues such lines into one sentence, so the pairs are found inside a
sentence: a known key, a separator (":", "|" or a dash) and, right after it, a duration or a
date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.dates import date_ranges, find_dates, months_between
from vendorpact.core.contracts.numbers import Duration, find_durations
from vendorpact.core.contracts.structure import Structure

KEYS = {
    "term": (
        "looptijd", "initiële looptijd", "minimale looptijd", "looptijd van de overeenkomst",
        "contractduur", "contractperiode", "duurtijd", "duur", "duur van de overeenkomst",
        "durée", "durée initiale", "durée du contrat", "durée d'engagement",
        "période initiale", "term", "initial term", "contract term", "subscription term",
        "minimum term", "service term", "duration", "contract duration", "contract period",
        "subscription period", "initial period", "service period", "commitment period",
        "commitment", "minimum commitment", "minimumduur", "minimale duur", "durée minimale",
        "commitment term", "committed term", "période contractuelle", "période du contrat",
        "engagement", "aanvangsperiode", "aanvangstermijn", "abonnementsduur",
        "période d'engagement", "engagement period", "initial subscription period",
        "contract length", "length of contract", "subscription length", "term length",
        "durée de l'abonnement", "durée de l'engagement", "looptijd contract",
        "looptijd abonnement", "duur contract", "contract", "contrat", "subscription",
    ),
    "renewal": (
        "verlenging", "verlengingsperiode", "verlengingstermijn", "stilzwijgende verlenging",
        "renewal", "renewal term", "renewal period", "automatic renewal", "auto-renewal",
        "reconduction", "renouvellement", "période de renouvellement",
    ),
    "notice": (
        "opzegtermijn", "opzegperiode", "opzegging", "termijn van opzegging", "préavis",
        "délai de préavis", "préavis de résiliation", "notice", "notice period",
        "termination notice", "notice of termination", "non-renewal notice",
        "notice of non-renewal", "cancellation notice", "cancellation period",
        "opzeggingstermijn", "délai de résiliation",
    ),
    # "Payment terms: 30 days", "| Paiement | 30 jours |", "Betalingstermijn 14 dagen"
    "payment": (
        "payment", "payment terms", "payment term", "terms of payment", "payment period",
        "betaling", "betalingstermijn", "betaaltermijn", "betalingsvoorwaarden", "paiement",
        "délai de paiement", "conditions de paiement", "modalités de paiement",
    ),
    # a bare period counts only as a range of dates: "Periode: 1 januari 2027 tot en met 31
    # december 2027", "Période : du 1er janvier au 31 décembre 2027"
    "period": (
        "periode", "période", "period", "licentieperiode", "licence period", "license period",
        "période de licence", "contractjaar", "contract year", "servicejaar",
    ),
    "start": (
        "start date", "effective date", "commencement date", "ingangsdatum", "begindatum",
        "startdatum", "aanvangsdatum", "date de début", "date d'effet", "date de prise d'effet",
        "date d'entrée en vigueur",
    ),
    "end": (
        "expiry date", "expiration date", "end date", "einddatum", "vervaldatum", "date de fin",
        "date d'expiration", "date d'échéance",
    ),
}  # fmt: skip
ROLE_OF_KEY = {key: role for role, keys in KEYS.items() for key in keys}
_ALL_KEYS = "|".join(re.escape(k) for k in sorted(ROLE_OF_KEY, key=len, reverse=True))
# the separator, or a bare space before a number in a run of glued key-value lines whose
# columns lost their spacing: "Term 24 months Notice period 3 months Payment terms 30 days"
KEY_VALUE = AnchoredPattern(
    r"(?:" + _ALL_KEYS + r")(?![\w-])(?:(?:\s*\([^)|:]{0,30}\))?\s*[:|–—]|\s(?=\d))"
)
GLUED_BEFORE = re.compile(
    r"(?:^|(?:months?|years?|days?|weeks?|maanden|maand|jaar|jaren|dagen|weken|mois|ans?|"
    r"années|jours|semaines|%|net)\s)$"
)
# a word before the key that makes it about something else: "payment term: 30 days"
OTHER_SUBJECT = re.compile(
    r"(?:payment|paiement|betalings?|warranty|garantie|trial|pilot|proef|essai|support|"
    r"licen[cs]e|project|implementation|confidentiality|cure|response|resolution|"
    r"price|prijs|prix|tarif|tarief|rate|fee|increase|change|wijziging|modification|"
    r"de|of|van|du)\W*$"
)
# "Offer validity period:", "Meetperiode:", "Billing period:": a period of something else
NOT_TERM_PERIOD = re.compile(
    r"(?:offer|offerte|offre|valid|geldigheids?|validité|measurement|meet|mesure|billing|"
    r"facturatie|facturation|trial|proef|essai|warranty|garantie|waarborg)\w*\W*$"
)
OTHER_PERIOD = re.compile(r"(?:notice|renewal|opzeg|verlenging|préavis|renouvellement)\W*$")
# what may stand between the separator and the value: "Term: minimum 36 months"
FILLER = re.compile(r"[\sa-zà-ÿ'’,.()/|-]{0,30}")
ROLE_UNITS = {
    "term": {"week", "month", "year"},
    "renewal": {"month", "year"},
    "notice": {"day", "week", "month"},
    "payment": {"day", "week", "month"},
}
ROLE_DAYS = {"term": (28, 3700), "renewal": (28, 3700), "notice": (1, 400), "payment": (1, 120)}
VALUE_CHARS = 60
OTHER_MEASURE_AFTER = re.compile(
    r"\W{0,3}(?:de |d'|van )?(?:notice|opzeg|préavis|warranty|garantie|waarborg|trial|proef|"
    r"essai)(?![\w ]{0,12}[:|]?\s?\d)"  # not the key of the next glued value
)


@dataclass(frozen=True)
class KeyedFigure:
    role: str  # term, renewal, notice or payment
    value: float  # months for term and renewal, days for notice and payment
    index: int  # sentence
    offset: int  # where the value stands in the sentence


def keyed_figures(structure: Structure, texts: list[str]) -> dict[str, KeyedFigure]:
    """The first term, renewal term and notice period stated as a key-value pair (a term
    also from a start date and an expiry date)."""
    found: dict[str, KeyedFigure] = {}
    dates: dict[str, tuple] = {}
    for start in sorted(KEY_VALUE.match_starts(structure.blob, structure.vocabulary)):
        index = structure.sentence_at(start)
        text = texts[index]
        offset = start - structure.starts[index]
        match = KEY_VALUE.regex.match(text, offset)
        before = text[max(0, offset - 25) : offset]
        if match is None or OTHER_SUBJECT.search(before):
            continue
        if match.group(0)[-1].isspace() and not GLUED_BEFORE.search(before):
            continue  # a key word in a sentence ("for a term 24 months"), not a glued run
        role = ROLE_OF_KEY[_key_of(match.group(0))]
        if role != "notice" and OTHER_PERIOD.search(before):
            continue  # "renewal term:" is not the initial term, "notice period:" no term
        value_text = text[match.end() : match.end() + VALUE_CHARS]
        if role in ("start", "end"):
            if role not in dates:
                value = _first_date(value_text)
                if value is not None:
                    dates[role] = (value, index, match.end())
            continue
        if role == "period":
            role = "term"
            if "term" in found or NOT_TERM_PERIOD.search(before):
                continue
            months = _months_of_period(value_text)
            if months is not None:
                found[role] = KeyedFigure(role, months, index, match.end())
            continue
        if role in found:
            continue
        duration = _first_duration(value_text, role)
        if duration is not None:
            amount = duration.days if role in ("notice", "payment") else duration.months
            found[role] = KeyedFigure(role, amount, index, match.end() + duration.start)
        elif role == "term":
            months = _months_of_period(value_text)  # "Looptijd: van 1/1/2027 tot 31/12/2027"
            if months is not None:
                found[role] = KeyedFigure(role, months, index, match.end())
    if "term" not in found and "start" in dates and "end" in dates:
        months = months_between(dates["start"][0], dates["end"][0])
        if months is not None and 1 <= months <= 120:
            _value, index, offset = dates["end"]
            found["term"] = KeyedFigure("term", months, index, offset)
    return found


def _key_of(matched: str) -> str:
    key = re.split(r"\s*[(:|–—]", matched, maxsplit=1)[0]
    return key.strip()


def _starts_value(value_text: str, start: int) -> bool:
    """Whether only filler words stand before `start` ("minimum", "initially", a comma)."""
    gap = value_text[:start]
    return FILLER.fullmatch(gap) is not None and ":" not in gap


def _first_duration(value_text: str, role: str) -> Duration | None:
    durations = find_durations(value_text)
    if not durations or not _starts_value(value_text, durations[0].start):
        return None
    duration = durations[0]
    low, high = ROLE_DAYS[role]
    if duration.unit not in ROLE_UNITS[role] or not low <= duration.days <= high:
        return None
    if role == "term" and OTHER_MEASURE_AFTER.match(value_text, duration.end):
        return None  # "Contract: 3 months notice", "Contrat : 3 mois de préavis"
    return duration


def _months_of_period(value_text: str) -> float | None:
    ranges = date_ranges(value_text)
    if not ranges or not _starts_value(value_text, ranges[0][2]):
        return None
    months = months_between(ranges[0][0], ranges[0][1])
    return months if months is not None and 1 <= months <= 120 else None


def _first_date(value_text: str):
    dates = find_dates(value_text)
    if not dates or not _starts_value(value_text, dates[0][1]):
        return None
    return dates[0][0]


# a heading that names the term is the key of a value standing alone under it: "TERM AND
# CANCELLATION / 12 months from the Start Date.", "Durée / 36 mois à compter de la signature",
# "Looptijd / 24 maanden vanaf de ingebruikname"; not a warranty or notice heading
TERM_HEADING = re.compile(
    r"\b(?:term|duration|looptijd|duurtijd|duur|durée|contractduur|contract period)\b"
)
OTHER_HEADING = re.compile(
    r"warrant|garan|waarborg|pay|betal|paiement|trial|proef|essai|notice period|"
    r"period of notice|opzeg\w*termijn|duur van de opzeg|(?:durée|délai) d[ue] préavis|"
    r"confiden|geheim|respon|reactie|réaction|resol|herstel|délai de"
)


def term_under_heading(structure: Structure, texts: list[str]) -> KeyedFigure | None:
    """The first term stated as a bare duration that opens a sentence under a term heading."""
    for index, heading in enumerate(structure.headings):
        if not TERM_HEADING.search(heading) or OTHER_HEADING.search(heading):
            continue
        duration = _first_duration(texts[index][:VALUE_CHARS], "term")
        if duration is not None and duration.start <= 3:
            return KeyedFigure("term", duration.months, index, duration.start)
    return None
