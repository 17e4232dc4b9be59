"""Item statuses on the development documents in dev_docs_support_dev_documents.py (rollout and
maintenance items; issue 9)."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_support_dev_documents import DOCUMENTS, LABELS


@cache
def analysis(name: str):
    return analyse_text(DOCUMENTS[name])


ITEM_CASES = [
    (name, item_id, status) for name, labels in LABELS.items() for item_id, status in labels.items()
]


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status(name, item_id, expected):
    assert analysis(name).item(item_id).status == expected
