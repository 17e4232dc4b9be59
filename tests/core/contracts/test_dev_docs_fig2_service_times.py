"""The service-time patterns generalised from the training rounds 8-11: lists and
space-aligned tables of times per priority, and the verbs of taking up a call, each in nl, fr
and en where it makes sense and each with a sentence where the time must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.aligned_tables import aligned_rows


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


# -- response time: a list per kind of incident under a lead-in ---------------------------------


def highest_response(text: str):
    times = figures_of(text).response_times
    first = [t["hours"] for t in times if t["priority"] == "P1"]
    return min(first or [t["hours"] for t in times]) if times else None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "7.4 Délais de prise en charge, comptés en heures ouvrables :\n"
            "  - anomalie bloquante (logiciel inaccessible, diffusion interrompue) :\n"
            "    2 heures ;\n"
            "  - anomalie majeure (fonction importante dégradée) : 8 heures ;\n"
            "  - autres demandes : 3 jours ouvrables.\n",
            2,
        ),
        (
            "Response times:\n"
            "- Critical incident (site down, no workaround):\n"
            "  1 hour;\n"
            "- Major incident: 4 hours;\n"
            "- Other requests: 2 business days.\n",
            1,
        ),
        (
            "Reactietijden:\n"
            "- Kritieke storing (kassa's liggen stil):\n"
            "  1 uur;\n"
            "- Andere meldingen: 1 werkdag.\n",
            1,
        ),
    ],
)
def test_a_list_per_kind_of_incident_gives_the_priorities(text, hours):
    assert highest_response(text) == hours


def test_a_negated_priority_in_a_list_is_not_the_highest():
    text = (
        "Le Prestataire intervient sur site dans les délais suivants :\n"
        "- panne bloquante (arrêt d'un serveur) : intervention dans un délai de deux heures ;\n"
        "- panne non bloquante (alarme) : intervention le jour ouvrable suivant ;\n"
    )
    times = figures_of(text).response_times
    assert [t["priority"] for t in times] == ["P1", None]


def test_a_priority_with_a_time_in_words_is_no_header():
    text = (
        "- Priorité 1 (perte ou vol) : prise en charge dans l'heure.\n"
        "- Priorité 2 (application indisponible) : dans les 4 heures ouvrables.\n"
    )
    assert highest_response(text) == 1


def test_a_training_day_on_site_is_no_response_time():
    text = "Frais uniques : paramétrage 2.450,00 ; formation (1 jour sur site) 750,00."
    assert figures_of(text).response_times == []


# -- response time: other verbs of taking up a call ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "Le Prestataire s'efforce de prendre en charge les incidents dans les 2 heures.",
            2,
        ),
        ("En cas de site inaccessible, nous prenons l'incident en charge dans les 4 heures.", 4),
        ("Ligt een keuken volledig stil, dan bellen we binnen 30 minuten terug.", 0.5),
        ("Si votre caisse est bloquée, nous vous rappelons dans l'heure.", 1),
        ("If the shop is down, we call you back within 30 minutes.", 0.5),
        ("We answer every ticket within 8 business hours.", 8),
        ("We beantwoorden elke melding binnen 8 werkuren.", 8),
        ("A failed nightly load is picked up within one hour.", 1),
    ],
)
def test_taking_up_a_call_is_a_response_time(text, hours):
    assert highest_response(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "Le Client prend les frais de déplacement en charge dans les 30 jours.",
        "Nous vous rappelons que la formation dure deux heures.",
        "The Customer answers the Supplier's questions within two working days.",
        "De klant beantwoordt de vragen van de leverancier binnen drie werkdagen.",
        "The hardware is picked up by the courier within two days.",
        "Toute réclamation est adressée au service clients, qui y répond dans les 15 jours.",
        "Any complaint is answered by the account manager within 15 days.",
        "Op elke klacht reageert de klantendienst binnen 15 dagen.",
    ],
)
def test_other_senses_are_no_response_time(text):
    assert figures_of(text).response_times == []


# -- a space-aligned SLA table: rows of cells, not one sentence ----------------------------------


@pytest.mark.parametrize(
    ("text", "responses"),
    [
        (
            "12.4 Délais :\n"
            "  Priorité                                       Prise en charge       "
            "Rétablissement\n"
            "  Bloquante (portail ou commandes indisponibles)  1 heure               4 heures\n"
            "  Majeure (fonction importante dégradée)          4 heures ouvrables    2 jours "
            "ouvrables\n",
            [("P1", 1), ("P2", 4)],
        ),
        (
            "   Prioriteit  Omschrijving                                     Reactietijd   "
            "Oplostijd\n"
            "   P1          productie plat: geen orders, facturatie of       30 minuten    4 uur\n"
            "               picking mogelijk\n"
            "   P2          ernstige verstoring met een beperkte groep        2 uur         8 uur\n"
            "   P3          hinderlijke storing met omweg                     1 werkdag     5 "
            "werkdagen\n",
            [("P1", 0.5), ("P2", 2), ("P3", 24)],
        ),
        (
            "   Priority  Description                                    Response    Restore\n"
            "   P1        cluster down, all traffic interrupted, or an   15 minutes  2 hours\n"
            "             outage of the VPN for all sites\n"
            "   P2        one node down (no redundancy)                  1 hour      8 hours\n",
            [("P1", 0.25), ("P2", 1)],
        ),
    ],
)
def test_a_space_aligned_sla_table_keeps_its_columns(text, responses):
    times = figures_of(text).response_times
    assert [(t["priority"], t["hours"]) for t in times] == responses


def test_the_continuation_of_a_cell_stays_in_its_row():
    text = (
        "   Priority  Description                                    Response    Restore\n"
        "   P1        cluster down, all traffic interrupted, or an   15 minutes  2 hours\n"
        "             outage of the VPN for all sites\n"
        "   P2        one node down (no redundancy)                  1 hour      8 hours\n"
    )
    resolutions = figures_of(text).resolution_times
    assert [(t["priority"], t["hours"]) for t in resolutions] == [("P1", 2), ("P2", 8)]


@pytest.mark.parametrize(
    "lines",
    [
        # a signature block, a price list and a planning: no priority and time header
        [
            "gedelegeerd bestuurder                  voorzitter raad van bestuur     directeur",
            "Jan Peeters                             An Claes                        Tom Wouters",
        ],
        [
            "Code    Omschrijving                 Aantal   Prijs",
            "TT-7    Terminal met badgelezer      2        1.890,00",
        ],
        [
            "Week    Fase            Verantwoordelijke",
            "1       analyse         leverancier",
        ],
        # a priority header without rows under it
        ["Priorité        Prise en charge        Rétablissement", ""],
    ],
)
def test_other_aligned_lines_are_left_as_they_are(lines):
    assert aligned_rows(lines) == lines


def test_a_wrapped_description_and_a_wrapped_time_stay_in_their_cells():
    text = (
        "   Priority                                             Response     Restore\n"
        "   P1  cluster down, all traffic interrupted, or an    15 minutes   2 hours\n"
        "       active security incident on the firewall\n"
        "   P3  degraded performance, questions                 4 working    3 working days\n"
        "                                                       hours\n"
        "Standard changes are carried out within one working day.\n"
    )
    times = figures_of(text).response_times
    assert [(t["priority"], t["hours"]) for t in times] == [("P1", 0.25), ("P3", 4)]


def test_a_bare_number_in_the_priority_column_is_the_priority():
    text = (
        "    Prioriteit   Omschrijving                                       Reactietijd  "
        "Oplostijd\n"
        "    1            platform niet beschikbaar of niemand kan inloggen  30 minuten   4 uur\n"
        "    2            belangrijke functie werkt niet, geen workaround    2 uur        1 "
        "werkdag\n"
    )
    times = figures_of(text).response_times
    assert [(t["priority"], t["hours"]) for t in times] == [("P1", 0.5), ("P2", 2)]


def test_a_bare_number_in_another_column_names_no_priority():
    text = "| Categorie | Aantal | Reactietijd |\n| Helpdesk | 2 | 4 uur |\n"
    times = figures_of(text).response_times
    assert [(t["priority"], t["hours"]) for t in times] == [(None, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "For a blocking incident we get back to you within 2 hours.",
        "Pour un incident bloquant, nous revenons vers vous dans les 2 heures.",
        "Bij een blokkerend incident komen we binnen 2 uur bij je terug.",
    ],
)
def test_coming_back_to_the_caller_is_a_response_time(text):
    assert highest_response(text) == 2


def test_getting_back_to_a_site_is_no_response_time():
    text = "The technician gets back to the site within two days to collect the old hardware."
    assert figures_of(text).response_times == []
