"""General phrasings of checklist items the rules missed on the training documents of rounds
5-7 (dev_docs_training[567]_*), in nl, fr and en, each family with a wrong-sense negative.
Own sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- data return: at the end, the data handed over or exported in a reusable format ---------


@pytest.mark.parametrize(
    "text",
    [
        "Na het einde van de overeenkomst bezorgt de leverancier binnen 20 werkdagen een export "
        "van alle dossiers in XML.",
        "Bij het einde van het abonnement kan de klant de historiek nog 60 dagen downloaden als "
        "CSV.",
        "À la fin de la convention, le prestataire remet l'historique des tickets au format CSV.",
        "Le prestataire livre les sources à la fin du contrat, aux formats JSON et SQL.",
        "Within 15 days after the end of the agreement, the provider delivers all records in "
        "their original format.",
        "The customer may download its files as CSV until 30 days after the end of the "
        "subscription.",
    ],
)
def test_an_export_in_a_reusable_format_at_the_end_is_the_data_return(text):
    assert status_of(text, "exit.data_return") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "At the end of each month the provider sends a usage report in Excel.",
        "Bij het einde van de maand levert de leverancier het verbruiksrapport in Excel.",
        "Les prestations sont exportées chaque mois au format CSV vers votre secrétariat social.",
        "À la fin du contrat, le client restitue les boîtiers et paie la dernière facture.",
    ],
)
def test_a_periodic_export_or_the_end_alone_is_no_data_return(text):
    assert status_of(text, "exit.data_return") == "missing"


# -- client obligations: the client's present-tense act with its deadline ------------------


@pytest.mark.parametrize(
    "text",
    [
        "De klant test de koppeling uiterlijk op 1 maart 2027.",
        "De opdrachtgever bevestigt de planning binnen vijf werkdagen na de kick-off.",
        "Le Client communique dans les cinq jours ouvrables de la signature les accès au serveur.",
        "Le client vérifie le site de test au plus tard le 12 mars 2027.",
        "The Client announces peak periods at least five working days in advance.",
        "The customer sends the signed configuration sheet no later than 10 May 2027.",
    ],
)
def test_a_client_act_with_a_deadline_is_a_client_obligation(text):
    assert status_of(text, "timing.client_obligations") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Client receives a service credit within 30 days.",
        "Le client communique avec le support via le portail.",
        "The supplier informs the Client within 24 hours of any breach.",
        "De leverancier test de back-up binnen de maand.",
    ],
)
def test_what_the_client_receives_or_the_supplier_does_is_no_client_obligation(text):
    assert status_of(text, "timing.client_obligations") == "missing"
