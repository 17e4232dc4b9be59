"""The checklist model's part of the contract evaluation (not a test: prints figures).

Usage: .venv/bin/python benchmarks/contracts_eval_checklist.py [--skip-cv]

1. Nested cross-validation on its training documents (our development documents and held-out
   batches 1-6; scripts/train_checklist_model.evaluate): item statuses right with the rules alone
   and with the model, the thresholds chosen on the training folds only.
2. The held-out batches it never saw (7 and later): item statuses right before the checklist
   model (the rules, and for English the CUAD clause classifiers) and after it, per batch and
   language, with the decisions it changed (right -> wrong, wrong -> right).

On 2026-12-05 (156 training documents, 25 items shipped, thresholds from 0.5): nested CV 3686 ->
3789 of 4323 (0.853 -> 0.876; 107 right, 4 wrong); batch 7 248 -> 258 of 319, batch 8 249 -> 261
of 319, batch 9 285 -> 305 of 362, batch 10 (never seen by anything learned or chosen) 260 -> 276
of 337.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

import train_checklist_model as training  # noqa: E402

from vendorpact.core.contracts.analyse import prepare, rule_findings  # noqa: E402
from vendorpact.core.contracts.clause_model import checklist_model  # noqa: E402
from vendorpact.core.contracts.learned import apply_clause_model  # noqa: E402

FIRST_UNSEEN_BATCH = 7
KEYS = ("labels", "before", "after")


def unseen_batches() -> list[tuple[int, list]]:
    batches = []
    number = FIRST_UNSEEN_BATCH
    while (REPO / "tests" / "core" / "contracts" / f"unseen_documents_{number}.py").exists():
        module = importlib.import_module(f"tests.core.contracts.unseen_documents_{number}")
        batches.append((number, module.DOCUMENTS))
        number += 1
    return batches


def compare(documents) -> tuple[Counter, list[str]]:
    """Item statuses before the checklist model and after it, from one analysis per document
    (the model applied to a copy of the findings, as analyse_text applies it)."""
    counts: Counter = Counter()
    changed = []
    for document in documents:
        _, structure, language = prepare(document.text)
        before, _ = rule_findings(structure, language)
        after = dict(before)
        apply_clause_model(after, structure, language, checklist_model())
        for item_id, gold in document.items.items():
            was, now = before[item_id].status, after[item_id].status
            language = document.name[:2]
            counts["labels", language] += 1
            counts["before", language] += was == gold
            counts["after", language] += now == gold
            if was != now:
                changed.append(f"    {document.name} {item_id}: {was} -> {now} (label {gold})")
    return counts, changed


def report_unseen() -> None:
    print("== held-out batches the model never saw: item statuses right, before -> after ==")
    for number, documents in unseen_batches():
        counts, changed = compare(documents)
        total = {key: sum(v for (k, _), v in counts.items() if k == key) for key in KEYS}
        parts = [
            f"{language} {counts['before', language]} -> {counts['after', language]}"
            f"/{counts['labels', language]}"
            for language in ("nl", "fr", "en")
            if counts["labels", language]
        ]
        print(
            f"batch {number}: {total['before']} -> {total['after']} of {total['labels']} "
            f"({total['before'] / total['labels']:.3f} -> {total['after'] / total['labels']:.3f})"
            f"; {', '.join(parts)}"
        )
        print("\n".join(changed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-cv", action="store_true", help="held-out batches only")
    args = parser.parse_args()
    if not args.skip_cv:
        print("== nested cross-validation on the training documents ==")
        documents, corpus = training.load_all()
        training.evaluate(documents, corpus, log=lambda *_: None)
    report_unseen()
    return 0


if __name__ == "__main__":
    sys.exit(main())
