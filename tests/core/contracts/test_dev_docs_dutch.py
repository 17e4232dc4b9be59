"""Item statuses, risk flags and figures on the Dutch development documents in
dev_docs_dutch_dev_documents.py (issue 9)."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_dutch_dev_documents import DOCUMENTS, FIGURES, LABELS, RISKS


@cache
def analysis(name: str):
    return analyse_text(DOCUMENTS[name])


# Misses left as found, with the reason no general pattern was added for them.
KNOWN_MISSES = {
    # the client is named by a short form of its name ("De scholengroep zorgt voor ..."), which
    # the party resolver does not link to the key-value line "Aanbestedende overheid: ..."
    ("offerte_bestek_wifi", "timing.client_obligations"),
}

ITEM_CASES = [
    pytest.param(
        name,
        item_id,
        status,
        id=f"{name}-{item_id}",
        marks=[pytest.mark.xfail(strict=True, reason="known miss")]
        if (name, item_id) in KNOWN_MISSES
        else [],
    )
    for name, labels in LABELS.items()
    for item_id, status in labels.items()
]
RISK_CASES = [
    (name, risk_id, raised) for name, risks in RISKS.items() for risk_id, raised in risks.items()
]
FIGURE_CASES = [
    (name, figure, value) for name, figures in FIGURES.items() for figure, value in figures.items()
]


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status(name, item_id, expected):
    assert analysis(name).item(item_id).status == expected


@pytest.mark.parametrize(("name", "risk_id", "raised"), RISK_CASES)
def test_risk_flag(name, risk_id, raised):
    assert (risk_id in analysis(name).risk_ids()) is raised


@pytest.mark.parametrize(("name", "figure", "expected"), FIGURE_CASES)
def test_figure(name, figure, expected):
    assert getattr(analysis(name).figures, figure) == expected
