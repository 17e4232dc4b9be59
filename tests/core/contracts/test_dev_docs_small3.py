"""Item statuses and risk flags on the development documents in dev_docs_small3_documents.py
(every item, in the short informal documents of small suppliers), checked on the rules alone.
Known misses are strict xfails: a rule change that fixes one makes it fail until it is taken
off the list.

First run (labels committed before the analyser saw the texts, rules of 48d375b): 92 of 128
labels right; bakkerij_mail_vl 26/34, kine_boeking_vl 26/37, forfait_fiduciaire_fr 18/27,
export_retainer_en 22/30. Of the 36 errors, 29 were settled items not found (first-person
commitments: "ik antwoord binnen 1 werkdag", "nous réagissons dans les 4 heures ouvrables",
"I look at it within 4 business hours"; "maandelijks opzegbaar", "month to month, 1 month
notice"; "the code is yours once paid"; extra work "after you OK my estimate"; a price list of
key-value lines glued into one sentence; "180 EUR excl. per jaar"; a one-man supplier as the
named contact; a yearly check-up as the maintenance service; files moved from the old PC), 2
concrete items read as partial, 2 items over-read (support hours under the key "Disponibilité"
read as availability, licences in an inventory list read as ip) and 3 risk flags wrong ("Objet :"
of a convention read as an e-mail subject, so unsigned; a conditional data-loss exclusion; "ik
probeer ..., maar ik beloof niks" not read as best efforts).
After the general patterns of test_dev_docs_small3_patterns.py: 121 of 128; bakkerij_mail_vl
32/34, kine_boeking_vl 35/37, forfait_fiduciaire_fr 25/27, export_retainer_en 29/30. These
gains are not clean held-out figures: the rules were changed while looking at these documents.
The 7 left are in KNOWN_MISSES: a one-man supplier as the named team (3, not attempted: the
name stands in a signature or a "From:" line, with no role word), support days without hours
read as partial, licences in an inventory list read as ip, a data-loss exclusion that applies
only when the client refuses the back-up, and the "ik probeer ..." hedge not raising the
best-efforts risk."""

from functools import cache

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_small3_documents import DOCUMENTS

BY_NAME = {document.name: document for document in DOCUMENTS}

# (document, item or risk id) the analyser still reads wrongly
KNOWN_MISSES: set[tuple[str, str]] = {
    ("bakkerij_mail_vl", "team.named_team"),  # missing instead of covered
    ("bakkerij_mail_vl", "risk.best_efforts_only"),  # False instead of True
    ("kine_boeking_vl", "team.named_team"),  # missing instead of covered
    ("kine_boeking_vl", "maintenance.support_hours"),  # partial instead of covered
    ("forfait_fiduciaire_fr", "legal.ip"),  # partial instead of missing
    ("forfait_fiduciaire_fr", "risk.liability_excluded"),  # True instead of False
    ("export_retainer_en", "team.named_team"),  # missing instead of covered
}


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


def test_documents_language():
    languages = {name: analysis(name).language for name in BY_NAME}
    assert languages == {
        "bakkerij_mail_vl": "nl",
        "kine_boeking_vl": "nl",
        "forfait_fiduciaire_fr": "fr",
        "export_retainer_en": "en",
    }


@pytest.mark.parametrize(("name", "item_id", "expected"), ITEM_CASES)
def test_item_status(name, item_id, expected):
    assert analysis(name).item(item_id).status == expected


@pytest.mark.parametrize(("name", "risk_id", "raised"), RISK_CASES)
def test_risk_flag(name, risk_id, raised):
    assert (risk_id in analysis(name).risk_ids()) is raised
