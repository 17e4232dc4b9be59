"""Item, risk and figure labels of the French development documents in
dev_docs_french_dev_documents.py (issue 9), checked on the rules alone."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_french_dev_documents import (
    DOCUMENTS,
    FIGURES,
    LABELS,
    LIABILITY_CAP_MONTHS,
    ONE_OFF_AMOUNTS,
    RESPONSE_HOURS,
)


@cache
def analysis(name: str):
    return analyse_text(DOCUMENTS[name], learned=False)


def status_of(name: str, item_id: str) -> str:
    result = analysis(name)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


ITEM_CASES = [
    pytest.param(name, item_id, expected, id=f"{name}-{item_id}")
    for name, labels in LABELS.items()
    for item_id, expected in labels.items()
]

FIGURE_CASES = [
    pytest.param(name, figure, expected, id=f"{name}-{figure}")
    for name, figures in FIGURES.items()
    for figure, expected in figures.items()
]


def test_documents_are_read_as_french():
    assert {name: analysis(name).language for name in DOCUMENTS} == dict.fromkeys(DOCUMENTS, "fr")


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status_matches_label(name, item_id, expected):
    assert status_of(name, item_id) == expected


@pytest.mark.parametrize(("name", "figure", "expected"), FIGURE_CASES)
def test_figure_matches_label(name, figure, expected):
    assert getattr(analysis(name).figures, figure) == expected


@pytest.mark.parametrize(("name", "months"), sorted(LIABILITY_CAP_MONTHS.items()))
def test_liability_cap_in_months_of_fees(name, months):
    assert analysis(name).figures.liability_cap["months_of_fees"] == months


@pytest.mark.parametrize(("name", "hours"), sorted(RESPONSE_HOURS.items()))
def test_response_times_in_hours(name, hours):
    assert [entry["hours"] for entry in analysis(name).figures.response_times] == hours


@pytest.mark.parametrize(("name", "amounts"), sorted(ONE_OFF_AMOUNTS.items()))
def test_one_off_amounts(name, amounts):
    found = [a["amount"] for a in analysis(name).figures.amounts if a["kind"] == "one_off"]
    assert found == amounts
