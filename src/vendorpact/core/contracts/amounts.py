"""Amounts of money with what they are: their kind (one-off, recurring, rate, total) read from
the words right around the amount, and their purpose (price, fee, rate, liability cap, penalty,
service credit, insurance, threshold, deposit, other) read from the role of the sentence."""

from __future__ import annotations

import re
from collections.abc import Mapping

from vendorpact.core.contracts.numbers import find_money

MAX_AMOUNTS = 25
PURPOSES = (
    "price", "fee", "rate", "cap", "penalty", "credit", "insurance", "threshold", "deposit",
    "other",
)  # fmt: skip
# The purposes a budget line can be made of; the others are limits, sanctions or guarantees.
SPENDING_PURPOSES = frozenset(("price", "fee", "rate"))

RECURRING = re.compile(
    r"per (?:month|maand|year|jaar|annum|quarter|kwartaal)|monthly|maandelijks|annual|jaarlijks|"
    r"yearly|par (?:mois|an)|mensuel|annuel|/ ?(?:month|maand|mois|year|jaar|an)\b"
)
RATE = re.compile(
    r"per (?:hour|uur|day|dag|heure|jour)|par (?:heure|jour)\b|hourly|uurtarief|dagtarief|"
    r"taux horaire|tarif horaire|/ ?(?:h|uur|u)\b"
)
ONE_OFF = re.compile(
    r"one[- ]time|one[- ]off|set[- ]?up|eenmalig|opstart|installation|unique|initial fee|"
    r"onboarding|mise en (?:service|place)|une seule fois|activation|aansluitkosten"
)
# Where one part of a sentence ends and the next (with an amount of its own) begins:
# "a set-up fee of € 4.800, payable on signature, and a monthly fee of € 650".
PART_BOUNDARY = re.compile(
    r";|,\s+(?:and|or|but|while|whereas|en|of|maar|terwijl|et|ou|mais|tandis)\b|"
    r"\sand\s+(?=(?:a|an|the|its)\s)|\sen\s+(?=(?:een|de|het|zijn)\s)|"
    r"\set\s+(?=(?:un|une|le|la|les|des|son|sa|ses)\s)"
)


def measuring_period(text: str) -> str | None:
    for pattern, period in (
        (
            r"per (?:calendar )?month|monthly|per (?:kalender)?maand|maandelijks|par mois|mensuel",
            "month",
        ),
        (r"per quarter|quarterly|per kwartaal|trimestr", "quarter"),
        (r"per year|annual|yearly|per jaar|jaarlijks|par an|annuel", "year"),
        (r"per week|weekly|wekelijks|hebdomadaire", "week"),
    ):
        if re.search(pattern, text):
            return period
    return None


def amounts_in(text: str, heading: str = "", lead_in: str = "") -> list[tuple[int, dict]]:
    """(position, amount) for each amount of the (lowercased) sentence, with its kind,
    period, VAT and purpose. `lead_in` is the sentence that introduces a list item ("the
    liability is limited to:"): the amount the item opens with takes its role."""
    found = []
    lead_role = role_of(lead_in) if lead_in else None
    for money in find_money(text):
        start, end = own_part(text, money.start, money.end)
        after = text[money.end : min(end, money.end + 60)]
        before = text[max(start, money.start - 60) : money.start]
        kind = amount_kind(after, before)
        if kind == "amount" and ONE_OFF.search(_key_label(text, start, money.start)):
            kind = "one_off"
        period = measuring_period(after)
        if period is None and kind == "recurring":
            period = measuring_period(before[-45:])
        found.append(
            (
                money.start,
                {
                    "amount": money.amount,
                    "currency": money.currency,
                    "kind": kind,
                    "purpose": (
                        lead_role
                        if lead_role and not LIST_ITEM_OPENING.sub("", text[: money.start])
                        else amount_purpose(text, money.start, money.end, kind, heading)
                    ),
                    "period": period,
                    "vat": _vat(after),
                },
            )
        )
    return found


