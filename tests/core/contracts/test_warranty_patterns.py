"""Warranty periods (rollout.warranty) in the wordings issue 9 lists, rules alone.

Each clause is written for this module (not taken from an evaluation document). The positive
cases fail on the rules before the change that added their pattern; the negative ones are
wordings in another sense that must stay `missing`.
"""

import pytest

from vendorpact.core.contracts import analyse_text


def warranty_status(text: str) -> str:
    return analyse_text(text, learned=False).item("rollout.warranty").status


# -- periods the rules read -------------------------------------------------------------------


def test_report_window_stated_before_the_defects():
    text = (
        "Within 30 working days of receipt of each release, the Client may report errors, which "
        "the Contractor corrects free of charge."
    )
    assert warranty_status(text) == "covered"


def test_goods_not_in_conformity_reported_within_days_after_arrival():
    text = (
        "Within 10 days after arrival of the equipment, the Customer lists any item not in "
        "conformity with the order and the Supplier replaces it at its own cost."
    )
    assert warranty_status(text) == "covered"


def test_period_before_the_verb_with_a_long_list_before_it():
    text = (
        "The Vendor warrants that (a) it holds all rights needed to grant the licences in this "
        "Agreement, free and clear of any liens, charges or encumbrances of any kind, (b) it has "
        "received no claim that the Software infringes the rights of a third party, and (c) for "
        "a period of sixty (60) days after delivery, the Software will perform in all material "
        "respects as described in the user guide."
    )
    assert warranty_status(text) == "covered"


def test_window_for_warranty_claims_counted_from_shipment():
    text = (
        "Any claim under this warranty must be made in writing within ninety (90) days from the "
        "date of shipment."
    )
    assert warranty_status(text) == "covered"


def test_number_written_only_in_parentheses():
    text = "Claims for breach of warranty are notified within (60) days from installation."
    assert warranty_status(text) != "missing"


def test_redacted_window_without_a_unit():
    text = (
        "If a delivery does not conform to the Specifications, the Buyer notifies the Seller "
        "within [***] of receipt of that delivery."
    )
    assert warranty_status(text) != "missing"


def test_warranty_for_the_period_from_delivery_until_a_date():
    text = (
        "The Licensor warrants, for each release, that the release is free from material defects "
        "for the period from its delivery until the end of the following calendar quarter."
    )
    assert warranty_status(text) != "missing"


def test_duration_written_before_the_word_warranty():
    text = "All hardware delivered under this order carries a twelve-month warranty on parts."
    assert warranty_status(text) == "covered"


def test_dutch_warranty_of_months_after_handover():
    text = "Op de maatwerksoftware geldt een garantie van zes maanden na oplevering."
    assert warranty_status(text) == "covered"


def test_french_warranty_of_months_from_acceptance():
    text = "Le logiciel livré bénéficie d'une garantie de trois mois à compter de la réception."
    assert warranty_status(text) == "covered"


def test_dutch_report_window_after_handover():
    text = (
        "Binnen 30 dagen na oplevering meldt de klant schriftelijk elk gebrek dat hij in de "
        "software vaststelt."
    )
    assert warranty_status(text) == "covered"


def test_french_report_window_from_delivery():
    text = (
        "Dans un délai de 15 jours à compter de la livraison, le client signale les anomalies "
        "constatées, que le prestataire corrige sans frais."
    )
    assert warranty_status(text) == "covered"


def test_french_months_of_warranty_written_before_the_word():
    text = "Le matériel installé est couvert par 12 mois de garantie pièces et main-d'œuvre."
    assert warranty_status(text) == "covered"


# -- the same words in another sense ----------------------------------------------------------


def test_options_and_warrants_exercised_are_no_warranty():
    text = (
        "The options and warrants held by the Founder may be exercised for a period of ninety "
        "(90) days after the closing."
    )
    assert warranty_status(text) == "missing"


def test_promise_not_to_grant_during_and_after_the_term_is_no_warranty_period():
    text = (
        "The Agent represents and warrants that it will not grant any competing licence during "
        "the Term and for a period of one (1) year thereafter."
    )
    assert warranty_status(text) == "missing"


def test_repeating_the_word_warranties_settles_nothing():
    text = (
        "5. Warranties\n"
        "The warranties in this clause are the only warranties the Supplier gives to the Client."
    )
    assert warranty_status(text) == "missing"


def test_window_to_answer_a_notice_is_no_warranty_period():
    text = (
        "If the Supplier disputes the Customer's finding that a delivery fails to conform, it "
        "notifies the Customer within 15 days of receipt of the Customer's notice."
    )
    assert warranty_status(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Within 30 days of receipt of an invoice, the Customer notifies any errors in it.",
        "Binnen 14 dagen na ontvangst van de factuur meldt de klant eventuele fouten daarin.",
    ],
)
def test_window_counted_from_an_invoice_is_no_warranty_period(text):
    assert warranty_status(text) == "missing"
