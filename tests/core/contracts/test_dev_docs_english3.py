"""Item statuses and risk flags on the development documents in dev_docs_english3_documents.py
(every item, in English written by Belgian and Dutch suppliers), checked on the rules alone.
Known misses are strict xfails: a rule change that fixes one makes it fail until it is taken
off the list.

First run: see below (labels committed before the analyser saw the texts).
"""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_english3_documents import DOCUMENTS

BY_NAME = {document.name: document for document in DOCUMENTS}

# (document, item or risk id) the analyser still reads wrongly
KNOWN_MISSES: set[tuple[str, str]] = set()


@cache
def analysis(name: str):
    return analyse_text(BY_NAME[name].text, learned=False)


def _param(name: str, item_id: str, expected):
    marks = ()
    if (name, item_id) in KNOWN_MISSES:
        marks = pytest.mark.xfail(strict=True, reason="known miss")
    return pytest.param(name, item_id, expected, id=f"{name}-{item_id}", marks=marks)


ITEM_CASES = [
    _param(document.name, item_id, expected)
    for document in DOCUMENTS
    for item_id, expected in document.items.items()
]
RISK_CASES = [
    _param(document.name, risk_id, raised)
    for document in DOCUMENTS
    for risk_id, raised in document.risks.items()
]


def test_known_misses_are_labelled():
    labelled = {(c.values[0], c.values[1]) for c in ITEM_CASES + RISK_CASES}
    assert KNOWN_MISSES.issubset(labelled)


def test_documents_are_read_as_english():
    languages = {name: analysis(name).language for name in BY_NAME}
    assert languages == dict.fromkeys(BY_NAME, "en")


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status(name, item_id, expected):
    assert analysis(name).item(item_id).status == expected


@pytest.mark.parametrize(("name", "risk_id", "raised"), RISK_CASES)
def test_risk_flag(name, risk_id, raised):
    assert (risk_id in analysis(name).risk_ids()) is raised