def role_of(text: str) -> str | None:
    """The one role (cap, penalty, insurance, credit, deposit) the words of a sentence give
    it, or None: what the items of the list it introduces are."""
    named = {purpose for purpose, _start, _end, strong in _cues(text) if strong}
    if "cap" in named:
        return "cap"  # a lead-in that limits liability: "voor schadevergoeding beperkt tot:"
    return named.pop() if len(named) == 1 else None


def own_part(text: str, start: int, end: int, boundaries=PART_BOUNDARY) -> tuple[int, int]:
    """(start, end) of the part of the sentence the amount at start..end belongs to."""
    part_start, part_end = 0, len(text)
    for boundary in boundaries.finditer(text):
        if boundary.end() <= start:
            part_start = boundary.end()
        elif boundary.start() >= end:
            part_end = boundary.start()
            break
    return part_start, part_end


def amount_kind(after: str, before: str) -> str:
    if RATE.search(after):
        return "rate"
    if RECURRING.search(after):
        return "recurring"
    near = before[-45:]
    if _one_off_label_nearer(near):
        return "one_off"
    if RATE.search(near):
        return "rate"
    if RECURRING.search(near) or re.search(r"maandelijks|jaarlijks|mensuel|annuel", near):
        return "recurring"
    if ONE_OFF.search(before) or ONE_OFF.search(after):
        return "one_off"
    if re.search(r"total|totaal|global|fixed|vaste|forfait", before):
        return "total"
    return "amount"


KEY_LABEL = re.compile(r"(?:[^.;:]|\.(?=\d)){1,120}:\s*")
# a label that names a total, or a service included in another price, is no one-off fee
NOT_ONE_OFF_LABEL = re.compile(
    r"total|totaal|global|compris|inclus|inbegrepen|included|including|s'élève|bedraagt|"
    r"amounts to"
)


def _key_label(text: str, start: int, money_start: int) -> str:
    """The whole label of a key-value line whose value is the amount ("2.2 Installation et
    reprise du fichier de l'ancien logiciel : 480,00 €"), however long; else ""."""
    label = text[start:money_start]
    if KEY_LABEL.fullmatch(label) and not NOT_ONE_OFF_LABEL.search(label):
        return label
    return ""


def _one_off_label_nearer(near: str) -> bool:
    """Whether a one-off word stands between the amount and an earlier period or rate word:
    in key-value lines read as one sentence ("Redevance : 189,00 € par mois Frais de mise en
    service (unique) : 450,00 €") the nearer label is the amount's own."""
    periods = [m.end() for pattern in (RATE, RECURRING) for m in pattern.finditer(near)]
    if not periods:
        return False
    return bool(ONE_OFF.search(near, max(periods)))


def _vat(after: str) -> str | None:
    if re.search(r"excl|exclusive of vat|hors tva|htva|\bht\b|zonder btw", after):
        return "excl"
    if re.search(r"incl|inclusive of vat|tvac|\bttc\b|met btw", after):
        return "incl"
    return None


# --- purpose -------------------------------------------------------------------------------

