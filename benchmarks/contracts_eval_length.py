"""Would a decision that depends on document length beat today's? (issue 9; not a test: prints
figures). Usage: .venv/bin/python benchmarks/contracts_eval_length.py [--jobs N]

Each document is analysed once (rules alone, as in contracts_eval.py); every variant below is
then cross-validated on those scores with the folds of contracts_eval.py (5 folds by document
over CUAD dev; leave-one-document-out over labelled/, trained on the other labelled documents
plus CUAD), every parameter chosen on the training folds only:

- "grid threshold per item": today's cross-validated result (contracts_eval.py);
- "1.0 everywhere": the analyser as shipped (no fitted parameter);
- "t0 + k ln(n/100) per item": per item a threshold growing (k > 0) or falling with the number
  of sentences n, (t0, k) from THRESHOLD_GRID x K_GRID;
- "1.0 + k ln(n/100), one k": one slope shared by all items, threshold 1.0 at 100 sentences;
- "t0 per item + one k": per-item t0 with one shared slope;
- logistic regressions of P(present) on the best sentence score and the best concrete one,
  with and without ln n, per item or one for all items (decision at P >= 0.5).

On 2026-12-04 no length-dependent variant beat today's figures (see the closing report of
issue 9): longer documents have more false positives on their negatives, but fewer negatives,
and at the same best score a "present" decision is not less often right in a long document.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from itertools import product

import numpy as np
from contracts_eval import (
    CONTRACTS,
    CUAD_FOLDS,
    CUAD_RECALL,
    CUAD_TWO_CLASS,
    cuad_answered,
    cuad_data,
    labelled_data,
)
from contracts_eval_bands import Decision, band_of, report_bands, tercile_cuts
from contracts_eval_thresholds import Example, cross_validated, training_by_item, two_class
from sklearn.linear_model import LogisticRegression

from vendorpact.core.checklist import ITEM_IDS
from vendorpact.core.contracts.detectors.thresholds import THRESHOLD_GRID

REFERENCE_SENTENCES = 100
K_GRID = (-0.2, -0.15, -0.1, -0.05, 0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
Predictor = Callable[[list[Example]], list[bool]]
Fit = Callable[[list[Example]], Predictor]


def length_log(example: Example) -> float:
    return math.log(max(example.sentences, 1) / REFERENCE_SENTENCES)


def present_at(example: Example, t0: float, k: float) -> bool:
    return example.present(t0 + k * length_log(example))


def quality(examples: list[Example], t0: float, k: float) -> float:
    return two_class([(e.gold_present, present_at(e, t0, k)) for e in examples])["two_class_f1"]


def threshold_predictor(rules: dict[str, tuple[float, float]]) -> Predictor:
    return lambda examples: [present_at(e, *rules.get(e.item, (1.0, 0.0))) for e in examples]


def fit_grid(training: list[Example]) -> Predictor:
    by_item = training_by_item(training)
    rules = {}
    for item, examples in by_item.items():
        t0 = max(THRESHOLD_GRID, key=lambda t: (quality(examples, t, 0.0), -abs(t - 1.0)))
        rules[item] = (t0, 0.0)
    return threshold_predictor(rules)


def fit_per_item_slope(training: list[Example]) -> Predictor:
    """Per item (t0, k); ties go to the rule nearest today's (1.0, 0)."""
    rules = {}
    for item, examples in training_by_item(training).items():
        rules[item] = max(
            product(THRESHOLD_GRID, K_GRID),
            key=lambda tk: (quality(examples, *tk), -abs(tk[0] - 1.0) - abs(tk[1])),
        )
    return threshold_predictor(rules)


def fit_shared_slope(per_item_t0: bool) -> Fit:
    """One k for all items (the best sum of per-item two-class F1 on the training examples)."""

    def fit(training: list[Example]) -> Predictor:
        by_item = training_by_item(training)
        best_key, best_rules = None, {}
        for k in K_GRID:
            rules = {}
            for item, examples in by_item.items():
                t0 = 1.0
                if per_item_t0:
                    t0 = max(THRESHOLD_GRID, key=lambda t: (quality(examples, t, k), -abs(t - 1)))
                rules[item] = (t0, k)
            total = sum(quality(examples, *rules[item]) for item, examples in by_item.items())
            if best_key is None or (total, -abs(k)) > best_key:
                best_key, best_rules = (total, -abs(k)), rules
        return threshold_predictor(best_rules)

    return fit


