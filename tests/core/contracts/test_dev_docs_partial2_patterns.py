"""General patterns for the covered / partial decision found on the documents of
dev_docs_partial2_documents.py: the hedge wording (partial.py) and where a hedge bears on the
commitment (hedge_scope.py), each with a sentence where it must not count. Development clauses
written for this module, in nl, fr and en."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


AVAILABILITY = "maintenance.availability"


# -- a hedge in a carve-out bears on what is carved out, not on the level -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The platform is available 99.9% of each calendar month, excluding scheduled "
        "maintenance, which the Provider will, where possible, carry out at night.",
        "De beschikbaarheid bedraagt 99,8% per kalendermaand, gepland onderhoud niet "
        "meegerekend, dat in principe op zondagochtend plaatsvindt.",
        "La disponibilité de la plateforme est de 99,5 % par mois, hors maintenance planifiée, "
        "qui a lieu dans la mesure du possible la nuit.",
    ],
)
def test_hedge_about_the_maintenance_window_leaves_the_level_covered(text):
    assert status(AVAILABILITY, text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Provider aims for an availability of 99.9% per month, excluding scheduled "
        "maintenance.",
        "De leverancier streeft naar een beschikbaarheid van 99,8% per maand, gepland onderhoud "
        "niet meegerekend.",
        "Le prestataire vise une disponibilité de 99,5 % par mois, hors maintenance planifiée.",
    ],
)
def test_hedge_on_the_level_before_a_carve_out_stays_partial(text):
    assert status(AVAILABILITY, text) == "partial"


# -- "streven naar" in every person -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oplostijd: wij streven naar herstel binnen 1 werkdag.",
        "Partijen streven ernaar de oplostijd voor storingen te beperken tot 8 uur.",
    ],
)
def test_streven_naar_is_an_aim(text):
    assert status("maintenance.resolution_time", text) == "partial"


def test_an_aim_in_another_sentence_leaves_the_time_covered():
    text = (
        "Storingen met prioriteit 1 worden binnen 8 uur opgelost. Wij streven naar een "
        "langdurige samenwerking."
    )
    assert status("maintenance.resolution_time", text) == "covered"


# -- reasonable help without a measure ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At the end of the Agreement the Supplier provides reasonable assistance with the "
        "migration to a new supplier.",
        "Bij de overstap naar een andere leverancier verleent de leverancier redelijke "
        "medewerking aan de overdracht.",
        "Le prestataire apporte une assistance raisonnable lors du transfert vers un nouveau "
        "prestataire.",
    ],
)
def test_reasonable_assistance_with_the_transition_is_partial(text):
    assert status("exit.transition", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "For 3 months after termination the Supplier continues the services and hands the "
        "documentation over to the new supplier, for which the Customer provides reasonable "
        "assistance.",
        "Gedurende 3 maanden na het einde blijft de leverancier de diensten verlenen en draagt "
        "hij de documentatie over aan de nieuwe leverancier, waarbij de klant redelijke "
        "medewerking verleent.",
    ],
)
def test_the_clients_reasonable_assistance_leaves_the_transition_covered(text):
    assert status("exit.transition", text) == "covered"


def test_data_returned_as_reasonably_requested_is_partial():
    text = "Upon termination the Provider will return or delete Customer Data as reasonably "
    text += "requested by the Customer."
    assert status("exit.data_return", text) == "partial"


def test_data_returned_as_requested_in_a_format_is_covered():
    text = "Upon termination the Provider will return or delete Customer Data within 30 days in "
    text += "CSV format, as requested by the Customer."
    assert status("exit.data_return", text) == "covered"


# -- a hedge in a coordinated clause of its own -------------------------------------------------


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        (
            AVAILABILITY,
            "The Supplier guarantees 99.5% availability per month, measured by its monitoring "
            "tool, and will notify outages as soon as possible.",
        ),
        (
            "exit.data_return",
            "Within 30 days after termination the Supplier delivers all data in CSV format, and "
            "deletes them within a reasonable time thereafter.",
        ),
        (
            "maintenance.support_hours",
            "Le support est joignable du lundi au vendredi de 8h à 18h, et si possible le samedi "
            "matin.",
        ),
        (
            "legal.liability",
            "De aansprakelijkheid van de leverancier is beperkt tot de vergoedingen van de laatste "
            "12 maanden, en partijen streven ernaar geschillen minnelijk te regelen.",
        ),
    ],
)
def test_hedge_in_a_coordinated_clause_of_its_own_leaves_the_item_covered(item_id, text):
    assert status(item_id, text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier offers 99.5% availability per month, and this level is indicative.",
        "La disponibilité est de 99,5 % par mois, mais ce niveau n'est pas garanti.",
        "De beschikbaarheid bedraagt 99,5% per maand, maar dit percentage is een streefwaarde.",
        "Une disponibilité de 99,5 % par mois est visée, mais n'est pas garantie.",
    ],
)
def test_coordinated_clause_that_speaks_of_the_level_stays_partial(text):
    assert status(AVAILABILITY, text) == "partial"


# -- "as soon as possible" with a hard limit ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Response time: as soon as possible and in any event within 4 hours.",
        "De leverancier reageert zo snel mogelijk en uiterlijk binnen 4 uur op meldingen met "
        "prioriteit 1.",
        "Le prestataire intervient dans les meilleurs délais et au plus tard dans les 4 heures "
        "pour les incidents bloquants.",
    ],
)
def test_as_soon_as_possible_with_a_hard_limit_is_covered(text):
    assert status("maintenance.response_time", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Response time: the Supplier responds to incidents within 4 hours or as soon as possible.",
        "De reactietijd bedraagt 4 uur, of zo snel mogelijk bij drukte.",
        "Le délai d'intervention est de 4 heures, dans les meilleurs délais en période chargée.",
    ],
)
def test_as_soon_as_possible_without_a_limit_after_it_stays_partial(text):
    assert status("maintenance.response_time", text) == "partial"


# -- hours outside the support hours are a carve-out; Flemish clock times ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The helpdesk is available on business days from 8:00 to 18:00; outside those hours "
        "the Supplier will use reasonable efforts to respond.",
        "De helpdesk is bereikbaar op werkdagen van 8u tot 18u, buiten die uren naar best "
        "vermogen.",
        "Le helpdesk est joignable les jours ouvrables de 8h à 18h, en dehors de ces heures "
        "dans la mesure du possible.",
    ],
)
def test_best_efforts_outside_the_support_hours_leave_them_covered(text):
    assert status("maintenance.support_hours", text) == "covered"


def test_support_reachable_without_hours_is_partial():
    assert status("maintenance.support_hours", "De helpdesk is bereikbaar via e-mail.") == "partial"


# -- a clause between semicolons with a matter of its own ---------------------------------------


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        (
            "maintenance.support_hours",
            "Support is available from 8:00 to 18:00 on business days; calls are in principle "
            "answered by the dedicated engineer.",
        ),
        (
            "maintenance.response_time",
            "De reactietijd voor prioriteit 1 bedraagt 2 uur; de technicus komt indien mogelijk "
            "ter plaatse.",
        ),
        (
            "legal.liability",
            "La responsabilité du prestataire est limitée à 50.000 € par an ; les parties "
            "s'efforcent de régler tout litige à l'amiable.",
        ),
    ],
)
def test_hedge_in_a_semicolon_clause_of_its_own_leaves_the_item_covered(item_id, text):
    assert status(item_id, text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Response time for Priority 1: 4 hours; the Supplier will use reasonable efforts to "
        "meet it.",
        "Reactietijd voor prioriteit 1: 4 uur; dit is een streefwaarde.",
        "Délai d'intervention pour la priorité 1 : 4 heures ; à titre indicatif.",
    ],
)
def test_semicolon_clause_that_speaks_of_the_time_stays_partial(text):
    assert status("maintenance.response_time", text) == "partial"


# -- "raisonnable" in French: a hedge where it governs the commitment ---------------------------


@pytest.mark.parametrize(
    ("item_id", "text", "expected"),
    [
        (
            "maintenance.response_time",
            "Le délai d'intervention est de 4 heures pour tout incident signalé avec un niveau de "
            "détail raisonnable.",
            "covered",
        ),
        (
            "maintenance.response_time",
            "Le prestataire intervient dans un délai raisonnable, en principe dans les 4 heures.",
            "partial",
        ),
        (
            "exit.transition",
            "Le prestataire apporte une assistance raisonnable lors du transfert vers un nouveau "
            "prestataire.",
            "partial",
        ),
        (
            "maintenance.resolution_time",
            "Le prestataire met en oeuvre des moyens raisonnables pour respecter un délai de "
            "rétablissement de 8 heures.",
            "partial",
        ),
    ],
)
def test_raisonnable_counts_where_it_governs_the_commitment(item_id, text, expected):
    assert status(item_id, text) == expected


# -- Dutch coordination without a comma; a passive keeps the subject of the commitment ----------


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        (
            AVAILABILITY,
            "De leverancier garandeert een beschikbaarheid van 99,5% per maand en meldt storingen "
            "zo snel mogelijk.",
        ),
        (
            "exit.data_return",
            "Binnen 30 dagen na het einde levert de leverancier alle gegevens aan in CSV-formaat "
            "en verwijdert ze daarna binnen een redelijke termijn.",
        ),
    ],
)
def test_dutch_coordinated_clause_of_its_own_leaves_the_item_covered(item_id, text):
    assert status(item_id, text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The response time is 4 hours and will be met on a best-efforts basis.",
        "De reactietijd bedraagt 4 uur en wordt naar best vermogen nageleefd.",
        "Le délai d'intervention est de 4 heures, et est respecté dans la mesure du possible.",
    ],
)
def test_passive_coordinated_clause_keeps_the_hedge_on_the_time(text):
    assert status("maintenance.response_time", text) == "partial"