# Liability (or indemnity) words: with a limiting word in the same part they make a cap.
LIABILITY = re.compile(
    r"liabilit|liable|aansprakelijk|responsabilit|indemnif|indemnit(?:y|ies)\b|vrijwar|"
    r"schadeloos"
)
LIMIT = re.compile(
    r"limit|beperk|begrens|plafon|\bcap(?:s|ped)?\b|maxim|exceed|excéd|dépass|overschrijd|"
    r"ten hoogste|hoogstens|up to|à concurrence|à hauteur|jusqu'à|greater of|lesser of|"
    r"higher of|lower of|in no (?:event|case)|in geen geval|en aucun cas|n'excède|"
    r"(?:nimmer|nooit|niet|never|not|no|jamais|pas)\W+(?:\w+\W+)?(?:meer|more|plus|hoger|higher)"
)
# "liability insurance", "aansprakelijkheidsverzekering", "assurance responsabilité civile":
# insurance, not a cap.
INSURANCE_PHRASE = re.compile(
    r"(?:liability|aansprakelijkheids?|responsabilité civile)[\w\s'-]{0,25}?"
    r"(?:insurance|coverage|verzekering|dekking|assurance|couverture)|"
    r"(?:insurance|assurance)[\w\s'-]{0,25}?(?:liability|responsabilité)"
)
STRONG_CUES = {
    "insurance": re.compile(
        r"insur|coverage|verzekering|verzekeraar|verzekerd bedrag|verzekerde som|assurance|"
        r"assureur|police d'assurance"
    ),
    "penalty": re.compile(
        r"penalt|pénalit|boete|strafbeding|schadebeding|clause pénale|astreinte|dwangsom|"
        r"liquidated damages|forfaitaire (?:schade)?vergoeding|schadevergoeding|"
        r"indemnités? (?:forfaitaire|de retard|de résiliation|de rupture)|dommages[- ]intérêts|"
        r"interest|intrest|interesten|intérêts?|verwijl|nalatigheid|invorderingskost|"
        r"frais de recouvrement|recovery costs?|collection costs?|late payments?|non-payment|"
        r"laattijdige betaling|niet-betaling|betalingsachterstand|retard de paiement|"
        r"annulering\w*|cancell?ation (?:fee|charge)|frais d'annulation|indemnité d'annulation|"
        r"termination fee|break fee|verbrekingsvergoeding|opzeggingsvergoeding"
    ),
    "credit": re.compile(
        r"service credit|servicecredit|service-credit|crédits? de service|credit note|"
        r"creditnota|note de crédit|\bun avoir\b|tegoed|\bcredits?\b|\bcrédits?\b"
    ),
    "deposit": re.compile(
        r"deposit|waarborgsom|huurwaarborg|bankwaarborg|bankgarantie|bank guarantee|"
        r"garantie bancaire|garantie à première demande|dépôt de garantie|cautionnement|"
        r"\bcaution\b|\bborg(?:som|tocht|stelling)?\b"
    ),
}
WEAK_CUES = {
    "threshold": re.compile(
        r"threshold|drempel|seuil|in excess of|exceed(?:s|ing)?|above|boven|"
        r"(?:hoger|meer|groter|kleiner|lager|minder)(?: is)? dan|(?:more|greater|less|lower) than|"
        r"au-delà d|(?:supérieure?s?|inférieure?s?) à|excédant|dépassant|"
        r"overschrijd\w*"
    ),
    "rate": re.compile(
        r"uurtarief|dagtarief|\btarie?f|\brates?\b|\btaux\b|\bregie|en régie|time and material|"
        r"hourly|daily"
    ),
    "fee": re.compile(
        r"fee|vergoeding|redevance|abonnement|subscription|charge|honorari|honoraires|\bhuur|"
        r"\brent\b|loyer|retainer|maintenance|onderhoud|support|hosting|mensualit|cotisation"
    ),
    "price": re.compile(
        r"price|prijs|prix|cost|kost|coût|total|totaal|bedraagt|amounts? to|quote|offerte|"
        r"devis|purchase|aankoop|achat|licen[cs]e|forfait|fixed|vaste|budget|investment|"
        r"investering|one[- ]?off|eenmalig|set[- ]?up|installation|installatie|implement|"
        r"factur|invoice|\bpay(?:s|able)?\b|betaalt|betalen|betaalbaar|\bpaie\b|payé"
    ),
}
NEGATED = re.compile(
    r"(?:\bnot|\bnever|\bno|\bniet|\bnooit|\bnimmer|\bgeen|\bne|n'|\bjamais|\bpas)\W+"
    r"(?:\w+\W+){0,2}$"
)
LIST_ITEM_OPENING = re.compile(r"^[\s\-•*–▪◦]*(?:\(?[a-z0-9ivx]{1,4}[.)])?\s*(?:eur\b)?\s*")
PART_OF_ROLE = re.compile(r";")  # the role of a sentence part ends at ";"
AFTER_WEIGHT = 3  # a cue after the amount counts at three times its distance
WEAK_WEIGHT = 2  # a price or fee word counts at twice its distance against a sanction word


