"""Wrong senses the rules' guards keep from the rules and the checklist model alike
(engine.admitted): a year of the term is no duration, source code kept from the client is no
escrow, and a template's instruction in brackets settles nothing."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


@pytest.mark.parametrize(
    "text",
    [
        "For invoicing purposes, the first year of the Term ends on 31 December.",
        "Voor de facturatie eindigt het eerste jaar van de looptijd op 31 december.",
        "Pour la facturation, la première année du contrat se termine le 31 décembre.",
    ],
)
def test_a_year_of_the_term_is_no_duration(text):
    assert status(text, "exit.duration_renewal") == "missing"


def test_a_term_next_to_a_year_of_it_is_still_a_duration():
    text = (
        "The term of this Agreement is three years; the first year of the Term ends on 31 December."
    )
    assert status(text, "exit.duration_renewal") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "8.2 De broncode wordt niet aan de Klant overgemaakt.",
        "8.2 Le code source n'est pas remis au client.",
        "8.2 The source code is not delivered to the Customer.",
    ],
)
def test_source_code_kept_from_the_client_is_no_escrow(text):
    assert status(text, "exit.escrow") == "missing"


def test_source_code_deposited_and_not_delivered_is_still_an_escrow():
    text = (
        "The source code is deposited with an escrow agent and is not delivered to the Customer "
        "unless a release condition occurs."
    )
    assert status(text, "exit.escrow") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Customer Obligations | [ Fill in Customer's Obligations, e.g., identifying a single point "
        "of contact ]",
        "Verplichtingen van de klant: [in te vullen: contactpersoon van de klant]",
        "Obligations du client : [à compléter : interlocuteur unique du client]",
    ],
)
def test_a_template_instruction_in_brackets_settles_nothing(text):
    assert status(text, "maintenance.customer_knowledge") != "covered"
