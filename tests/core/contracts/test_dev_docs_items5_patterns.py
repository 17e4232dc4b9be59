"""General phrasings of checklist items the rules missed on the training documents of rounds
5-18 (items round 5, English first), in nl, fr and en where the family exists, each with a
wrong-sense negative. Own sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.parties import resolve_parties
from vendorpact.core.contracts.structure import build_structure


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


QUOTE = "agreement.quote_included"

# -- the offer as one of the contract documents, or named by its reference and date ----------


@pytest.mark.parametrize(
    "text",
    [
        "The contract documents are: Annex 1 - the Supplier's proposal PR-77 of 2 March 2027; "
        "Annex 2 - service levels.",
        "Schedule 3 - Quotation Q-2027-14.",
        "Het contract bestaat uit: Bijlage 1 - voorstel van Softwerk.",
        "Annexe 2 : proposition technique et financière.",
        "The work is described in Brightline's tender of 12 January 2027.",
        "This order is based on quotation BQ-551.",
        "Nous reprenons ici les conditions de notre proposition du 4 février 2027.",
        "Le contrat est formé par l'offre acceptée par le client.",
    ],
)
def test_offer_listed_as_a_contract_document_is_included(text):
    assert status_of(text, QUOTE) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a form for change proposals, not the offer
        "Annex 5 - change proposal form.",
        "Schedule 2 - template for proposals of new features.",
        # an offer in another sense
        "We offer a helpdesk of 3 people.",
    ],
)
def test_a_change_proposal_form_or_the_verb_is_no_quote(text):
    assert status_of(text, QUOTE) == "missing"


DATA_RETURN = "exit.data_return"

# -- data return: exported in a named format, fetched after the end, or given back -----------


@pytest.mark.parametrize(
    "text",
    [
        "You can export your projects as CSV at any time.",
        "For 60 days after its end you can still download them from the portal.",
        "After your account ends we keep your files for 14 days so that you can export them.",
        "At the end the Supplier returns all Client data in its possession.",
        "When the engagement ends we return the records you provided to us.",
    ],
)
def test_data_exported_fetched_or_given_back_at_the_end(text):
    assert status_of(text, DATA_RETURN) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a product feature, not the client's data at the end
        "Managers can export a report as CSV.",
        "The API returns all order data in JSON.",
        "After the end of the project the Supplier downloads the updates of the vendor.",
    ],
)
def test_a_report_export_or_an_api_answer_is_no_data_return(text):
    assert status_of(text, DATA_RETURN) == "missing"


# -- the parties: an alias after a bare Belgian enterprise number, present-tense provision ----


def test_present_tense_provider_and_enterprise_number_decide_the_sides():
    text = (
        'Between Cloudnest BV, Dorpsstraat 4, 2800 Mechelen, BE 0712.345.678 ("Cloudnest"), and '
        'Vandaele NV, Kerkstraat 9, 9000 Gent, BE 0456.789.123 ("Vandaele").\n'
        "Cloudnest hosts the platform in its data centre.\n"
        "Cloudnest maintains the operating system and the database.\n"
        "Cloudnest invoices the fees quarterly.\n"
        "Vandaele pays each invoice within 30 days.\n"
        "Vandaele appoints a key user and grants Cloudnest VPN access by 1 March 2027.\n"
    )
    parties = resolve_parties(build_structure([text]))
    assert (parties.client, parties.supplier) == (("vandaele",), ("cloudnest",))
    assert status_of(text, "timing.client_obligations") != "missing"


def test_both_parties_providing_something_decides_no_side():
    # a co-marketing deal: each side provides, neither is a client of IT services
    text = (
        'Between Alder BV, BE 0712.345.678 ("Alder"), and Brightway NV, BE 0456.789.123 '
        '("Brightway").\n'
        "Alder provides the logo files.\nBrightway provides the banner space.\n"
        "Alder hosts the joint landing page.\nBrightway hosts the joint newsletter.\n"
    )
    assert resolve_parties(build_structure([text])).known is False
