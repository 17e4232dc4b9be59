"""What the held-out test files (test_contracts_unseen*.py) share: the analysis of each document
(once per run), its labelled decisions as test cases with the known misses as strict expected
failures, how a labelled figure is read from a result, and the tests themselves (batch_tests)."""

from __future__ import annotations

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.analyse import AnalysisResult

_RESULTS: dict[str, AnalysisResult] = {}


def result_for(documents, name: str) -> AnalysisResult:
    if name not in _RESULTS:
        document = next(d for d in documents if d.name == name)
        _RESULTS[name] = analyse_text(document.text, filename=f"{name}.txt")
    return _RESULTS[name]


def cases(documents, kind: str, known_misses: set[tuple[str, str]]) -> list:
    """One pytest case per labelled decision of `kind` (items, risks or figures)."""
    found = []
    for document in documents:
        for key, expected in getattr(document, kind).items():
            marks = []
            if (document.name, key) in known_misses:
                marks = [pytest.mark.xfail(strict=True, reason="analyser misses it (unseen)")]
            found.append(pytest.param(document.name, key, expected, marks=marks))
    return found


def labelled_decisions(documents) -> set[tuple[str, str]]:
    return {
        (document.name, key)
        for document in documents
        for key in (*document.items, *document.risks, *document.figures)
    }


def figure_of(result: AnalysisResult, key: str) -> float | None:
    figures = result.figures.as_dict()
    if key != "response_time_hours_highest_priority":
        return figures.get(key)
    times = figures["response_times"]
    first = [t["hours"] for t in times if t["priority"] == "P1"]
    return min(first or [t["hours"] for t in times]) if times else None


def batch_tests(documents, known_misses: set[tuple[str, str]]) -> tuple:
    """The tests of one held-out batch, for its test module to bind at top level: one per
    labelled item, risk flag and figure, and a check that every known miss names a labelled
    decision."""

    @pytest.mark.parametrize(
        ("name", "item_id", "expected"), cases(documents, "items", known_misses)
    )
    def test_item_status(name, item_id, expected):
        assert result_for(documents, name).item(item_id).status == expected

    @pytest.mark.parametrize(("name", "risk_id", "raised"), cases(documents, "risks", known_misses))
    def test_risk_flag(name, risk_id, raised):
        assert (risk_id in result_for(documents, name).risk_ids()) == raised

    @pytest.mark.parametrize(("name", "key", "expected"), cases(documents, "figures", known_misses))
    def test_figure(name, key, expected):
        assert figure_of(result_for(documents, name), key) == pytest.approx(expected, rel=0.02)

    def test_known_misses_name_labelled_decisions():
        assert known_misses.issubset(labelled_decisions(documents))

    return test_item_status, test_risk_flag, test_figure, test_known_misses_name_labelled_decisions
