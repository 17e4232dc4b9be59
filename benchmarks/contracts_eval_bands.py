"""Length bands for benchmarks/contracts_eval.py: does a longer document raise the false positive
rate? (issue 9: "score each clause ... so length stops inflating false positives").

Documents are split into terciles of their number of sentences (structure.sentences, after
segmentation); per band the table gives the false-positive rate on the documents whose gold label
is missing, the recall on those where it is present, and the precision of the "present"
decisions (the share of them that are right). A threshold that grows with length can only help
where the precision falls with length at the same score; contracts_eval_length.py measures that.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    """One item decision on one document, for the band table."""

    group: str  # the table row: an item or a CUAD category, or "all items"
    doc: str
    sentences: int
    gold_present: bool
    predicted_present: bool


def tercile_cuts(lengths: dict[str, int]) -> tuple[int, int]:
    """Sentence counts that split the documents (name -> count) into three bands of (nearly)
    equal size: band 0 below the first cut, band 2 at or above the second."""
    ordered = sorted(lengths.values())
    return ordered[len(ordered) // 3], ordered[2 * len(ordered) // 3]


def band_of(sentences: int, cuts: tuple[int, int]) -> int:
    return 0 if sentences < cuts[0] else 1 if sentences < cuts[1] else 2


def band_counts(decisions: list[Decision], cuts: tuple[int, int]) -> dict[str, list[dict]]:
    """group -> per band {fp, negatives, tp, positives}."""
    table: dict[str, list[dict]] = defaultdict(lambda: [defaultdict(int) for _ in range(3)])
    for decision in decisions:
        cell = table[decision.group][band_of(decision.sentences, cuts)]
        if decision.gold_present:
            cell["positives"] += 1
            cell["tp"] += decision.predicted_present
        else:
            cell["negatives"] += 1
            cell["fp"] += decision.predicted_present
    return table


def _cell(counts: dict) -> str:
    fp, negatives = counts["fp"], counts["negatives"]
    tp, positives = counts["tp"], counts["positives"]
    fp_rate = f"{fp / negatives:.2f}" if negatives else "  - "
    recall = f"{tp / positives:.2f}" if positives else "  - "
    precision = f"{tp / (tp + fp):.2f}" if tp + fp else "  - "
    return f"{fp_rate} {fp:2}/{negatives:<3} {recall} {precision}"


def report_bands(title: str, decisions: list[Decision]) -> None:
    """Print the FP rate (with counts), recall and precision per tercile of sentence count."""
    lengths = {d.doc: d.sentences for d in decisions}
    cuts = tercile_cuts(lengths)
    bands = (f"< {cuts[0]}", f"{cuts[0]}-{cuts[1] - 1}", f">= {cuts[1]}")
    print(f"-- {title}: by document length (sentences; {len(lengths)} documents) --")
    print(f"{'':34} " + " | ".join(f"{b:^24}" for b in bands))
    print(f"{'':34} " + " | ".join(f"{'FP rate  FP/neg   R    P':24}" for _ in bands))
    for group, cells in band_counts(decisions, cuts).items():
        print(f"{group:34} " + " | ".join(f"{_cell(c):24}" for c in cells))
