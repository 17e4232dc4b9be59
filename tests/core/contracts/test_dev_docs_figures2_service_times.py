"""The service-time patterns generalised from the second set of figure development documents
(dev_docs_figures2_documents.py): priorities, response times and SLA tables, each with a
sentence where it must not count."""

import pytest

from vendorpact.core.contracts import analyse_text


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


def priorities_of(text: str) -> list[tuple[str | None, float]]:
    return [(t["priority"], t["hours"]) for t in figures_of(text).response_times]


# -- priorities: negated words, letters, Dutch "blokkerend" / "dringend", a bullet's label ---


@pytest.mark.parametrize(
    "text",
    [
        "Intervention : panne non bloquante : intervention le jour ouvrable suivant.",
        "Reactietijden: een niet-kritieke storing krijgt een reactie binnen 8 uur.",
        "Response times: a non-critical incident receives a response within 8 hours.",
        "Reactietijden: niet dringende vragen worden binnen 4 uur beantwoord en opgepakt.",
    ],
)
def test_a_negated_priority_word_is_not_that_priority(text):
    assert [priority for priority, _hours in priorities_of(text)] != ["P1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Support: Severity A incidents receive a response within 1 hour.", [("P1", 1)]),
        ("Support times. Severity: A - response within 1 hour.", [("P1", 1)]),
        ("Support: bij prioriteit B volgt een reactie binnen 4 uur.", [("P2", 4)]),
        ("Support : pour une priorité C, réponse dans un délai de 8 heures.", [("P3", 8)]),
        ("Délais : une demande de priorité 2 reçoit une réponse dans les 8 heures.", [("P2", 8)]),
        ("Onderhoud: bij een blokkerende storing reageren wij binnen 2 uur.", [("P1", 2)]),
        ("Onderhoud: bij dringende storingen volgt een reactie binnen 2 uur.", [("P1", 2)]),
    ],
)
def test_priorities_named_by_letter_or_dutch_word(text, expected):
    assert priorities_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Premium customers get priority access: a response within 2 hours.",
        "Support with priority: a response within 2 hours for every ticket.",
    ],
)
def test_a_word_after_priority_is_no_priority_letter(text):
    assert priorities_of(text) == [(None, 2)]


@pytest.mark.parametrize(
    ("text", "priority"),
    [
        (
            "- panne bloquante (arrêt d'un serveur, de l'onduleur ou d'une climatisation "
            "entraînant une hausse de température) : intervention dans un délai de deux heures ;",
            "P1",
        ),
        (
            "- Kritieke storing (de volledige productieomgeving of de centrale opslag is voor "
            "alle gebruikers onbereikbaar): interventie ter plaatse binnen 4 uur;",
            "P1",
        ),
    ],
)
def test_a_bullet_names_its_priority_before_a_long_description(text, priority):
    assert priorities_of(text)[0][0] == priority


def test_the_priority_of_another_clause_does_not_label_the_time():
    text = (
        "Critical incidents are handled by the on-call team at all times; other requests "
        "receive a response within 8 hours."
    )
    assert priorities_of(text) == [(None, 8)]


# -- a quarter of an hour; "per cent" -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bij een P1-incident reageren we binnen het kwartier.",
        "Incident critique : prise en charge dans le quart d'heure.",
        "Critical incidents are responded to within a quarter of an hour.",
    ],
)
def test_a_quarter_of_an_hour(text):
    assert priorities_of(text)[0][1] == 0.25


def test_a_quarter_hour_billing_unit_is_no_service_time():
    text = "Prestaties worden aangerekend per begonnen kwartier; reactie binnen 4 uur."
    assert [hours for _priority, hours in priorities_of(text)] == [4]


def test_availability_in_per_cent():
    text = "Service availability target: 99.5 per cent per month."
    assert figures_of(text).availability_percent == 99.5


def test_a_credit_in_per_cent_is_no_availability():
    text = "A service credit of 10 per cent applies when availability falls below the target."
    assert figures_of(text).availability_percent is None


# -- tables whose rows are kinds of failure, not priority words -------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Type d'incident | Prise en charge\nProduction arrêtée | 1 heure\nFonction dégradée | "
         "4 heures", [1, 4]),
        ("Storing | Reactie\nProductie ligt stil | binnen 1 uur\nHinderlijk | binnen 8 werkuren",
         [1, 8]),
        ("Incident type | Response | Resolution\nSite down | 30 minutes | 4 hours\nSlow pages | "
         "4 hours | 2 business days", [0.5, 4]),
    ],
)  # fmt: skip
def test_a_table_of_failure_kinds_gives_response_times(text, hours):
    assert [h for _priority, h in priorities_of(text)] == hours


@pytest.mark.parametrize(
    "text",
    [
        "Type de panne | Tarif d'intervention\nRemplacement disque | 2 heures de main-d'oeuvre\n"
        "Reconfiguration | 1 heure",
        "Storing | Kost per interventie\nServer defect | 3 uur werk\nPrinter defect | 1 uur werk",
    ],
)
def test_a_price_column_is_no_response_column(text):
    assert priorities_of(text) == []


# -- the verb to react; a contract period is no service time -------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Pour les demandes urgentes, nous réagissons dans l'heure.", 1),
        ("For critical incidents we react within 2 hours.", 2),
        ("Bij kritieke storingen reageren wij binnen 2 uur.", 2),
    ],
)
def test_the_verb_to_react(text, hours):
    assert priorities_of(text) == [("P1", hours)]


def test_reacting_to_a_price_change_is_no_response_time():
    text = "The Customer may react to a price change by terminating within 30 days."
    assert priorities_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le Client peut réagir à une modification tarifaire en résiliant dans les 30 jours.",
        "De klant kan op een prijswijziging reageren door binnen 30 dagen op te zeggen.",
    ],
)
def test_reacting_to_a_contract_change_is_no_response_time(text):
    assert priorities_of(text) == []


def test_a_french_participle_of_taking_charge_is_a_response():
    text = "Les incidents de priorité 1 sont pris en charge dans les 30 minutes et résolus en 4 h."
    assert priorities_of(text) == [("P1", 0.5)]
