"""The clause classifiers' part of benchmarks/contracts_eval.py (not a test: prints figures).

1. CUAD dev, per item the classifiers cover: cross-validated two-class F1 (and recall) of the
   rules alone, the classifier alone and the chosen combination. Nested by document: in each of
   the 5 outer folds the classifier is fitted, and its threshold and the combination chosen, on
   the training folds only (scripts/train_clause_model.nested_cross_validation). Beside it, as a
   training figure, the combination chosen on all documents' out-of-fold scores (what ships).
2. labelled/: the cross-validated rules (thresholds chosen on the training folds) combined with
   the classifier as chosen on the CUAD training folds that exclude the document (the English
   labelled documents outside CUAD dev use the shipped model, which never saw them).
3. The held-out documents of tests/core/contracts/unseen_documents*.py, per batch
   (contracts_heldout.py): item statuses, risk flags and figures right with the rules alone and
   with the shipped models (the CUAD classifiers and the checklist model,
   which learned from batches 1-6: benchmarks/contracts_eval_checklist.py separates them).

On 2026-12-05 (CUAD dev, nested CV, two-class F1 rules -> combined, character 4-grams only,
model retrained at 34aae41): governing law 0.972 -> 0.972 (rules in every fold), warranty 0.951
-> 0.938, duration/renewal 0.980 -> 0.980 (rules in every fold), liability 0.820 -> 0.816
(recall 0.968 both), termination 0.610 -> 0.605 (recall 0.979 both), IP 0.731 -> 0.736 (recall
0.970 -> 0.988); with 3- to 5-grams the combined figures were the same except liability 0.812,
IP 0.739 (recall 0.994). labelled/ IP 0.921 -> 1.000, the others unchanged (same with either
range); held-out batches 1-8: 1613/1973 item statuses right with the rules alone, 1678/1973 with
the classifiers (this and the checklist model; same with either range). Since the rules
improved, the classifiers no longer add a measurable gain on CUAD: the shipped "either" modes
tie or trail the rules in the nested CV.

budget.rates (training.EVALUATED_ONLY: evaluated here, not shipped): gold Price Restrictions or
Most Favored Nation (26 of 290 dev contracts: thin, and both cover only part of the item), on
2026-12-04 rules 0.531 (recall 0.846), classifier alone 0.684 (0.538), combined 0.528 (0.846):
the combination does not beat the rules, so the item stays rule-driven.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

from vendorpact.core.contracts.clause_model import best_clauses, shipped_model
from vendorpact.core.contracts.extraction import extract_file
from vendorpact.core.contracts.language import detect_language
from vendorpact.core.contracts.learned import combined_present
from vendorpact.core.contracts.structure import build_structure

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

import contracts_heldout as heldout  # noqa: E402
import train_clause_model as training  # noqa: E402
from train_clause_model import read_cuad_rows  # noqa: E402, F401 (for contracts_eval)


def _f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    return training.two_class_f1(np.asarray(gold, bool), np.asarray(predicted, bool))


def _recall(gold: np.ndarray, predicted: np.ndarray) -> float:
    gold, predicted = np.asarray(gold, bool), np.asarray(predicted, bool)
    return float((gold & predicted).sum() / max(gold.sum(), 1))


def report_cuad_learned(jobs: int) -> training.NestedResult:
    documents = training.load_documents(jobs=jobs)
    nested = training.nested_cross_validation(documents, log=lambda *_: None)
    print(
        f"== clause classifiers on CUAD dev: {len(documents)} contracts, nested 5-fold CV by "
        "document (two-class F1 / recall of present) =="
    )
    print(f"{'item':24} {'rules':>13} {'classifier':>13} {'COMBINED (CV)':>14}  "
          f"{'training*':>13}  modes chosen in the 5 folds")  # fmt: skip
    for item in training.EVALUATED_CATEGORIES:
        gold = nested.gold[item]
        cells = []
        for decided in (nested.rules, nested.classifier, nested.combined, nested.training):
            cells.append(f"{_f1(gold, decided[item]):.3f}/{_recall(gold, decided[item]):.3f}")
        per_fold = dict(zip(training.fold_of(documents), nested.choices[item], strict=True))
        modes = Counter(mode for mode, _ in per_fold.values())
        partial = " (CUAD covers part of it)" if item in training.PARTIAL_ITEMS else ""
        partial += " (not shipped)" if item in training.EVALUATED_ONLY else ""
        print(f"{item:24} {cells[0]:>13} {cells[1]:>13} {cells[2]:>14}  {cells[3]:>13}  "
              f"{dict(modes)}{partial}")  # fmt: skip
    print("* training figure: combination chosen on all documents' out-of-fold scores (shipped)")
    nested.names = [d.name for d in documents]  # type: ignore[attr-defined]
    return nested


def labelled_combined(
    nested: training.NestedResult | None,
    examples: list,
    predicted: dict,
    sources: dict[str, Path],
) -> dict:
    """The cross-validated rules statuses with the classifiers' combination applied."""
    combined = dict(predicted)
    names = getattr(nested, "names", []) if nested is not None else []
    position = {name: i for i, name in enumerate(names)}
    model = shipped_model()
    shipped_scores: dict[str, dict] = {}
    for example in examples:
        if example.item not in training.EVALUATED_CATEGORIES:
            continue
        key = (example.source, example.doc, example.item)
        rules_present = predicted[key] != "missing"
        if example.doc in position:
            mode, threshold = nested.choices[example.item][position[example.doc]]
            score = nested.scores[example.item][position[example.doc]]
        else:
            if example.doc not in shipped_scores:
                pages = extract_file(sources[example.doc]).pages
                structure = build_structure(pages)
                english = detect_language(structure.blob) == "en"
                shipped_scores[example.doc] = best_clauses(model, structure) if english else {}
            clause = shipped_scores[example.doc].get(example.item)
            if clause is None:
                continue
            chosen = model.item(example.item)  # present: best_clauses scored the item
            mode, threshold, score = chosen.mode, chosen.threshold, clause.probability
        present = combined_present(mode, rules_present, score >= threshold)
        if present and not rules_present:
            combined[key] = "covered"
        elif rules_present and not present:
            combined[key] = "missing"
    return combined


def report_labelled_learned(examples: list, runs: dict[str, dict]) -> None:
    names = list(runs)
    print(f"== labelled documents, items with a classifier ({' | '.join(names)}) ==")
    for item in training.EVALUATED_CATEGORIES:
        item_examples = [e for e in examples if e.item == item]
        gold = [e.gold_present for e in item_examples]
        cells = []
        for name in names:
            predicted = [runs[name][(e.source, e.doc, e.item)] != "missing" for e in item_examples]
            cells.append(f"{_f1(gold, predicted):.3f}")
        print(f"{item:34} " + "  ".join(cells))


def report_unseen() -> None:
    """The held-out batches, the rules alone and as shipped (contracts_heldout.py)."""
    print("== held-out documents (tests/core/contracts/unseen_documents*.py) ==")
    for learned, label in ((False, "the rules alone"), (True, "as shipped (rules and models)")):
        print(f"-- {label} --")
        heldout.report(heldout.batch_numbers(), learned)
