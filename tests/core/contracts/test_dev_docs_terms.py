"""Item statuses and risk flags on the development documents in
test_dev_docs_terms_dev_documents.py (exit and legal items, five risk flags; issue 9)."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .test_dev_docs_terms_dev_documents import DOCUMENTS, LABELS, RISKS


@cache
def analysis(name: str):
    return analyse_text(DOCUMENTS[name])


ITEM_CASES = [
    (name, item_id, status) for name, labels in LABELS.items() for item_id, status in labels.items()
]
RISK_CASES = [
    (name, risk_id, raised) for name, risks in RISKS.items() for risk_id, raised in risks.items()
]


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status(name, item_id, expected):
    assert analysis(name).item(item_id).status == expected


@pytest.mark.parametrize(("name", "risk_id", "raised"), RISK_CASES)
def test_risk_flag(name, risk_id, raised):
    assert (risk_id in analysis(name).risk_ids()) is raised
