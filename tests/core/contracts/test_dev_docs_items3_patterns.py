"""General phrasings of checklist items the rules missed on the training documents of rounds
5-13 (items round 3), in nl, fr and en, each family with a wrong-sense negative. Own
sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


OBLIGATIONS = "timing.client_obligations"

# -- client obligations: the client addressed, inverted word order; "À votre charge" ---------


@pytest.mark.parametrize(
    "text",
    [
        "We migreren de website in het weekend van 13 maart. Uiterlijk 6 maart bezorgen jullie "
        "ons de toegang tot de huidige hosting.",
        "Na uw akkoord bezorgt u ons de ondertekende aanvraag voor de nummeroverdracht.",
        "We zetten de kassa op 1 april over. Jij zorgt dat de export er een week vooraf is.",
        "Nous installons les postes le 12 février.\nÀ votre charge\n- le câblage réseau terminé "
        "au plus tard le 5 février ;\n- la liste des utilisateurs.\n",
        "Nous installons les postes le 12 février. À votre charge : le câblage réseau terminé et "
        "testé au plus tard le 5 février.",
        "6. À charge du client\nLe client veille à ce qu'une prise électrique soit disponible "
        "avant le jour de l'installation.\n",
    ],
)
def test_the_client_addressed_or_its_charge_is_the_clients_part(text):
    assert status_of(text, OBLIGATIONS) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the supplier sending the client its own report
        "Elke maand bezorgen we jullie ons verslag over de incidenten.",
        # a cost at the client's charge, not a task
        "Les frais de déplacement sont à votre charge.",
        "Frais à votre charge : 45,00 EUR par déplacement.",
    ],
)
def test_a_report_to_the_client_or_a_cost_at_its_charge_is_no_client_task(text):
    assert status_of(text, OBLIGATIONS) == "missing"
