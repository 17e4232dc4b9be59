"""Per item, how strong the best sentence must be (relative to its rule's present_score) for the
item to count as present. The values are the only parameters of the analyser that are fitted to
data: `benchmarks/contracts_eval.py --fit` chooses each from THRESHOLD_GRID on the labelled
documents (plus CUAD's expert labels for the items CUAD maps onto) and prints this table; the
benchmark's cross-validated figures choose them on training folds only. Items not listed use 1.0.
"""

from __future__ import annotations

SCORE_FLOOR = 0.5  # sentences scoring below this (relative) are never evidence
THRESHOLD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.6)
# A signature block or a table of times per priority settles an item outright: above any
# threshold of the grid.
SETTLED_SCORE = 2.0

ITEM_THRESHOLDS: dict[str, float] = {}


def threshold_for(item_id: str) -> float:
    return ITEM_THRESHOLDS.get(item_id, 1.0)


def status_at(score: float, covered_score: float, threshold: float) -> str:
    """covered when a concrete, not vague sentence reaches the threshold; partial when another
    sentence does; missing otherwise."""
    if covered_score and covered_score >= threshold:
        return "covered"
    if score and score >= threshold:
        return "partial"
    return "missing"
