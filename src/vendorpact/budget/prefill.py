"""Budget lines proposed from the amounts the contract analyser found in the documents."""

from __future__ import annotations

from vendorpact.budget.models import BudgetKind, Period, RateUnit
from vendorpact.core.budget import propose_budget_lines


def contract_amounts(engagement) -> list[dict]:
    amounts = []
    for analysis in engagement.analyses.done():
        amounts.extend(analysis.result.get("figures", {}).get("amounts", []))
    return amounts


def proposals_for(engagement):
    """(proposals, skipped) from the analysed documents; empty once budget lines exist."""
    if engagement.budget_lines.exists():
        return (), ()
    proposals, skipped = propose_budget_lines(
        contract_amounts(engagement), start=engagement.start_date
    )
    euro = tuple(p for p in proposals if p.currency == "EUR")
    return euro, skipped


def proposal_rows(proposals) -> list[dict]:
    """What the overview shows per proposal, with the model's translated choice labels."""
    rows = []
    for proposal in proposals:
        line = proposal.line
        unit = RateUnit(line.rate_unit.value).label if line.rate_unit else ""
        period = Period(line.period.value).label if line.period else unit
        rows.append(
            {
                "proposal": proposal,
                "kind_label": BudgetKind(line.kind.value).label,
                "period_label": period,
            }
        )
    return rows


def line_values(proposal) -> dict:
    line = proposal.line
    reference = f"contract p. {proposal.page}" if proposal.page else "contract"
    return {
        "label": line.label[:200],
        "kind": line.kind.value,
        "amount": line.amount,
        "period": line.period.value if line.period else "",
        "start": line.start,
        "end": line.end,
        "rate_unit": line.rate_unit.value if line.rate_unit else "",
        "estimated_units": line.estimated_units,
        "cap": line.cap,
        "reference": reference,
    }
