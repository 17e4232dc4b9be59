"""Thresholds chosen by cross-validation for benchmarks/contracts_eval.py: one item decision
per document (Example), two-class F1, and the per-item thresholds fitted on training folds only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from vendorpact.core.checklist import ITEM_IDS
from vendorpact.core.contracts.detectors.thresholds import THRESHOLD_GRID, status_at


@dataclass(frozen=True)
class Example:
    """One item decision on one document: the gold label and the analyser's scores."""

    source: str  # "labelled" or the CUAD category
    doc: str  # file name: the unit folds are split by
    item: str
    gold_present: bool
    gold_status: str | None  # labelled/ only
    score: float
    covered_score: float
    sentences: int = 0  # the document's length (contracts_eval_bands.py)

    def status(self, threshold: float) -> str:
        return status_at(self.score, self.covered_score, threshold)

    def present(self, threshold: float) -> bool:
        return self.status(threshold) != "missing"


Thresholds = dict[str, float]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def two_class(pairs: list[tuple[bool, bool]]) -> dict:
    """pairs of (gold present, predicted present) -> P/R/F1 of both classes and their mean."""
    result = {}
    for name, flag in (("present", True), ("missing", False)):
        tp = sum(1 for g, p in pairs if g == flag and p == flag)
        fp = sum(1 for g, p in pairs if g != flag and p == flag)
        fn = sum(1 for g, p in pairs if g == flag and p != flag)
        result[name] = prf(tp, fp, fn) + (tp + fn,)
    supported = [result[c][2] for c in ("present", "missing") if result[c][3] > 0]
    result["two_class_f1"] = sum(supported) / len(supported) if supported else 1.0
    result["pooled_two_class"] = (result["present"][2] + result["missing"][2]) / 2
    return result


# -- choosing thresholds -------------------------------------------------------------------


def fit_threshold(examples: list[Example]) -> float:
    """The grid threshold with the best two-class F1 on `examples`; ties go to the one nearest
    1.0 (the rules' own present score)."""

    def quality(threshold: float) -> tuple[float, float]:
        pairs = [(e.gold_present, e.present(threshold)) for e in examples]
        return two_class(pairs)["two_class_f1"], -abs(threshold - 1.0)

    return max(THRESHOLD_GRID, key=quality) if examples else 1.0


def fit_thresholds(examples: list[Example]) -> Thresholds:
    """One threshold per item, from the examples given."""
    by_item = training_by_item(examples)
    return {item: fit_threshold(by_item[item]) for item in ITEM_IDS}


def training_by_item(examples: list[Example]) -> dict[str, list[Example]]:
    """The examples per item that a fit may learn from: a document labelled in labelled/ gives
    its labelled/ decision, not CUAD's, so that it counts once."""
    labelled_docs = {e.doc for e in examples if e.source == "labelled"}
    by_item: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        if example.source == "labelled" or example.doc not in labelled_docs:
            by_item[example.item].append(example)
    return by_item


def cross_validated(
    examples: list[Example], folds: dict[str, int], all_examples: list[Example]
) -> dict[tuple[str, str, str], str]:
    """Status of each of `examples` with thresholds fitted on the documents of the other folds
    (folds: document -> fold number). Keyed by (source, doc, item)."""
    predicted = {}
    for fold in sorted(set(folds.values())):
        held_out = {doc for doc, number in folds.items() if number == fold}
        thresholds = fit_thresholds([e for e in all_examples if e.doc not in held_out])
        for example in examples:
            if example.doc in held_out:
                key = (example.source, example.doc, example.item)
                predicted[key] = example.status(thresholds[example.item])
    return predicted


def with_thresholds(examples: list[Example], thresholds: Thresholds) -> dict:
    return {(e.source, e.doc, e.item): e.status(thresholds[e.item]) for e in examples}
