"""Each labelled item and risk of the agreement/budget development documents."""

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_deal_dev_documents import DEV_DOCUMENTS

CASES = [
    pytest.param(name, item_id, expected, id=f"{name}-{item_id}")
    for name, (_text, labels) in DEV_DOCUMENTS.items()
    for item_id, expected in labels.items()
]


def status_of(text: str, item_id: str) -> str:
    result = analyse_text(text, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


@pytest.mark.parametrize(("name", "item_id", "expected"), CASES)
def test_item_status_matches_label(name, item_id, expected):
    assert status_of(DEV_DOCUMENTS[name][0], item_id) == expected
