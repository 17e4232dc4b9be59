"""Evaluate the contract analyser on the shared labelled data (not a test: prints figures).

Usage: .venv/bin/python benchmarks/contracts_eval.py [--jobs N] [--verbose] [--skip-cuad]

1. labelled/: per checklist item precision/recall/F1 of "present" (covered or partial) and of
   "missing", their mean (two-class F1), status accuracy, risk flags, figure accuracy (within 2%).
2. CUAD dev labels: two-class F1 for the categories that map onto our items, and recall for
   Cap on Liability and Termination for Convenience.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from vendorpact.core.checklist import ITEM_IDS, RISK_IDS
from vendorpact.core.contracts import analyse_file, result_to_dict

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VENDORPACT_SHARED_DIR", REPO.parent / "shared")) / "data"
CONTRACTS = SHARED / "contracts"
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
CUAD_RECALL = {
    "Cap on Liability": "legal.liability",
    "Termination for Convenience": "exit.termination",
}
csv.field_size_limit(10**8)


def find_source(name: str) -> Path | None:
    for folder in (CONTRACTS / "cuad" / "txt", CONTRACTS / "other"):
        if (folder / name).exists():
            return folder / name
    return None


def analyse_path(path: str) -> dict:
    return result_to_dict(analyse_file(path))


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


def evaluate_labelled(jobs: int, verbose: bool) -> None:
    labels = [json.loads(p.read_text()) for p in sorted((CONTRACTS / "labelled").glob("*.json"))]
    sources = [find_source(label["file"]) for label in labels]
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(analyse_path, [str(s) for s in sources]))
    per_item: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    status_hits = status_total = 0
    risk_pairs: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    figure_hits = figure_total = null_hits = null_total = 0
    errors = []
    kind_hits = kind_total = 0
    for label, result in zip(labels, results, strict=True):
        if label["engagement_kind"] != "mixed":
            kind_total += 1
            kind_hits += label["engagement_kind"] == result["kind"]
        items = {item["id"]: item for item in result["items"]}
        for item_id in ITEM_IDS:
            gold = label["items"][item_id]["status"]
            predicted = items[item_id]["status"]
            per_item[item_id].append((gold != "missing", predicted != "missing"))
            status_hits += gold == predicted
            status_total += 1
            if verbose and (gold == "missing") != (predicted == "missing"):
                errors.append((item_id, label["file"][:40], gold, predicted))
        raised = {risk["id"] for risk in result["risks"]}
        for risk_id in RISK_IDS:
            risk_pairs[risk_id].append((label["risks"][risk_id]["raised"], risk_id in raised))
        figures = predicted_figures(result["figures"])
        for key in FIGURE_KEYS:
            gold = label["figures"].get(key)
            if gold is None:
                null_total += 1
                null_hits += figures.get(key) is None
            else:
                figure_total += 1
                ok = figure_close(gold, figures.get(key))
                figure_hits += ok
                if verbose and not ok:
                    print(
                        f"  figure {key} {label['file'][:40]}: gold {gold} got {figures.get(key)}"
                    )
    print(f"== labelled documents: {len(labels)} ==")
    print(f"{'item':34} {'P+':>5} {'R+':>5} {'F1+':>5} {'P-':>5} {'R-':>5} {'F1-':>5} {'2cF1':>5}")
    means, pooled = [], []
    for item_id in ITEM_IDS:
        stats = two_class(per_item[item_id])
        means.append(stats["two_class_f1"])
        pooled.extend(per_item[item_id])
        p, m = stats["present"], stats["missing"]
        print(
            f"{item_id:34} {p[0]:5.2f} {p[1]:5.2f} {p[2]:5.2f} {m[0]:5.2f} {m[1]:5.2f} "
            f"{m[2]:5.2f} {stats['two_class_f1']:5.2f}"
        )
    overall = two_class(pooled)
    print(f"mean per-item two-class F1 (classes with support): {sum(means) / len(means):.3f}")
    print(f"pooled two-class F1 over all item decisions:        {overall['pooled_two_class']:.3f}")
    print(f"status accuracy (covered/partial/missing):          {status_hits / status_total:.3f}")
    risk_all = [pair for pairs in risk_pairs.values() for pair in pairs]
    print(
        f"risk flags pooled two-class F1:                     "
        f"{two_class(risk_all)['pooled_two_class']:.3f}"
    )
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
    print(
        f"engagement kind inferred correctly: {kind_hits}/{kind_total} (documents not "
        f"labelled 'mixed')"
    )
    for error in errors:
        print("  miss:", *error)


def evaluate_cuad(jobs: int) -> None:
    with (CONTRACTS / "cuad" / "master_clauses_dev.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    paths = [str(CONTRACTS / "cuad" / "txt" / row["Filename"]) for row in rows]
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(analyse_path, paths, chunksize=4))
    print(f"== CUAD dev labels: {len(rows)} contracts ==")
    means = []
    for categories, item_id in CUAD_TWO_CLASS.items():
        pairs = []
        for row, result in zip(rows, results, strict=True):
            gold = any(row[c].strip() not in ("", "[]") for c in categories.split("|"))
            status = next(i["status"] for i in result["items"] if i["id"] == item_id)
            pairs.append((gold, status != "missing"))
        stats = two_class(pairs)
        means.append(stats["pooled_two_class"])
        p, m = stats["present"], stats["missing"]
        print(
            f"{categories:30} -> {item_id:24} F1+ {p[2]:.2f} (P {p[0]:.2f} R {p[1]:.2f}, "
            f"n={p[3]}) F1- {m[2]:.2f} two-class {stats['pooled_two_class']:.3f}"
        )
    print(f"mean two-class F1 over mapped CUAD categories: {sum(means) / len(means):.3f}")
    for category, item_id in CUAD_RECALL.items():
        gold_rows = [
            result for row, result in zip(rows, results, strict=True)
            if row[category].strip() not in ("", "[]")
        ]  # fmt: skip
        found = sum(
            1 for r in gold_rows
            if next(i["status"] for i in r["items"] if i["id"] == item_id) != "missing"
        )  # fmt: skip
        print(
            f"recall {category} -> {item_id}: {found}/{len(gold_rows)} = "
            f"{found / max(len(gold_rows), 1):.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--skip-cuad", action="store_true")
    args = parser.parse_args()
    if not CONTRACTS.exists():
        print(f"shared data not found at {CONTRACTS}", file=sys.stderr)
        return 1
    evaluate_labelled(args.jobs, args.verbose)
    if not args.skip_cuad:
        evaluate_cuad(args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