def amount_purpose(text: str, start: int, end: int, kind: str, heading: str = "") -> str:
    """What the amount at text[start:end] is, from the cue words of its part of the sentence:
    the nearest one before it (or, at three times the distance, after it) wins. Where the part
    limits liability, price and fee words only say how the cap is measured: it is a cap."""
    part_start, part_end = _role_part(text, start, end)
    part = text[part_start:part_end]
    cues = _cues(part)
    if not cues and heading:
        return _purpose_from_heading(heading, kind)
    best = None
    for purpose, cue_start, cue_end, strong in cues:
        position_start, position_end = cue_start + part_start, cue_end + part_start
        if position_end <= start:
            distance = start - position_end
        elif position_start >= end:
            distance = AFTER_WEIGHT * (position_start - end)
        else:
            distance = 0
        rank = (distance if strong else WEAK_WEIGHT * distance, not strong)
        if best is None or rank < best[0]:
            best = (rank, purpose)
    return _settle(best[1] if best else None, kind)


def _role_part(text: str, start: int, end: int) -> tuple[int, int]:
    return own_part(text, start, end, PART_OF_ROLE)


def _cues(part: str) -> list[tuple[str, int, int, bool]]:
    """(purpose, start, end, strong) for every cue word of the sentence part."""
    insurance_phrases = [(m.start(), m.end()) for m in INSURANCE_PHRASE.finditer(part)]
    strong = [("insurance", a, b, True) for a, b in insurance_phrases]
    for purpose, pattern in STRONG_CUES.items():
        strong += [(purpose, m.start(), m.end(), True) for m in pattern.finditer(part)]
    liability = [
        m
        for m in LIABILITY.finditer(part)
        if not any(a <= m.start() < b for a, b in insurance_phrases)
    ]
    if liability and LIMIT.search(part):
        # a part that limits liability: its limiting words point at the cap as well
        strong += [("cap", m.start(), m.end(), True) for m in liability]
        strong += [("cap", m.start(), m.end(), True) for m in LIMIT.finditer(part)]
        return strong
    # "liability per claim: € 500.000" names a cap without a limiting word
    weak = [("cap", m.start(), m.end(), False) for m in liability]
    for purpose, pattern in WEAK_CUES.items():
        for match in pattern.finditer(part):
            if purpose == "threshold" and _negated(part, match.start()):
                continue  # "shall not exceed": a ceiling, not a threshold
            if not any(a <= match.start() < b for _, a, b, _ in strong):
                weak.append((purpose, match.start(), match.end(), False))
    return strong + weak


def _negated(part: str, position: int) -> bool:
    return bool(NEGATED.search(part[max(0, position - 30) : position]))


def _purpose_from_heading(heading: str, kind: str) -> str:
    """Under a heading such as "Penalties" or "Aansprakelijkheid" a sentence with no cue of
    its own takes the heading's role, when the heading names exactly one."""
    named = {purpose for purpose, pattern in STRONG_CUES.items() if pattern.search(heading)}
    if LIABILITY.search(heading) and not INSURANCE_PHRASE.search(heading):
        named.add("cap")
    if len(named) == 1:
        return named.pop()
    return _settle(None, kind)


def settled_purpose(purpose: str, kind: str) -> str:
    """The purpose of an amount once its kind is known from elsewhere (a price table's
    column): a price, fee or rate follows the kind, a cap or penalty stays what it is."""
    return _settle(None if purpose == "other" else purpose, kind)


def _settle(cue_purpose: str | None, kind: str) -> str:
    """Price, fee or rate words and the kind of the amount together decide between them."""
    if cue_purpose not in (None, "price", "fee", "rate"):
        return cue_purpose
    if kind == "rate":
        return "rate"
    if kind == "recurring":
        return "fee"
    if kind in ("one_off", "total"):
        return "price"
    return cue_purpose or "other"


def purpose_of(found: Mapping) -> str:
    """The purpose of a reported amount; read again from its evidence quote when the amount
    was reported before the analyser gave each amount its purpose."""
    if found.get("purpose"):
        return str(found["purpose"])
    quote = str((found.get("evidence") or {}).get("text", ""))
    return purpose_of_quoted(float(found.get("amount") or 0), str(found.get("kind")), quote)


def purpose_of_quoted(amount: float, kind: str, quote: str) -> str:
    text = quote.lower()
    for money in find_money(text):
        if abs(money.amount - amount) < 0.005:
            return amount_purpose(text, money.start, money.end, kind)
    return _settle(None, kind)
