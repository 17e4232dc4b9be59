"""Error analysis of one rule on CUAD dev (not a test: prints the errors to read).

Usage: .venv/bin/python benchmarks/cuad_item_errors.py ITEM_ID [--fold N] [--jobs N]

For an item that a CUAD category maps onto (contracts_eval.CUAD_TWO_CLASS), runs that rule alone
on the 290 CUAD dev contracts (seconds, not the minutes of the full benchmark) and prints the
two-class figures with the item's threshold chosen on the training folds (5 folds by document,
as contracts_eval.py; unlike it, CUAD's labels only, without the labelled/ documents), then each
false positive and false negative: the rule's best sentences and CUAD's labelled span.

--fold N lists only the errors of the TRAINING folds of fold N (all folds but N), so that rules
can be written from them while fold N stays unread for a held-out check.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from contracts_eval import (
    CONTRACTS,
    CUAD_FOLDS,
    CUAD_TWO_CLASS,
    cuad_answered,
    read_cuad_rows,
)
from contracts_eval_thresholds import Example as ThresholdExample
from contracts_eval_thresholds import fit_threshold, two_class

from vendorpact.core.contracts.detectors import ITEM_RULES
from vendorpact.core.contracts.detectors.engine import score_rule
from vendorpact.core.contracts.detectors.thresholds import SCORE_FLOOR
from vendorpact.core.contracts.extraction import extract_file
from vendorpact.core.contracts.language import detect_language
from vendorpact.core.contracts.structure import build_structure

CUAD = CONTRACTS / "cuad"
SHOWN_SENTENCES = 3


@dataclass(frozen=True)
class Scored:
    name: str
    score: float  # best sentence score / present_score (0 below the floor)
    best: list[tuple[float, str]]  # (score, sentence) of the best sentences


def score_document(job: tuple[str, str]) -> Scored:
    item_id, name = job
    structure = build_structure(extract_file(CUAD / "txt" / name).pages)
    structure.dutch_compounds = detect_language(structure.blob) == "nl"
    rule = ITEM_RULES[item_id]
    hits = score_rule(rule, structure, floor=SCORE_FLOOR)
    best = [(h.score / rule.present_score, structure.lowered(h.index)) for h in hits]
    return Scored(name, best[0][0] if best else 0.0, best[:SHOWN_SENTENCES])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("item_id")
    parser.add_argument("--fold", type=int, default=None)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    categories = next((c for c, i in CUAD_TWO_CLASS.items() if i == args.item_id), None)
    if categories is None:
        print(f"no CUAD category maps onto {args.item_id}", file=sys.stderr)
        return 1
    rows = {row["Filename"]: row for row in read_cuad_rows()}
    names = sorted(rows)
    folds = {name: number % CUAD_FOLDS for number, name in enumerate(names)}
    with ProcessPoolExecutor(args.jobs) as pool:
        scored = list(pool.map(score_document, [(args.item_id, n) for n in names], chunksize=4))
    gold = {n: any(cuad_answered(rows[n], c) for c in categories.split("|")) for n in names}
    examples = {
        s.name: ThresholdExample(categories, s.name, args.item_id, gold[s.name], None, s.score, 0)
        for s in scored
    }
    predicted = {}
    for fold in range(CUAD_FOLDS):
        training = [e for n, e in examples.items() if folds[n] != fold]
        threshold = fit_threshold(training)
        for name in names:
            if folds[name] == fold:
                predicted[name] = examples[name].present(threshold)
    report(two_class([(gold[n], predicted[n]) for n in names]))
    shown = [s for s in scored if args.fold is None or folds[s.name] != args.fold]
    for kind, wrong in (("FALSE POSITIVE", True), ("FALSE NEGATIVE", False)):
        for item in shown:
            if predicted[item.name] == wrong and gold[item.name] != wrong:
                print(f"\n## {kind} {item.name} (fold {folds[item.name]}, score {item.score:.2f})")
                for score, sentence in item.best:
                    print(f"   [{score:.2f}] {sentence[:300]}")
                spans = " | ".join(rows[item.name][c][:300] for c in categories.split("|"))
                print(f"   CUAD: {spans}")
    return 0


def report(stats: dict) -> None:
    print(f"cross-validated two-class F1 (pooled) {stats['pooled_two_class']:.3f}")
    for name in ("present", "missing"):
        precision, recall, f1, support = stats[name]
        print(f"  {name:8} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (n={support})")


if __name__ == "__main__":
    sys.exit(main())
