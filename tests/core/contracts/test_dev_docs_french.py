"""Item, risk and figure labels of the French development documents in
dev_docs_french_dev_documents.py (issue 9), checked on the rules alone."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_french_dev_documents import DOCUMENTS, FIGURES, LABELS


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
