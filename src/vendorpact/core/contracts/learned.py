"""Combine the rules' findings with a learned clause model (clause_model.py).

Two models: the CUAD clause classifiers (English only: CUAD's labels are English; chosen by
cross-validation in scripts/train_clause_model.py) and, after them, the checklist model (nl, fr,
en; scripts/train_checklist_model.py). A model applies to the languages its file names, per item
as the file says:

- rules: the rules decide alone;
- classifier: present when the best clause's probability reaches the item's threshold;
- either: present when the rules or the classifier say so;
- both: present only when the rules and the classifier agree.

The training scripts choose only "rules" or "either" (the classifier adds, never vetoes: the CUAD
model learned from US SEC filings only, the checklist model from the rules' own findings);
"classifier" and "both" stay for comparison.

The classifier reads only the clauses the rules admit for the item (engine.admitted: no
boilerplate, no heading the rule skips, no wording the rule excludes as another sense), so the
rules' wrong-sense guards bind it too. An item it adds is `covered` with its best clause as
evidence, or `partial` when that clause is vague or not concrete (engine.concrete_and_vague: the
rules' own test, with partial.py's shared definition); an item it takes away is `missing`.
The finding keeps the rules' scores (the benchmark's thresholds work on them).
"""

from __future__ import annotations

from vendorpact.core.contracts.clause_model import ClauseModel, ItemModel, best_clauses
from vendorpact.core.contracts.detectors import ITEM_RULES, Finding
from vendorpact.core.contracts.detectors.engine import admitted, concrete_and_vague
from vendorpact.core.contracts.structure import Structure, quote


def combined_present(mode: str, rules_present: bool, learned_present: bool) -> bool:
    if mode == "classifier":
        return learned_present
    if mode == "either":
        return rules_present or learned_present
    if mode == "both":
        return rules_present and learned_present
    return rules_present


def apply_clause_model(
    findings: dict[str, Finding], structure: Structure, language: str, model: ClauseModel | None
) -> None:
    """Replace, in place, the findings the model's combination decides otherwise."""
    if model is None or language not in model.languages:
        return
    combined = [item for item in model.items if _may_change(item, findings)]
    if not combined:
        return  # nothing the classifier could change: no need to score the clauses
    best = best_clauses(model, structure, {item.item_id for item in combined}, admit_for(structure))
    for item in combined:
        finding = findings[item.item_id]
        clause = best[item.item_id]
        rules_present = finding.status != "missing"
        learned_present = clause.index >= 0 and clause.probability >= item.threshold
        present = combined_present(item.mode, rules_present, learned_present)
        if present and not rules_present:
            findings[item.item_id] = _learned_finding(item, finding, structure, clause)
        elif rules_present and not present:
            findings[item.item_id] = Finding(
                item.item_id, "missing", 0.6, [], finding.score, finding.covered_score
            )


def admit_for(structure: Structure):
    """The rules' own test of a sentence that may support an item (engine.admitted)."""
    return lambda item_id, index: admitted(ITEM_RULES[item_id], structure, index)


def _may_change(item: ItemModel, findings: dict[str, Finding]) -> bool:
    """Whether the classifier's answer can change the item (in "either" mode, an item the rules
    already found stays found whatever the classifier says)."""
    finding = findings.get(item.item_id)
    if finding is None or item.mode == "rules":
        return False
    return item.mode != "either" or finding.status == "missing"


def added_status(item_id: str, structure: Structure, index: int) -> str:
    """The status of an item a model adds from sentence `index`: the rules' own test."""
    concrete, vague = concrete_and_vague(ITEM_RULES[item_id], structure, index)
    return "covered" if concrete and not vague else "partial"


def _learned_finding(item: ItemModel, finding: Finding, structure: Structure, clause) -> Finding:
    sentence = structure.sentences[clause.index]
    status = added_status(item.item_id, structure, clause.index)
    confidence = round(min(0.95, 0.45 + 0.5 * clause.probability), 2)
    evidence = [{"page": sentence.page, "clause": sentence.clause, "text": quote(sentence)}]
    return Finding(item.item_id, status, confidence, evidence, finding.score, finding.covered_score)
