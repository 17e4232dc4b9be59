"""The key figures of the development documents (dev_docs_figures_dev_documents.py): one test
per labelled figure, the conventions of the labels in that module's docstring."""

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_figures_dev_documents import DEV_DOCUMENTS, FIGURE_LABELS

_RESULTS: dict = {}


def figure_of(name: str, key: str) -> float | None:
    if name not in _RESULTS:
        _RESULTS[name] = analyse_text(DEV_DOCUMENTS[name]).figures.as_dict()
    figures = _RESULTS[name]
    if key != "response_time_hours_highest_priority":
        return figures.get(key)
    times = figures["response_times"]
    first = [t["hours"] for t in times if t["priority"] == "P1"]
    return min(first or [t["hours"] for t in times]) if times else None


CASES = [
    (name, key, expected)
    for name, labels in FIGURE_LABELS.items()
    for key, expected in labels.items()
]


@pytest.mark.parametrize(("name", "key", "expected"), CASES)
def test_figure_matches_label(name, key, expected):
    found = figure_of(name, key)
    if expected is None:
        assert found is None
    else:
        assert found == pytest.approx(expected, rel=0.02)