def features(examples: list[Example], with_length: bool) -> np.ndarray:
    rows = [[e.score, e.covered_score] + ([length_log(e)] if with_length else []) for e in examples]
    return np.array(rows, dtype=float)


def fit_logistic(with_length: bool, per_item: bool) -> Fit:
    def fit(training: list[Example]) -> Predictor:
        groups = training_by_item(training)
        if not per_item:
            groups = {"all": [e for examples in groups.values() for e in examples]}
        models = {}
        for group, examples in groups.items():
            gold = np.array([e.gold_present for e in examples])
            if gold.all() or not gold.any():
                continue  # one class only: keep the rules' own decision
            model = LogisticRegression(max_iter=2000)
            models[group] = model.fit(features(examples, with_length), gold)

        def predict(examples: list[Example]) -> list[bool]:
            decided = [example.present(1.0) for example in examples]
            for group, model in models.items():
                chosen = [i for i, e in enumerate(examples) if not per_item or e.item == group]
                if not chosen:
                    continue
                rows = features([examples[i] for i in chosen], with_length)
                for i, probability in zip(chosen, model.predict_proba(rows)[:, 1], strict=True):
                    decided[i] = bool(probability >= 0.5)
            return decided

        return predict

    return fit


VARIANTS: dict[str, Fit | None] = {
    "grid threshold per item (today, CV)": None,  # contracts_eval.cross_validated
    "1.0 everywhere (as shipped)": lambda _training: threshold_predictor({}),
    "t0 + k ln(n/100) per item": fit_per_item_slope,
    "1.0 + k ln(n/100), one k": fit_shared_slope(per_item_t0=False),
    "t0 per item + one k": fit_shared_slope(per_item_t0=True),
    "logistic per item: best, concrete": fit_logistic(with_length=False, per_item=True),
    "logistic per item: + ln n": fit_logistic(with_length=True, per_item=True),
    "logistic pooled: best, concrete": fit_logistic(with_length=False, per_item=False),
    "logistic pooled: + ln n": fit_logistic(with_length=True, per_item=False),
}


def cross_validate(
    fit: Fit | None, examples: list[Example], folds: dict[str, int], all_examples: list[Example]
) -> dict[int, bool]:
    """id(example) -> present, decided by a fit on the documents of the other folds."""
    if fit is None:
        statuses = cross_validated(examples, folds, all_examples)
        return {id(e): statuses[(e.source, e.doc, e.item)] != "missing" for e in examples}
    decided = {}
    for fold in sorted(set(folds.values())):
        held_out = [e for e in examples if folds.get(e.doc) == fold]
        held_docs = {e.doc for e in held_out}
        predict = fit([e for e in all_examples if e.doc not in held_docs])
        decided.update(zip(map(id, held_out), predict(held_out), strict=True))
    return decided


