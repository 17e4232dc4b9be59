"""Figures and item statuses of the second set of figure development documents in
dev_docs_figures2_documents.py (issue 9), checked on the rules alone."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_figures2_documents import DOCUMENTS

BY_NAME = {document.name: document for document in DOCUMENTS}

# Misses left as found, with the reason no general pattern was added for them.
KNOWN_MISSES: set[tuple[str, str]] = set()


@cache
def analysis(name: str):
    return analyse_text(BY_NAME[name].text, learned=False)


def figure_of(name: str, key: str) -> float | None:
    figures = analysis(name).figures.as_dict()
    if key != "response_time_hours_highest_priority":
        return figures.get(key)
    times = figures["response_times"]
    first = [t["hours"] for t in times if t["priority"] == "P1"]
    return min(first or [t["hours"] for t in times]) if times else None


def _case(name: str, key: str, expected):
    marks = (
        [pytest.mark.xfail(strict=True, reason="known miss")] if (name, key) in KNOWN_MISSES else []
    )
    return pytest.param(name, key, expected, id=f"{name}-{key}", marks=marks)


FIGURE_CASES = [
    _case(document.name, key, expected)
    for document in DOCUMENTS
    for key, expected in document.figures.items()
]
ITEM_CASES = [
    _case(document.name, item_id, expected)
    for document in DOCUMENTS
    for item_id, expected in document.items.items()
]


@pytest.mark.parametrize(("name", "key", "expected"), FIGURE_CASES)
def test_figure_matches_label(name, key, expected):
    found = figure_of(name, key)
    if expected is None:
        assert found is None
    else:
        assert found == pytest.approx(expected, rel=0.02)


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status_matches_label(name, item_id, expected):
    assert analysis(name).item(item_id).status == expected
