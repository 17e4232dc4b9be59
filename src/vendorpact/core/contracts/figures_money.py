"""Money figures of a contract: the liability cap (an amount, months of fees or a multiple)
and every amount with its kind and purpose."""

from __future__ import annotations

import re

from vendorpact.core.contracts.amounts import (
    MAX_AMOUNTS,
    amount_kind,
    amounts_in,
    measuring_period,
    settled_purpose,
)
from vendorpact.core.contracts.figures_sla import candidates, cue, evidence_at
from vendorpact.core.contracts.numbers import (
    WRITTEN_NUMBERS,
    durations_in,
    find_money,
    first_duration,
)
from vendorpact.core.contracts.structure import Structure, is_cell_row
from vendorpact.core.contracts.tables import aligned_header, cell_index, rows_above

LIABILITY = cue(r"liabil|liable|aansprakelijk|responsabilit")
CAP = re.compile(
    r"limited to|not exceed|exceed|cap\b|capped|maximum|beperkt tot|ten hoogste|maximaal|"
    r"plafonn|limitée? (?:à|au)|ne saurait excéder|n'excédera|greater of|lesser of"
)
FEE_MONTHS = re.compile(
    r"(?:fees?|charges?|amounts?|price|compensation|vergoeding|bedrag|sommes|montants?)"
    r"[^.\n]{0,80}?(?:preceding|previous|prior|voorafgaand|laatste|précédant|derniers|"
    # "the fees paid in the twelve months before the claim"
    r"months before|maanden vóór|mois avant)"
)
MULTIPLE = re.compile(
    r"(\d+|twee|drie|vier|vijf|two|three|four|five|deux|trois)\s*(?:maal|times|fois|x)\b"
)
MONEY_CUE = cue(r"€|\$|eur|usd|dollar")
# "de jaarlijkse onderhoudsvergoeding", "the annual maintenance fee", "la redevance annuelle":
# a year of fees
ANNUAL_FEES = re.compile(
    r"(?:jaarlijkse|annual|yearly)\s+\w*(?:vergoeding|fees?|charges?|prijs|bedrag|subscription)|"
    r"(?:annual|yearly|jaarlijkse) \w+ (?:fees?|charges?|vergoeding|subscription)|"
    r"(?:redevance|montant|prix|rémunération|abonnement|cotisation)s?\s+annuel|jaarvergoeding|"
    r"jaarbedrag"
)
# "150 % of the annual fees", "200% van de jaarlijkse vergoeding": a multiple of the fees
PERCENT_OF_FEES = re.compile(
    r"(\d{2,3})\s?%\s+(?:of|van|de|du|des)\s+(?:the |de |het |la |le |les |l')?(?:\w+\s+){0,2}?"
    r"\w*(?:fees?|vergoeding|redevance|price|prijs|prix|montant|bedrag|contract)"
)


def liability_cap(structure: Structure, texts: list[str]) -> dict | None:
    """The cap on liability: an amount, months of fees or a multiple, with its evidence."""
    for index in candidates(structure, LIABILITY):
        text = texts[index]
        if not CAP.search(text):
            continue
        cap: dict = {"amount": None, "currency": None, "months_of_fees": None, "multiple": None}
        # only an amount that caps liability: not "liability insurance of € 2.000.000"
        amounts = amounts_in(text, structure.headings[index])
        capped = [(start, a) for start, a in amounts if a["purpose"] == "cap"]
        if capped:
            cap["amount"], cap["currency"] = capped[0][1]["amount"], capped[0][1]["currency"]
        fee_months = FEE_MONTHS.search(text)
        if fee_months:
            duration = first_duration(text[fee_months.start() :], {"month", "year", "day"}, 1, 2000)
            if duration:
                cap["months_of_fees"] = round(duration.months, 2)
        if cap["months_of_fees"] is None:
            cap["months_of_fees"] = _fees_of_period(text)
        fees_for = re.search(
            r"month'?s?'? fees|monthly (?:maintenance )?charges|maandvergoeding|"
            r"maand(?:en)? (?:abonnementsgeld|vergoeding)|mois de (?:redevance|facturation)",
            text,
        )
        if fees_for and cap["months_of_fees"] is None:
            duration = first_duration(text, {"month", "day"}, 1, 400)
            cap["months_of_fees"] = round(duration.months, 2) if duration else 1
        _fees_in_words(text, cap)
        if any(cap[k] is not None for k in ("amount", "months_of_fees", "multiple")) or re.search(
            r"(?:fees?|price|charges?|amount|vergoeding|prix|montant)[^.\n]{0,30}paid", text
        ):
            cap["evidence"] = evidence_at(structure, index, capped[0][0] if capped else None)
            return cap
    return None


