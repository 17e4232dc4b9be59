"""Evaluate the contract analyser on the shared labelled data (not a test: prints figures).

Usage: .venv/bin/python benchmarks/contracts_eval.py [--jobs N] [--verbose] [--skip-cuad] [--fit]
       [--skip-learned]

Sections 1 and 2 measure the rules alone (analyse_file(learned=False)); section 3
(contracts_eval_learned.py) the learned clause classifiers combined with the rules, nested
cross-validated by document, and the held-out documents of tests/core/contracts.

The analyser's only fitted parameters are the per-item thresholds of
`core/contracts/detectors/thresholds.py`. THE result is cross-validated, with folds split by
document: leave-one-document-out over labelled/, 5 folds over the CUAD dev contracts. In each
fold the thresholds are chosen on the training folds only (labelled documents plus CUAD's expert
labels for the items CUAD maps onto, without the held-out documents) and applied to the held-out
one. Beside it, labelled as such, the training figure (thresholds chosen on all the data and
scored on the same data) and the analyser as shipped: thresholds.py ships only thresholds whose
cross-validated figure beats the unfitted 1.0 (none did, on 2026-12-04: per-item thresholds
chosen on 14 documents do not carry over to the 15th). Caveat that no cross-validation
removes: the rules (cue patterns and weights) were written by hand while looking at these
documents, so even the cross-validated figure is optimistic; the held-out documents of
tests/core/contracts/test_contracts_unseen.py measure how the analyser reads unseen texts.

1. labelled/: per checklist item two-class F1 of present (covered or partial) vs missing, their
   mean, status accuracy (covered/partial/missing); risk flags, figure accuracy (within 2%) and
   the engagement kind (these have no fitted parameters).
2. CUAD dev labels: two-class F1 for the categories that map onto our items, and recall for
   the categories that cover part of an item (CUAD_RECALL: liability cap, termination for
   convenience, notice period to terminate renewal, IP assignment / licence grant, price
   restrictions, most favoured nation), cross-validated like the rest (thresholds chosen on
   the training folds) beside the training and shipped figures. CUAD_UNMAPPED lists the
   categories left out and why. On 2026-12-04, cross-validated: cap on liability 150/155,
   termination for convenience 106/109, notice period to terminate renewal 61/61, IP 164/169,
   price restrictions 7/7, most favoured nation 15/19 (the four misses are not price clauses:
   precedence of commitments, approval of other sponsors, renegotiation if a third party
   charges; MFN covers the item loosely).

3. Clause classifiers: see contracts_eval_learned.py.

After sections 1 and 2, the cross-validated decisions by document length (terciles of the number
of sentences; contracts_eval_bands.py): false-positive rate on the documents labelled missing,
recall and precision per band. contracts_eval_length.py cross-validates decisions that depend on
the length (a threshold t0 + k ln n, logistic calibrations); none beat the thresholds above on
2026-12-04, so none ships.

--fit prints the thresholds chosen on all the data, to paste into thresholds.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from contracts_eval_bands import Decision, report_bands
from contracts_eval_learned import (
    labelled_combined,
    read_cuad_rows,
    report_cuad_learned,
    report_labelled_learned,
    report_unseen,
)
from contracts_eval_thresholds import (
    Example,
    cross_validated,
    fit_thresholds,
    two_class,
    with_thresholds,
)

from vendorpact.core.checklist import ITEM_IDS, RISK_IDS
from vendorpact.core.contracts import analyse_file, result_to_dict
from vendorpact.core.contracts.detectors.thresholds import (
    threshold_for,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VENDORPACT_SHARED_DIR", REPO.parent / "shared")) / "data"
CONTRACTS = SHARED / "contracts"
CUAD_FOLDS = 5
FIGURE_KEYS = (
    "notice_period_days",
    "contract_term_months",
    "availability_percent",
    "payment_term_days",
    "warranty_days",
    "response_time_hours_highest_priority",
)
CUAD_TWO_CLASS = {
    "Governing Law": "legal.governing_law",
    "Source Code Escrow": "exit.escrow",
    "Warranty Duration": "rollout.warranty",
    "Expiration Date|Renewal Term": "exit.duration_renewal",
}
# CUAD categories that cover only part of an item (every answer is the item, not every
# instance of the item is an answer): recall only. Categories were mapped from
# category_descriptions.csv; see CUAD_UNMAPPED for the ones left out and why.
CUAD_RECALL = {
    "Cap on Liability": "legal.liability",
    "Termination for Convenience": "exit.termination",
    "Notice Period to Terminate Renewal": "exit.termination",  # a notice period to end it
    "IP Ownership Assignment|Joint IP Ownership|License Grant": "legal.ip",
    "Price Restrictions": "budget.rates",  # when and how far prices may change
    "Most Favored Nation": "budget.rates",  # prices follow those given to third parties
}
# Checked on 2026-12-04 in CUAD dev: every "Uncapped Liability" answer comes with a "Cap on
# Liability" one and every "Notice Period to Terminate Renewal" answer with an "Expiration Date"
# or "Renewal Term" one, so adding them to those rows would not change the documents counted.
CUAD_UNMAPPED = {
    "Post-Termination Services": "mostly post-term royalties, sell-off periods, record keeping; "
    "transition assistance (exit.transition) and data return are a small part of it",
    "Liquidated Damages": "mostly termination fees and breach penalties, not delay penalties "
    "(timing.delay) or service credits",
    "Minimum Commitment": "minimum purchase volumes of goods, not a fee the client pays for a "
    "service (budget.recurring_cost)",
    "Volume Restriction": "usage thresholds of licences, not rates or extra-work procedures",
    "Audit Rights": "inspection of books and records: no checklist item",
    "Insurance": "no checklist item",
    "Change of Control": "mostly consent to assignment on a merger, a termination right only "
    "sometimes",
}


def find_source(name: str) -> Path | None:
    for folder in (CONTRACTS / "cuad" / "txt", CONTRACTS / "other"):
        if (folder / name).exists():
            return folder / name
    return None


def analyse_path(path: str) -> dict:
    result = analyse_file(path, learned=False)  # the classifiers: contracts_eval_learned.py
    data = result_to_dict(result)
    data["scores"] = {item.id: (item.score, item.covered_score) for item in result.items}
    data["sentences"] = result.sentences
    return data


# -- data ----------------------------------------------------------------------------------


def labelled_data(jobs: int) -> tuple[list[dict], list[dict], list[Example]]:
    labels = [json.loads(p.read_text()) for p in sorted((CONTRACTS / "labelled").glob("*.json"))]
    sources = [find_source(label["file"]) for label in labels]
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(analyse_path, [str(s) for s in sources]))
    examples = []
    for label, result in zip(labels, results, strict=True):
        for item_id in ITEM_IDS:
            gold = label["items"][item_id]["status"]
            score, covered_score = result["scores"][item_id]
            examples.append(
                Example("labelled", label["file"], item_id, gold != "missing", gold, score,
                        covered_score, result["sentences"])
            )  # fmt: skip
    return labels, results, examples


def cuad_data(jobs: int) -> tuple[list[dict], list[dict], list[Example]]:
    rows = read_cuad_rows()
    paths = [str(CONTRACTS / "cuad" / "txt" / row["Filename"]) for row in rows]
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(analyse_path, paths, chunksize=4))
    examples = []
    for row, result in zip(rows, results, strict=True):
        for categories, item_id in CUAD_TWO_CLASS.items():
            gold = cuad_answered(row, categories)
            score, covered_score = result["scores"][item_id]
            examples.append(
                Example(categories, row["Filename"], item_id, gold, None, score, covered_score,
                        result["sentences"])
            )  # fmt: skip
    return rows, results, examples


def cuad_recall_examples(rows: list[dict], results: list[dict]) -> list[Example]:
    """The CUAD_RECALL categories: gold for recall only, never fitted on."""
    examples = []
    for row, result in zip(rows, results, strict=True):
        for category, item_id in CUAD_RECALL.items():
            score, covered_score = result["scores"][item_id]
            examples.append(
                Example(category, row["Filename"], item_id, cuad_answered(row, category), None,
                        score, covered_score, result["sentences"])
            )  # fmt: skip
    return examples


def cuad_answered(row: dict, categories: str) -> bool:
    """Whether any of the |-separated categories has an answer in the row."""
    return any(row[c].strip() not in ("", "[]") for c in categories.split("|"))


# -- reports -------------------------------------------------------------------------------


def report_labelled(examples: list[Example], runs: dict[str, dict], verbose: bool) -> None:
    """runs: name -> {(source, doc, item): predicted status}; the first is THE result."""
    names = list(runs)
    docs = len({e.doc for e in examples})
    print(f"== labelled documents: {docs} (two-class F1 per item: {' | '.join(names)}) ==")
    means: dict[str, list[float]] = defaultdict(list)
    for item_id in ITEM_IDS:
        item_examples = [e for e in examples if e.item == item_id]
        row = []
        for name in names:
            stats = two_class(_pairs(item_examples, runs[name]))
            means[name].append(stats["two_class_f1"])
            row.append(f"{stats['two_class_f1']:5.2f}")
        print(f"{item_id:34} " + "  ".join(row))
    for name in names:
        pooled = two_class(_pairs(examples, runs[name]))["pooled_two_class"]
        hits = sum(runs[name][_key(e)] == e.gold_status for e in examples)
        print(
            f"{name:38} mean per-item two-class F1 {_mean(means[name]):.3f}, pooled "
            f"{pooled:.3f}, status accuracy {hits / len(examples):.3f}"
        )
    if verbose:
        for example in examples:
            predicted = runs[names[0]][_key(example)]
            if (predicted == "missing") == example.gold_present:
                print("  miss:", example.item, example.doc[:40], example.gold_status, predicted)


def report_unfitted(labels: list[dict], results: list[dict], verbose: bool) -> None:
    """Risk flags, figures and kind: no fitted parameters, so no cross-validation."""
    risk_pairs: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    figure_hits = figure_total = null_hits = null_total = kind_hits = kind_total = 0
    per_key: dict[str, Counter] = defaultdict(Counter)
    for label, result in zip(labels, results, strict=True):
        if label["engagement_kind"] != "mixed":
            kind_total += 1
            kind_hits += label["engagement_kind"] == result["kind"]
        raised = {risk["id"] for risk in result["risks"]}
        for risk_id in RISK_IDS:
            risk_pairs[risk_id].append((label["risks"][risk_id]["raised"], risk_id in raised))
        figures = predicted_figures(result["figures"])
        for key in FIGURE_KEYS:
            gold = label["figures"].get(key)
            if gold is None:
                null_total += 1
                null_hits += figures.get(key) is None
                per_key[key].update(null=1, null_left=figures.get(key) is None)
                if verbose and figures.get(key) is not None:
                    print(f"  figure {key} {label['file'][:40]}: gold null got {figures[key]}")
                continue
            figure_total += 1
            ok = figure_close(gold, figures.get(key))
            figure_hits += ok
            per_key[key].update(labelled=1, right=ok)
            if verbose and not ok:
                print(f"  figure {key} {label['file'][:40]}: gold {gold} got {figures.get(key)}")
    print("-- no fitted parameters (rules written on these documents: training figures) --")
    risk_all = [pair for pairs in risk_pairs.values() for pair in pairs]
    print(f"risk flags pooled two-class F1: {two_class(risk_all)['pooled_two_class']:.3f}")
    for risk_id in RISK_IDS:
        stats = two_class(risk_pairs[risk_id])
        print(
            f"  {risk_id:30} P {stats['present'][0]:.2f} R {stats['present'][1]:.2f} "
            f"(raised in {stats['present'][3]})"
        )
    print(
        f"figures exact within 2% (non-null labels): {figure_hits}/{figure_total} = "
        f"{figure_hits / max(figure_total, 1):.3f}; null labels left null: "
        f"{null_hits}/{null_total}"
    )
    for key in FIGURE_KEYS:
        counts = per_key[key]
        print(
            f"  {key:38} exact {counts['right']}/{counts['labelled']}, null labels left null "
            f"{counts['null_left']}/{counts['null']}"
        )
    print(f"engagement kind inferred correctly: {kind_hits}/{kind_total} (not 'mixed')")


def report_cuad(
    rows: list[dict], examples: list[Example], runs: dict[str, dict], recall: list[Example],
    recall_runs: dict[str, dict],
) -> None:  # fmt: skip
    names = list(runs)
    print(f"== CUAD dev labels: {len(rows)} contracts (two-class F1: {' | '.join(names)}) ==")
    means: dict[str, list[float]] = defaultdict(list)
    for categories, item_id in CUAD_TWO_CLASS.items():
        category_examples = [e for e in examples if e.source == categories]
        row = []
        for name in names:
            stats = two_class(_pairs(category_examples, runs[name]))
            means[name].append(stats["pooled_two_class"])
            row.append(f"{stats['pooled_two_class']:.3f}")
        support = sum(e.gold_present for e in category_examples)
        print(f"{categories:30} -> {item_id:24} (n+={support:3}) " + "  ".join(row))
    for name in names:
        print(f"{name:38} mean two-class F1 over mapped categories {_mean(means[name]):.3f}")
    print(f"recall of the item on the CUAD category's answers ({' | '.join(recall_runs)}):")
    for category, item_id in CUAD_RECALL.items():
        gold = [e for e in recall if e.source == category and e.gold_present]
        cells = []
        for predicted in recall_runs.values():
            found = sum(predicted[_key(e)] != "missing" for e in gold)
            cells.append(f"{found}/{len(gold)} = {found / max(len(gold), 1):.3f}")
        print(f"  {category[:40]:40} -> {item_id:18} " + "  ".join(cells))


def labelled_decisions(examples: list[Example], predicted: dict) -> list[Decision]:
    return [
        Decision("all items (pooled)", e.doc, e.sentences, e.gold_present,
                 predicted[_key(e)] != "missing")
        for e in examples
    ]  # fmt: skip


def cuad_decisions(
    rows: list[dict], results: list[dict], examples: list[Example], predicted: dict
) -> list[Decision]:
    """Per mapped item (predicted: THE cross-validated result), the four pooled, and the recall
    items as shipped (their CUAD category covers part of the item: a "false positive" there is
    a contract with, say, a termination clause but no termination for convenience)."""
    decisions = [
        Decision(e.item, e.doc, e.sentences, e.gold_present, predicted[_key(e)] != "missing")
        for e in examples
    ]
    decisions += [replace(d, group="4 mapped items (pooled)") for d in decisions]
    for category in ("Cap on Liability", "Termination for Convenience"):  # one per item
        item_id = CUAD_RECALL[category]
        for row, result in zip(rows, results, strict=True):
            present = _status(result, item_id) != "missing"
            gold = cuad_answered(row, category)
            decisions.append(
                Decision(f"{item_id} (shipped)*", row["Filename"], result["sentences"], gold,
                         present)
            )  # fmt: skip
    return decisions


def _status(result: dict, item_id: str) -> str:
    return next(i["status"] for i in result["items"] if i["id"] == item_id)


def _key(example: Example) -> tuple[str, str, str]:
    return (example.source, example.doc, example.item)


def _pairs(examples: list[Example], predicted: dict) -> list[tuple[bool, bool]]:
    return [(e.gold_present, predicted[_key(e)] != "missing") for e in examples]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def figure_close(gold: float, predicted: float | None) -> bool:
    if predicted is None:
        return False
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= 0.02 * abs(gold)


def predicted_figures(figures: dict) -> dict:
    times = [t["hours"] for t in figures["response_times"]]
    prioritised = [t["hours"] for t in figures["response_times"] if t["priority"] == "P1"]
    best = min(prioritised or times) if times else None
    return {**figures, "response_time_hours_highest_priority": best}


def runs_for(
    examples: list[Example], folds: dict[str, int], all_examples: list[Example]
) -> dict[str, dict]:
    return {
        "CROSS-VALIDATED: thresholds chosen on training folds": cross_validated(
            examples, folds, all_examples
        ),
        "training: thresholds chosen on all documents": with_thresholds(
            examples, fit_thresholds(all_examples)
        ),
        "as shipped (thresholds.py), development data": with_thresholds(
            examples, {item: threshold_for(item) for item in ITEM_IDS}
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--skip-cuad", action="store_true")
    parser.add_argument("--skip-learned", action="store_true", help="no clause classifiers")
    parser.add_argument("--fit", action="store_true", help="print thresholds fitted on all data")
    args = parser.parse_args()
    if not CONTRACTS.exists():
        print(f"shared data not found at {CONTRACTS}", file=sys.stderr)
        return 1
    labels, results, labelled_examples = labelled_data(args.jobs)
    cuad_rows, cuad_results, cuad_examples = [], [], []
    if not args.skip_cuad:
        cuad_rows, cuad_results, cuad_examples = cuad_data(args.jobs)
    all_examples = labelled_examples + cuad_examples
    labelled_folds = {label["file"]: number for number, label in enumerate(labels)}
    labelled_runs = runs_for(labelled_examples, labelled_folds, all_examples)
    report_labelled(labelled_examples, labelled_runs, args.verbose)
    report_unfitted(labels, results, args.verbose)
    if cuad_rows:
        names = sorted(row["Filename"] for row in cuad_rows)
        cuad_folds = {name: number % CUAD_FOLDS for number, name in enumerate(names)}
        runs = runs_for(cuad_examples, cuad_folds, all_examples)
        recall = cuad_recall_examples(cuad_rows, cuad_results)
        recall_runs = runs_for(recall, cuad_folds, all_examples)
        report_cuad(cuad_rows, cuad_examples, runs, recall, recall_runs)
        cuad_cv = next(iter(runs.values()))
        report_bands(
            "CUAD dev, cross-validated",
            cuad_decisions(cuad_rows, cuad_results, cuad_examples, cuad_cv),
        )
        print("* gold: Cap on Liability / Termination for Convenience, which cover part of it")
    report_bands(
        "labelled, cross-validated",
        labelled_decisions(labelled_examples, next(iter(labelled_runs.values()))),
    )
    if not args.skip_learned:
        nested = None if args.skip_cuad else report_cuad_learned(args.jobs)
        rules_cv = next(iter(labelled_runs.values()))
        sources = {label["file"]: find_source(label["file"]) for label in labels}
        combined = labelled_combined(nested, labelled_examples, rules_cv, sources)
        report_labelled_learned(
            labelled_examples,
            {"CV rules": rules_cv, "CV rules + classifiers (CUAD training folds)": combined},
        )
        report_unseen()
    if args.fit:
        fitted = fit_thresholds(all_examples)
        print("ITEM_THRESHOLDS = {")
        for item_id, threshold in fitted.items():
            if threshold != 1.0:
                print(f'    "{item_id}": {threshold},')
        print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