def recall_examples(rows: list[dict], results: list[dict]) -> list[Example]:
    """Cap on Liability and Termination for Convenience: gold for recall only, never trained on."""
    examples = []
    for row, result in zip(rows, results, strict=True):
        for category, item in CUAD_RECALL.items():
            score, covered = result["scores"][item]
            gold = cuad_answered(row, category)
            examples.append(
                Example(category, row["Filename"], item, gold, None, score, covered,
                        result["sentences"])
            )  # fmt: skip
    return examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not CONTRACTS.exists():
        print(f"shared data not found at {CONTRACTS}", file=sys.stderr)
        return 1
    labels, _results, labelled = labelled_data(args.jobs)
    rows, results, cuad = cuad_data(args.jobs)
    all_examples = labelled + cuad
    recall = recall_examples(rows, results)
    names = sorted(row["Filename"] for row in rows)
    cuad_folds = {name: number % CUAD_FOLDS for number, name in enumerate(names)}
    labelled_folds = {label["file"]: number for number, label in enumerate(labels)}
    print("== cross-validated two-class F1: CUAD dev per mapped item and mean, recall of the "
          "recall items, labelled/ mean per item and pooled ==")  # fmt: skip
    header = "  ".join(f"{item.split('.')[1][:8]:>8}" for item in CUAD_TWO_CLASS.values())
    print(f"{'variant':38} {header}  {'mean':>5}  {'R liab':>6} {'R term':>6}  {'lab':>5} "
          f"{'pooled':>6}")  # fmt: skip
    cuad_bands, labelled_bands = [], []
    for name, fit in VARIANTS.items():
        on_cuad = cross_validate(fit, cuad + recall, cuad_folds, all_examples)
        on_labelled = cross_validate(fit, labelled, labelled_folds, all_examples)
        print(f"{name:38} {_cuad_cells(cuad, recall, on_cuad)}  "
              f"{_labelled_cells(labelled, on_labelled)}")  # fmt: skip
        cuad_bands += _decisions(name, cuad, on_cuad)
        labelled_bands += _decisions(name, labelled, on_labelled)
    report_bands("CUAD dev, 4 mapped items pooled, per variant", cuad_bands)
    report_bands("labelled/, all items pooled, per variant", labelled_bands)
    report_precision_by_score("CUAD dev, 4 mapped items", cuad)
    report_precision_by_score("labelled/, all items", labelled)
    return 0


SCORE_BUCKETS = ((0.5, 1.0), (1.0, 1.1), (1.1, 1.3), (1.3, math.inf))


def report_precision_by_score(title: str, examples: list[Example]) -> None:
    """Per bucket of the best sentence score and length band: documents whose gold label is
    present / documents. A threshold growing with length helps only if, in the same bucket,
    that share falls from band to band."""
    cuts = tercile_cuts({e.doc: e.sentences for e in examples})
    print(f"-- {title}: gold present / documents, by best score (rows) and length band "
          f"(< {cuts[0]}, {cuts[0]}-{cuts[1] - 1}, >= {cuts[1]} sentences) --")  # fmt: skip
    for low, high in SCORE_BUCKETS:
        cells = []
        for band in range(3):
            chosen = [
                e
                for e in examples
                if band_of(e.sentences, cuts) == band
                and low <= max(e.score, e.covered_score) < high
            ]
            present = sum(e.gold_present for e in chosen)
            cells.append(f"{present:3}/{len(chosen):<3} ({present / max(len(chosen), 1):.2f})")
        print(f"  best score [{low}, {high}): " + " | ".join(cells))


def _cuad_cells(cuad: list[Example], recall: list[Example], decided: dict[int, bool]) -> str:
    scores = []
    for category in CUAD_TWO_CLASS:
        pairs = [(e.gold_present, decided[id(e)]) for e in cuad if e.source == category]
        scores.append(two_class(pairs)["pooled_two_class"])
    recalls = []
    for category in CUAD_RECALL:
        found = [decided[id(e)] for e in recall if e.source == category and e.gold_present]
        recalls.append(sum(found) / len(found))
    cells = "  ".join(f"{score:8.3f}" for score in scores)
    return f"{cells}  {sum(scores) / len(scores):5.3f}  {recalls[0]:6.3f} {recalls[1]:6.3f}"


def _labelled_cells(labelled: list[Example], decided: dict[int, bool]) -> str:
    per_item = [
        two_class([(e.gold_present, decided[id(e)]) for e in labelled if e.item == item])[
            "two_class_f1"
        ]
        for item in ITEM_IDS
    ]
    pooled = two_class([(e.gold_present, decided[id(e)]) for e in labelled])["pooled_two_class"]
    return f"{sum(per_item) / len(per_item):5.3f} {pooled:6.3f}"


def _decisions(name: str, examples: list[Example], decided: dict[int, bool]) -> list[Decision]:
    return [
        Decision(name[:34], e.doc, e.sentences, e.gold_present, decided[id(e)]) for e in examples
    ]


if __name__ == "__main__":
    sys.exit(main())
