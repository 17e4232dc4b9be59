"""Item and risk labels of the development documents in dev_docs_partial2_documents.py (the
covered / partial decision across all items), checked on the rules alone. Known misses are
strict xfails: a rule change that fixes one must remove it from KNOWN_MISSES."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_partial2_documents import DOCUMENTS, LABELS, LANGUAGES

# missed items outside the covered / partial decision (cues of other areas), left as found
KNOWN_MISSES = {
    ("soc_services_en", "agreement.signed_both"),  # "Signed in ... For X: name, CEO"
    ("soc_services_en", "agreement.general_terms"),  # "these terms prevail over the Schedules"
    ("soc_services_en", "risk.auto_renewal"),  # 3 months' notice, split over two clauses
    ("soc_services_en", "risk.unsigned"),  # follows from the missed signature lines
}


@cache
def analysis(name: str):
    return analyse_text(DOCUMENTS[name], learned=False)


def status_of(name: str, item_id: str) -> str:
    result = analysis(name)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


ITEM_CASES = [
    pytest.param(
        name,
        item_id,
        expected,
        id=f"{name}-{item_id}",
        marks=[pytest.mark.xfail(strict=True, reason="known miss")]
        if (name, item_id) in KNOWN_MISSES
        else [],
    )
    for name, labels in LABELS.items()
    for item_id, expected in labels.items()
]


def test_documents_language():
    assert {name: analysis(name).language for name in DOCUMENTS} == LANGUAGES


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status_matches_label(name, item_id, expected):
    assert status_of(name, item_id) == expected
