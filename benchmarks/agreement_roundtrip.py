"""Round trip of the agreement builder (not a test: prints a table).

Usage: .venv/bin/python benchmarks/agreement_roundtrip.py [--via md|docx|pdf] [--addendum]

For each kind (docs/examples/agreement-<kind>.json) and language: the generated agreement is read
back by the contract analyser. Columns: items read as covered / items the agreement settles,
figures equal to the terms / figures stated, risk flags raised, and the seconds it took.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from vendorpact.agreements.docx_renderer import render_docx
from vendorpact.agreements.pdf_renderer import render_pdf
from vendorpact.core.agreements import terms_from_dict
from vendorpact.core.agreements.roundtrip import analyse_markdown, expected_figures, round_trip
from vendorpact.core.contracts import analyse_file

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "docs" / "examples"
KINDS = ("project", "maintenance", "saas", "tm")
LANGS = ("nl", "en", "fr")
RENDERERS = {"docx": render_docx, "pdf": render_pdf}
# An addendum for the points a supplier contract typically leaves open, per kind.
ADDENDUM_ITEMS = {
    "project": ["timing.delay", "rollout.acceptance", "rollout.warranty", "exit.escrow"],
    "maintenance": ["maintenance.response_time", "maintenance.resolution_time",
                    "maintenance.service_credits", "exit.data_return", "legal.liability"],
    "saas": ["maintenance.availability", "maintenance.service_credits", "exit.transition",
             "exit.data_return", "budget.payment_terms"],
    "tm": ["budget.extra_costs", "team.replacement", "team.seniority", "exit.termination"],
}  # fmt: skip


def file_analyser(fmt: str, folder: Path):
    def analyse(agreement):
        path = folder / f"agreement-{agreement.kind}-{agreement.lang}.{fmt}"
        path.write_bytes(RENDERERS[fmt](agreement))
        return analyse_file(path, kind=agreement.kind)

    return analyse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--via", choices=("md", "docx", "pdf"), default="md")
    parser.add_argument("--addendum", action="store_true", help="addenda instead of full")
    args = parser.parse_args(argv)
    mode = "addendum" if args.addendum else "full"
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        analyse = analyse_markdown if args.via == "md" else file_analyser(args.via, Path(folder))
        print(f"agreement round trip ({mode}, via {args.via})")
        print(f"{'kind':<12} {'lang':<4} {'covered':>9} {'figures':>9} {'s':>5}  risks")
        for kind in KINDS:
            data = json.loads((EXAMPLES / f"agreement-{kind}.json").read_text(encoding="utf-8"))
            terms, problems = terms_from_dict(data)
            if problems:
                print(f"{kind}: invalid example: {problems}", file=sys.stderr)
                return 2
            items = ADDENDUM_ITEMS[kind] if args.addendum else None
            for lang in LANGS:
                started = time.perf_counter()
                trip = round_trip(terms, lang, mode, items, analyse)
                seconds = time.perf_counter() - started
                stated = len(expected_figures(terms, trip.settles))
                equal = stated - len(trip.figure_mismatches)
                covered = f"{trip.covered_count}/{len(trip.settles)}"
                risks = ", ".join(trip.risks) or "none"
                print(f"{kind:<12} {lang:<4} {covered:>9} {f'{equal}/{stated}':>9} "
                      f"{seconds:5.2f}  {risks}")  # fmt: skip
                for item_id, status in trip.not_covered.items():
                    print(f"    {item_id}: {status}")
                for name, (wanted, read) in trip.figure_mismatches.items():
                    print(f"    {name}: terms {wanted}, read {read}")
                failures += bool(trip.not_covered or trip.figure_mismatches or trip.risks)
    print(f"{12 - failures}/12 agreements read back exactly")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
