"""The clause library: every clause of the per-area data modules, looked up by item and kind."""

from __future__ import annotations

from vendorpact.core.agreements import (
    clauses_agreement_budget,
    clauses_exit_legal,
    clauses_rollout_maintenance,
    clauses_timing_team,
)
from vendorpact.core.agreements.options import OPTIONS_BY_ID

CLAUSES: tuple[dict, ...] = tuple(
    clause
    for module in (
        clauses_agreement_budget,
        clauses_timing_team,
        clauses_rollout_maintenance,
        clauses_exit_legal,
    )
    for clause in module.CLAUSES
)


def clauses_for(item_id: str, kind: str) -> list[dict]:
    """The clauses that settle `item_id` in an agreement of this kind (library order)."""
    return [c for c in CLAUSES if c["item"] == item_id and kind in c["kinds"]]


def clause_paragraphs(clause: dict, lang: str, options: dict[str, str]) -> list[str]:
    """The paragraph templates of a clause in `lang`, for the chosen option when it has one."""
    text = clause["text"]
    option_id = clause.get("option")
    if option_id:
        text = text[options.get(option_id) or OPTIONS_BY_ID[option_id].default]
    return list(text[lang])
