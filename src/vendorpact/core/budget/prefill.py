"""Budget lines proposed from the amounts the contract analyser found.

Input is `Figures.amounts` of vendorpact.core.contracts.figures, as plain mappings:
{"amount": float, "currency": "EUR", "kind": "rate|recurring|one_off|total|amount",
 "purpose": "price|fee|rate|cap|penalty|credit|insurance|threshold|deposit|other",
 "period": "month|quarter|year|week|None", "evidence": {"page", "clause", "text"}}.
Only prices, fees and rates are proposed: a liability cap, an insurance sum or a penalty is no
spending. The user ticks the proposals to take over; nothing is saved from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from vendorpact.core.budget.model import BudgetKind, BudgetLine, Period, RateUnit
from vendorpact.core.contracts.amounts import SPENDING_PURPOSES, purpose_of

LABEL_LENGTH = 80
PERIODS = {"month": Period.MONTH, "quarter": Period.QUARTER, "year": Period.YEAR}
DAY_WORDS = re.compile(r"\b(?:dag|dagen|day|days|jour|jours|dagtarief|daily)\b|/ ?dag|/ ?day")


@dataclass(frozen=True)
class BudgetLineProposal:
    line: BudgetLine
    currency: str
    page: int | None
    quote: str


@dataclass(frozen=True)
class SkippedAmount:
    amount: Decimal | None
    reason: str  # "prefill.kind_unclear", "prefill.weekly_period", "prefill.bad_amount"
    quote: str


def propose_budget_lines(
    amounts: Sequence[Mapping], start: date | None = None
) -> tuple[tuple[BudgetLineProposal, ...], tuple[SkippedAmount, ...]]:
    """One proposal per distinct (kind, amount, period) of the prices, fees and rates; unclear
    ones are listed as skipped, amounts with another purpose (caps, penalties...) left out."""
    proposals: list[BudgetLineProposal] = []
    skipped: list[SkippedAmount] = []
    seen: set[tuple] = set()
    for index, found in enumerate(amounts, start=1):
        evidence = found.get("evidence") or {}
        quote = str(evidence.get("text", ""))
        amount = _decimal(found.get("amount"))
        if amount is None or amount <= 0:
            skipped.append(SkippedAmount(amount, "prefill.bad_amount", quote))
            continue
        if purpose_of(found) not in SPENDING_PURPOSES:
            continue
        line_or_reason = _line_for(found, amount, f"contract-{index}", quote, start)
        if isinstance(line_or_reason, str):
            skipped.append(SkippedAmount(amount, line_or_reason, quote))
            continue
        key = (line_or_reason.kind, amount, line_or_reason.period, line_or_reason.rate_unit)
        if key in seen:
            continue
        seen.add(key)
        page = evidence.get("page")
        currency = str(found.get("currency") or "EUR")
        proposals.append(BudgetLineProposal(line_or_reason, currency, page, quote))
    return tuple(proposals), tuple(skipped)


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def _label(quote: str) -> str:
    text = " ".join(quote.split())
    if len(text) <= LABEL_LENGTH:
        return text
    cut = text.rfind(" ", 0, LABEL_LENGTH - 1)
    return text[: cut if cut > 0 else LABEL_LENGTH - 1] + "…"


def _line_for(
    found: Mapping, amount: Decimal, line_id: str, quote: str, start: date | None
) -> BudgetLine | str:
    kind = found.get("kind")
    label = _label(quote)
    if kind == "rate":
        unit = RateUnit.DAY if DAY_WORDS.search(quote.lower()) else RateUnit.HOUR
        return BudgetLine(line_id, label, BudgetKind.RATE, amount, rate_unit=unit)
    if kind == "recurring":
        period = PERIODS.get(found.get("period") or "")
        if period is None:
            return (
                "prefill.weekly_period" if found.get("period") == "week" else "prefill.kind_unclear"
            )
        return BudgetLine(line_id, label, BudgetKind.RECURRING, amount, period=period, start=start)
    if kind in ("one_off", "total"):
        return BudgetLine(line_id, label, BudgetKind.ONE_OFF, amount)
    return "prefill.kind_unclear"
