"""How the analyser reads the held-out documents (not a test: prints figures).

Usage: .venv/bin/python benchmarks/contracts_heldout.py [BATCH ...] [--rules]

The held-out batches are tests/core/contracts/unseen_documents.py (batch 1) and
unseen_documents_N.py (batch N): documents written and labelled against spec/checklist.md by
examiners who did not read the analyser, each batch committed before the rule and model changes
it measures (their docstrings say when each was first scored). Per batch, and over the batches
asked for: item statuses right (per language and per label), risk flags right and figures exact
(within 2 %, as the held-out tests read them). --rules: the rules alone (no learned models).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.core.contracts.held_out import figure_of  # noqa: E402
from vendorpact.core.contracts import analyse_text  # noqa: E402

FIXTURES = REPO / "tests" / "core" / "contracts"
LANGUAGES = ("nl", "fr", "en")
STATUSES = ("covered", "partial", "missing")


def batch_numbers() -> list[int]:
    numbers = []
    for path in FIXTURES.glob("unseen_documents*.py"):
        match = re.fullmatch(r"unseen_documents(?:_(\d+))?", path.stem)
        if match:
            numbers.append(int(match.group(1) or 1))
    return sorted(numbers)


def batch_documents(number: int) -> list:
    name = "unseen_documents" if number == 1 else f"unseen_documents_{number}"
    return importlib.import_module(f"tests.core.contracts.{name}").DOCUMENTS


def figure_exact(expected: float, got: float | None) -> bool:
    return got is not None and abs(got - expected) <= 0.02 * abs(expected) + 1e-9


def score_document(document, learned: bool) -> Counter:
    result = analyse_text(document.text, filename=f"{document.name}.txt", learned=learned)
    language = document.name[:2]
    counts = Counter()
    for item_id, expected in document.items.items():
        right = result.item(item_id).status == expected
        counts.update({"items": right, "items_n": 1, language: right, f"{language}_n": 1})
        counts.update({expected: right, f"{expected}_n": 1})
    raised = set(result.risk_ids())
    for risk_id, expected in document.risks.items():
        counts.update({"risks": (risk_id in raised) == expected, "risks_n": 1})
    for key, expected in document.figures.items():
        counts.update({"figures": figure_exact(expected, figure_of(result, key)), "figures_n": 1})
    return counts


def ratio(counts: Counter, key: str) -> str:
    total = counts[f"{key}_n"]
    return f"{counts[key]}/{total} ({counts[key] / total:.3f})" if total else "-"


def summary(label: str, counts: Counter) -> str:
    languages = "  ".join(f"{lang} {ratio(counts, lang)}" for lang in LANGUAGES)
    statuses = "  ".join(f"{s} {counts[s]}/{counts[f'{s}_n']}" for s in STATUSES)
    return (
        f"{label:>9}: items {ratio(counts, 'items')}  risks {ratio(counts, 'risks')}  "
        f"figures {ratio(counts, 'figures')}\n{'':11}{languages}\n{'':11}{statuses}"
    )


def report(batches: list[int], learned: bool = True) -> None:
    """One summary per batch and one over them all."""
    total = Counter()
    for number in batches:
        counts = Counter()
        for document in batch_documents(number):
            counts.update(score_document(document, learned))
        print(summary(f"batch {number}", counts))
        total.update(counts)
    print(summary("together", total))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batches", nargs="*", type=int, help="batch numbers (default: all)")
    parser.add_argument("--rules", action="store_true", help="the rules alone")
    args = parser.parse_args()
    report(args.batches or batch_numbers(), learned=not args.rules)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
