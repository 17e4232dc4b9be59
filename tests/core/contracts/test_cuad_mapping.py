"""The CUAD categories benchmarks/contracts_eval.py maps onto checklist items."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")  # contracts_eval imports the training script
REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "benchmarks"))

import contracts_eval  # noqa: E402

DESCRIPTIONS = contracts_eval.CONTRACTS / "cuad" / "category_descriptions.csv"


def _row(**answers: str) -> dict:
    row = {"Price Restrictions": "[]", "Most Favored Nation": "", "Governing Law": "[]"}
    row.update({name.replace("_", " "): value for name, value in answers.items()})
    return row


def _named_categories() -> set[str]:
    names = set()
    for mapping in (contracts_eval.CUAD_TWO_CLASS, contracts_eval.CUAD_RECALL):
        names.update(category for key in mapping for category in key.split("|"))
    return names


def test_a_category_group_is_answered_when_one_of_its_categories_is():
    row = _row(Most_Favored_Nation="['prices no higher than for any other customer']")

    assert contracts_eval.cuad_answered(row, "Price Restrictions|Most Favored Nation")


def test_a_category_group_with_only_empty_answers_is_not_answered():
    assert not contracts_eval.cuad_answered(_row(), "Price Restrictions|Most Favored Nation")


def test_no_category_is_both_mapped_and_left_out():
    assert not _named_categories() & set(contracts_eval.CUAD_UNMAPPED)


def test_every_mapped_or_left_out_category_is_a_cuad_category():
    if not DESCRIPTIONS.exists():
        pytest.skip(f"CUAD category descriptions not found at {DESCRIPTIONS}")
    with DESCRIPTIONS.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))[1:]
    known = {row[0].removeprefix("Category: ").strip() for row in rows}

    named = _named_categories() | set(contracts_eval.CUAD_UNMAPPED)

    assert named <= known, sorted(named - known)


def test_reading_cuad_leaves_the_process_csv_field_limit_as_it_was():
    # the app's CSV imports refuse oversized fields through the csv module's process-wide limit
    before = csv.field_size_limit()
    rows = contracts_eval.read_cuad_rows()
    assert len(rows) == 290  # the dev split (shared/data/contracts/cuad/README)
    assert csv.field_size_limit() == before == 131072
