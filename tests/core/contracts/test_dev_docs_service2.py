"""Item statuses and risk flags on the development documents in dev_docs_service2_documents.py
(maintenance, exit and legal items), checked on the rules alone. Known misses are strict
xfails: a rule change that fixes one makes it fail until it is taken off the list.

First run (labels committed before the analyser saw the texts, rules of ed6ab65): 62 of 86
labels right: items 52/75, risks 10/11. Misses: not found (a Flemish deduction from the
invoice, the next supplier named as "opvolgende leverancier" / "prestataire qu'elle désigne" /
"a third party", a full database dump handed over, source code "neergelegd bij", a SaaS
continuity arrangement, "begrensd" liability, deliverables "cédés", an amicable step "before
going to court", an infinitive resolution time, releases with release notes, "loopt telkens
verder" renewal) and partial instead of covered ("de 9 h à 17 h 30", an "interlocuteur unique
suit le compte", "information only" read as a disclaimer, "behandelen ... als vertrouwelijk",
the GDPR roles named).
After the general patterns of test_dev_docs_service2_patterns.py and
test_dev_docs_service2_more_patterns.py: 86 of 86 (no known misses left)."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from . import held_out
from .dev_docs_service2_documents import DOCUMENTS

BY_NAME = {document.name: document for document in DOCUMENTS}

# (document, item or risk id) the analyser still reads wrongly
KNOWN_MISSES: set[tuple[str, str]] = set()


@cache
def analysis(name: str):
    return analyse_text(BY_NAME[name].text, learned=False)


ITEM_CASES = held_out.cases(DOCUMENTS, "items", KNOWN_MISSES)
RISK_CASES = held_out.cases(DOCUMENTS, "risks", KNOWN_MISSES)


def test_known_misses_are_labelled():
    assert KNOWN_MISSES.issubset(held_out.labelled_decisions(DOCUMENTS))


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status(name, item_id, expected):
    assert analysis(name).item(item_id).status == expected


@pytest.mark.parametrize(("name", "risk_id", "raised"), RISK_CASES)
def test_risk_flag(name, risk_id, raised):
    assert (risk_id in analysis(name).risk_ids()) is raised