def _fees_in_words(text: str, cap: dict) -> None:
    """A cap of a year of fees ("the annual fees": 12 months) and a multiple of the fees
    ("twee maal", "150 % of the fees": 1.5)."""
    after_cap = text[CAP.search(text).start() :].split(";")[0]
    if cap["months_of_fees"] is None and ANNUAL_FEES.search(after_cap):
        cap["months_of_fees"] = 12
    multiple = MULTIPLE.search(text)
    percent = PERCENT_OF_FEES.search(after_cap)
    if multiple:
        cap["multiple"] = multiple.group(1)
    elif percent and int(percent.group(1)) >= 50:
        cap["multiple"] = f"{int(percent.group(1)) / 100:g}"


def _kind_columns(
    structure: Structure, texts: list[str], index: int
) -> list[tuple[str, str | None] | None] | None:
    """(kind, period) per cell of the price table's header above row `index` (None for a
    cell that names no kind), aligned with the row's cells; None without such a header."""
    for _position, text in rows_above(structure, texts, index):
        if find_money(text):
            continue  # another row of prices
        header_cells = aligned_header(text, texts[index])
        kinds = [_column_kind(cell) for cell in header_cells or []]
        # the nearest row without prices is the header, or the table has none
        return kinds if any(kinds) else None
    return None


def _column_kind(cell: str) -> tuple[str, str | None] | None:
    kind = amount_kind(cell, "")
    if kind == "recurring":
        return kind, measuring_period(cell)
    return (kind, None) if kind in ("one_off", "rate") else None


def _with_column_kind(amount: dict, columns: list, column: int) -> dict:
    if not 0 <= column < len(columns) or columns[column] is None:
        return amount
    kind, period = columns[column]
    purpose = settled_purpose(amount["purpose"], kind)
    return {**amount, "kind": kind, "period": period or amount["period"], "purpose": purpose}


LIST_ITEM = re.compile(r"^(?:[-•*–▪◦]|\(?[a-z0-9ivx]{1,4}\))\s")
MAX_LIST_ITEMS = 12


def _lead_in(structure: Structure, index: int) -> int:
    """The sentence that introduces the list item at `index` (the last one before the list)."""
    position = index - 1
    while position > max(0, index - MAX_LIST_ITEMS) and LIST_ITEM.match(
        structure.lowered(position)
    ):
        position -= 1
    return max(position, 0)


# "de vergoedingen van drie maanden", "les redevances de six mois", "fees for three months",
# "drie maandvergoedingen", "six mensualités": a cap measured in months of fees.
FEES_OF_PERIOD = re.compile(
    r"(?:vergoeding|fee|charge|redevance|abonnement|subscription|prijs|prix|bedrag|montant|"
    r"betaling|payment)\w*\s+(?:van|voor|de|d'|of|for|over)\s*(?:de |les |the |een |un |une |"
    r"la )?(?:laatste |derniers? |dernières? |last |previous |prior )?"
)
MONTHLY_FEES = re.compile(
    r"(\d+|[a-zé]+)\s+(?:\(\d+\)\s+)?(?:maandvergoedingen|maandelijkse vergoedingen|"
    r"maandbedragen|monthly (?:fees|charges|payments|instal?lments)|mensualités|"
    r"redevances mensuelles)"
)


def _fees_of_period(text: str) -> float | None:
    for match in FEES_OF_PERIOD.finditer(text):
        duration = next(
            (d for d in durations_in(text) if match.end() <= d.start <= match.end() + 2), None
        )
        if duration is not None and duration.unit in ("month", "year"):
            return round(duration.months, 2)
    match = MONTHLY_FEES.search(text)
    if match:
        word = match.group(1)
        number = float(word) if word.isdigit() else WRITTEN_NUMBERS.get(word)
        if number:
            return float(number)
    return None


def contract_amounts(structure: Structure, texts: list[str]) -> list[dict]:
    """Every amount with its kind and purpose; the evidence is the sentence it stands in. In
    a price table an amount whose own words do not say its kind takes its column's
    ("| Omschrijving | Eenmalig | Maandelijks |")."""
    found: list[dict] = []
    for index in candidates(structure, MONEY_CUE):
        listed = index > 0 and LIST_ITEM.match(texts[index])
        lead_in = texts[_lead_in(structure, index)] if listed else ""
        text = texts[index]
        columns = _kind_columns(structure, texts, index) if is_cell_row(text) else None
        for start, amount in amounts_in(text, structure.headings[index], lead_in):
            if columns and amount["kind"] == "amount":
                amount = _with_column_kind(amount, columns, cell_index(text, start))
            found.append({**amount, "evidence": evidence_at(structure, index, start)})
            if len(found) >= MAX_AMOUNTS:
                return found
    return found
