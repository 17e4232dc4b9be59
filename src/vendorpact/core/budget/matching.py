"""Propose, for each invoice line, the budget line or extra-cost request it most likely belongs to.

Three signals, each 0..1, weighted: a reference the supplier quoted (PO, quote or extra-cost
number), similar words in the descriptions, and a plausible amount. The user confirms; this
only proposes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from vendorpact.core.budget.model import BudgetKind, BudgetLine, ExtraCost, ExtraCostStatus
from vendorpact.core.invoices.model import Invoice, InvoiceLine

WEIGHT_REFERENCE = 0.5
WEIGHT_DESCRIPTION = 0.3
WEIGHT_AMOUNT = 0.2
DEFAULT_THRESHOLD = 0.3
ALREADY_INVOICED_FACTOR = 0.5
RATE_UNIT_CODES = {"hour": {"HUR", "HR", "H"}, "day": {"DAY", "D"}}
STOPWORDS = {
    "de", "het", "een", "en", "van", "voor", "op", "in", "met", "te", "aan", "per",
    "the", "a", "an", "and", "of", "for", "on", "to", "with", "le", "la", "les", "du", "des",
}  # fmt: skip


@dataclass(frozen=True)
class MatchCandidate:
    target_kind: str  # "budget_line" or "extra_cost"
    target_id: str
    score: float
    reasons: tuple[str, ...]  # "match.reference", "match.description", "match.amount", ...


@dataclass(frozen=True)
class MatchProposal:
    invoice_line_id: str
    best: MatchCandidate | None  # None when nothing reaches the threshold
    alternatives: tuple[MatchCandidate, ...]


def propose_matches(
    invoice: Invoice,
    budget_lines: Sequence[BudgetLine],
    extra_costs: Sequence[ExtraCost] = (),
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[MatchProposal, ...]:
    """One proposal per invoice line, candidates best first (rejected extra costs excluded)."""
    return tuple(
        _propose_for_line(invoice, line, budget_lines, extra_costs, threshold)
        for line in invoice.lines
    )


def _propose_for_line(
    invoice: Invoice,
    line: InvoiceLine,
    budget_lines: Sequence[BudgetLine],
    extra_costs: Sequence[ExtraCost],
    threshold: float,
) -> MatchProposal:
    candidates = [_score_budget_line(invoice, line, budget_line) for budget_line in budget_lines]
    candidates += [
        _score_extra_cost(invoice, line, cost)
        for cost in extra_costs
        if cost.status is not ExtraCostStatus.REJECTED
    ]
    # Extra costs first on equal scores: a specific request beats a generic budget line.
    ranked = sorted(
        (c for c in candidates if c.score > 0),
        key=lambda c: (-c.score, c.target_kind != "extra_cost", c.target_id),
    )
    best = ranked[0] if ranked and ranked[0].score >= threshold else None
    alternatives = tuple(c for c in ranked if c is not best)[:3]
    return MatchProposal(invoice_line_id=line.id, best=best, alternatives=alternatives)


def _score_budget_line(invoice: Invoice, line: InvoiceLine, target: BudgetLine) -> MatchCandidate:
    reference = _reference_score(invoice, line, target.reference)
    description = description_similarity(
        line.description, f"{target.label} {target.included_scope}"
    )
    amount = _budget_amount_score(line, target)
    return _candidate("budget_line", target.id, reference, description, amount, factor=1.0)


def _score_extra_cost(invoice: Invoice, line: InvoiceLine, cost: ExtraCost) -> MatchCandidate:
    reference = max(
        _reference_score(invoice, line, cost.reference), _reference_score(invoice, line, cost.id)
    )
    description = description_similarity(line.description, cost.description)
    amount = closeness(line.line_amount, cost.estimate)
    factor = ALREADY_INVOICED_FACTOR if cost.status is ExtraCostStatus.INVOICED else 1.0
    return _candidate("extra_cost", cost.id, reference, description, amount, factor)


def _candidate(
    kind: str, target_id: str, reference: float, description: float, amount: float, factor: float
) -> MatchCandidate:
    score = WEIGHT_REFERENCE * reference + WEIGHT_DESCRIPTION * description + WEIGHT_AMOUNT * amount
    reasons = []
    if reference:
        reasons.append("match.reference")
    if description >= 0.3:
        reasons.append("match.description")
    if amount >= 0.9:
        reasons.append("match.amount")
    if factor < 1:
        reasons.append("match.already_invoiced")
    return MatchCandidate(kind, target_id, round(score * factor, 3), tuple(reasons))


def _normalise_reference(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.lower())


def _reference_score(invoice: Invoice, line: InvoiceLine, reference: str) -> float:
    """1.0 when the line quotes the reference, 0.6 when only the invoice header does."""
    wanted = _normalise_reference(reference)
    if len(wanted) < 3:
        return 0.0
    line_refs = (line.order_line_reference, line.document_reference)
    if any(_normalise_reference(ref) == wanted for ref in line_refs):
        return 1.0
    if wanted in _normalise_reference(line.description):
        return 1.0
    header_refs = (
        invoice.order_reference,
        invoice.contract_reference,
        invoice.project_reference,
        invoice.buyer_reference,
    )
    if any(_normalise_reference(ref) == wanted for ref in header_refs):
        return 0.6
    return 0.0


def _tokens(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return {t for t in re.findall(r"[a-z][a-z0-9]+", plain) if t not in STOPWORDS}


def _tokens_match(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    # "licentie" ~ "licenties", "hosting" ~ "hostingkosten": Dutch compounds and plurals.
    return len(shorter) >= 4 and longer.startswith(shorter)


def description_similarity(first: str, second: str) -> float:
    """Dice coefficient over words, where a word also matches its plural or compound."""
    left, right = _tokens(first), _tokens(second)
    if not left or not right:
        return 0.0
    matched_left = sum(1 for a in left if any(_tokens_match(a, b) for b in right))
    matched_right = sum(1 for b in right if any(_tokens_match(a, b) for a in left))
    return (matched_left + matched_right) / (len(left) + len(right))


def closeness(amount: Decimal, expected: Decimal) -> float:
    """1.0 for equal amounts, falling linearly to 0 at a 50 % difference."""
    if expected == 0 or amount == 0:
        return 0.0
    relative = abs(amount - expected) / max(abs(amount), abs(expected))
    return max(0.0, 1.0 - 2 * float(relative))


def _budget_amount_score(line: InvoiceLine, target: BudgetLine) -> float:
    if target.kind is BudgetKind.RATE:
        unit_ok = _unit_matches(line.unit_code, target)
        price_score = closeness(line.unit_price, target.amount) if line.unit_price else 0.0
        return price_score if unit_ok else price_score * 0.8
    if target.kind is BudgetKind.RECURRING:
        # An invoice may cover several periods at once (a quarter of a monthly fee).
        return max(closeness(line.line_amount, target.amount * k) for k in (1, 2, 3, 6, 12))
    if 0 < line.line_amount <= target.amount:
        return max(closeness(line.line_amount, target.amount), 0.5)
    return 0.0


def _unit_matches(unit_code: str, target: BudgetLine) -> bool:
    if not unit_code or target.rate_unit is None:
        return True
    return unit_code.upper() in RATE_UNIT_CODES.get(str(target.rate_unit), set())
