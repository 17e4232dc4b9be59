"""Which analysed sentences a claim letter may quote: commitments, never exclusions."""

import pytest

from vendorpact.core.contracts.commitments import (
    commitment_quotes,
    excludes_or_limits,
    is_commitment,
    states_a_figure,
)


@pytest.mark.parametrize(
    "sentence",
    [
        # Dutch
        "9.1 De Leverancier is nooit aansprakelijk voor onbeschikbaarheid van de diensten.",
        "Overmacht ontslaat de Leverancier van elke verplichting; servicecredits zijn dan "
        "niet verschuldigd.",
        "De aansprakelijkheid van de Leverancier is beperkt tot het bedrag van 3 maanden.",
        "Storingen bij derden zijn uitgesloten van de berekening van de 99,5%.",
        "Nubis streeft naar een beschikbaarheid van 99,9% maar garandeert dit niet.",
        # English
        "The Supplier is never liable for unavailability of the service.",
        "Neither party shall be liable for delays caused by force majeure.",
        "The Provider's total liability is limited to 12 months of fees.",
        "Service credits shall not exceed 50% and are Customer's sole remedy for downtime.",
        "Provider will use reasonable endeavours to reach 99.9% availability.",
        # French
        "Le Prestataire n'est en aucun cas responsable des interruptions du service.",
        "En cas de force majeure, les crédits de service ne sont pas dus.",
        "La responsabilité du Prestataire est limitée à 3 mois de redevance.",
        "Le Prestataire s'efforce d'atteindre une disponibilité de 99,9 %.",
    ],
)
def test_exclusions_limitations_and_force_majeure_are_recognised(sentence):
    assert excludes_or_limits(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Leverancier garandeert een beschikbaarheid van 99,5% per kalendermaand, "
        "aangekondigd onderhoud niet meegerekend.",
        "Wordt de beschikbaarheid niet gehaald, dan heeft de Klant recht op een servicecredit "
        "van 5% van de maandvergoeding, met een maximum van 30%.",
        "Provider shall make the platform available 99.9% of the time, excluding planned "
        "maintenance.",
        "Customer receives a service credit of 10% of the monthly fee below 99.9%.",
        "Le Prestataire garantit une disponibilité du serveur de 99,5 % par mois.",
        "Le total des avoirs est plafonné à 25 % de la redevance mensuelle.",
    ],
)
def test_commitments_are_not_taken_for_exclusions(sentence):
    assert not excludes_or_limits(sentence)


def test_a_clause_number_alone_is_no_figure():
    assert not states_a_figure("4.2 De Leverancier bezorgt elke maand een servicerapport.")


@pytest.mark.parametrize(
    "sentence",
    [
        "P3 – normaal 4 werkuren 3 werkdagen",
        "Le délai d'intervention est de quatre heures ouvrées.",
        "A first response within two business hours.",
    ],
)
def test_digits_and_number_words_are_figures(sentence):
    assert states_a_figure(sentence)


def test_only_service_level_items_give_commitments():
    sentence = "De Leverancier garandeert een beschikbaarheid van 99,5% per kalendermaand."
    assert is_commitment("maintenance.availability", sentence)
    assert not is_commitment("legal.liability", sentence)


def _item(item_id, *texts, status="covered", clause="9.1", page=1):
    evidence = [{"page": page, "clause": clause, "text": text} for text in texts]
    return {"id": item_id, "status": status, "evidence": evidence}


def test_force_majeure_evidence_of_the_credits_item_is_not_quoted():
    items = [
        _item(
            "maintenance.service_credits",
            "9.2 Overmacht ontslaat de Leverancier van elke verplichting; servicecredits zijn "
            "dan niet verschuldigd.",
        ),
        _item(
            "maintenance.availability",
            "9.1 De Leverancier is nooit aansprakelijk voor onbeschikbaarheid van de diensten.",
        ),
    ]
    assert commitment_quotes(items) == []


def test_quotes_keep_clause_and_page_and_come_in_topic_order():
    items = [
        _item(
            "maintenance.service_credits",
            "Below 99.5% the customer receives a credit of 5% of the monthly fee.",
            clause="Schedule 1, 4",
            page=3,
        ),
        _item("maintenance.response_time", "P1 | 1 hour | 4 hours", clause="Schedule 1, 2"),
    ]
    quotes = commitment_quotes(items)
    assert [(q.topic, q.clause, q.page) for q in quotes] == [
        ("targets", "Schedule 1, 2", 1),
        ("credits", "Schedule 1, 4", 3),
    ]


def test_a_sentence_cited_for_availability_and_credits_is_quoted_once_as_the_credit_rule():
    rule = "Wordt 99,5% niet gehaald, dan krijgt de Klant 5% van de maandvergoeding terug."
    items = [
        _item("maintenance.availability", rule, clause="Bijlage 1, 4"),
        _item("maintenance.service_credits", rule, clause="Bijlage 1, 4"),
    ]
    assert [(q.topic, q.text) for q in commitment_quotes(items)] == [("credits", rule)]


def test_missing_items_give_no_quotes():
    items = [_item("maintenance.availability", "Beschikbaarheid 99,5%.", status="missing")]
    assert commitment_quotes(items) == []
