"""Detectors for every checklist item and risk flag (see engine.py for how rules score)."""

from __future__ import annotations

from vendorpact.core.checklist import ITEM_IDS
from vendorpact.core.contracts.anchors import register_compound_tails
from vendorpact.core.contracts.detectors import (
    agreement_budget,
    contacts,
    exit_legal,
    risks,
    rollout_maintenance,
    timing_team,
)
from vendorpact.core.contracts.detectors.engine import Finding, Rule, evaluate_rule
from vendorpact.core.contracts.detectors.english import (
    add_english_risk_wording,
    add_english_wording,
)
from vendorpact.core.contracts.detectors.headings import HEADING_ONLY, HEADINGS
from vendorpact.core.contracts.detectors.risks import evaluate_risks
from vendorpact.core.contracts.detectors.signatures import apply_signature_blocks
from vendorpact.core.contracts.detectors.thresholds import threshold_for
from vendorpact.core.contracts.structure import Structure

ITEM_RULES: dict[str, Rule] = {
    rule.id: rule
    for module in (agreement_budget, timing_team, rollout_maintenance, exit_legal)
    for rule in module.RULES
}
# English wording of Belgian and Dutch suppliers (english.py)
add_english_wording(ITEM_RULES)
add_english_risk_wording([*risks.RULES, risks.TACIT_RENEWAL])

register_compound_tails(
    word
    for patterns in (
        *(rule.cue_patterns for rule in ITEM_RULES.values()),
        [(pattern, 1.0) for pattern in contacts.ANCHORED],
    )
    for pattern, _weight in patterns
    for word, _partial, _offset in pattern.anchors or ()
)

for _item_id, _pattern in HEADINGS.items():
    if not ITEM_RULES[_item_id].heading:
        ITEM_RULES[_item_id].heading = _pattern
for _item_id, _score in HEADING_ONLY.items():
    ITEM_RULES[_item_id].heading_only_score = _score


def detect_items(structure: Structure) -> dict[str, Finding]:
    findings = {
        item_id: evaluate_rule(ITEM_RULES[item_id], structure, threshold_for(item_id))
        for item_id in ITEM_IDS
    }
    signed = "agreement.signed_both"
    findings[signed] = apply_signature_blocks(structure, findings[signed])
    return findings


__all__ = ["ITEM_RULES", "Finding", "detect_items", "evaluate_risks"]
