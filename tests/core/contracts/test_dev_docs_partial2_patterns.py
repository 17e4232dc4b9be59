"""General patterns for the covered / partial decision found on the documents of
dev_docs_partial2_documents.py, each with a sentence where it must not count. Development
clauses written for this module, in nl, fr and en."""

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


# -- a count per period makes a meeting concrete ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Twee keer per jaar vindt een evaluatiegesprek plaats met de accountmanager.",
        "A service review is held twice a year with the account manager.",
        "Une réunion d'évaluation a lieu deux fois par an avec le responsable du compte.",
    ],
)
def test_meeting_twice_a_year_is_covered(text):
    assert status("reporting.governance", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Een evaluatiegesprek vindt plaats wanneer nodig.",
        "A service review is held when needed.",
    ],
)
def test_meeting_without_a_frequency_is_partial(text):
    assert status("reporting.governance", text) == "partial"


# -- the present tense states the confidentiality obligation ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chaque partie garde confidentielles les informations de l'autre partie.",
        "Each party keeps the other party's confidential information secret.",
        "De leverancier houdt alle vertrouwelijke informatie van de klant geheim.",
    ],
)
def test_confidentiality_in_the_present_tense_is_covered(text):
    assert status("legal.confidentiality", text) == "covered"


def test_confidentiality_named_in_a_heading_list_is_partial():
    text = "Les parties discutent de la confidentialité lors du lancement."
    assert status("legal.confidentiality", text) == "partial"


# -- a fixed account manager who knows the client's set-up --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De klant krijgt een vaste accountmanager, mevrouw Els Peeters.",
        "Uw vaste customer success manager kent de inrichting van uw organisatie.",
    ],
)
def test_fixed_account_manager_is_customer_knowledge(text):
    assert status("maintenance.customer_knowledge", text) == "covered"


def test_account_manager_sending_invoices_is_no_customer_knowledge():
    text = "De accountmanager van de leverancier verstuurt de facturen."
    assert status("maintenance.customer_knowledge", text) != "covered"


# -- a penalty per day of delay is no service credit --------------------------------------------


def test_penalty_per_day_of_delay_is_no_service_credit():
    text = "En cas de retard imputable au prestataire, une pénalité de 1 % par jour de retard "
    text += "est due."
    assert status("maintenance.service_credits", text) == "missing"


def test_penalty_for_a_missed_intervention_time_is_a_service_credit():
    text = "En cas de dépassement du délai d'intervention, une pénalité de 5 % de la redevance "
    text += "mensuelle est due."
    assert status("maintenance.service_credits", text) == "covered"


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


# -- training the client's people as a verb; a response time in the French passive --------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire forme les contributeurs du Client au cours de trois sessions d'une "
        "demi-journée.",
        "De leverancier leidt de key users op tijdens twee sessies van 3 uur.",
        "The Supplier trains the editors in two half-day sessions.",
    ],
)
def test_training_the_clients_people_as_a_verb_is_user_support(text):
    assert status("rollout.user_support", text) == "covered"


def test_training_the_suppliers_own_technicians_is_no_user_support():
    text = "Le prestataire forme ses techniciens chaque année."
    assert status("rollout.user_support", text) == "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les incidents bloquants sont pris en charge dans les 4 heures.", "covered"),
        ("Les incidents bloquants sont pris en charge dans un délai raisonnable.", "partial"),
        ("Les frais de déplacement sont pris en charge par le client.", "missing"),
    ],
)
def test_response_in_the_french_passive(text, expected):
    assert status("maintenance.response_time", text) == expected


# -- work the contract does not cover, done after an approval -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Werk dat niet onder het onderhoud valt, wordt pas uitgevoerd na schriftelijk akkoord "
        "van de Kliniek op een voorafgaande kostenraming.",
        "Work not covered by the maintenance plan is carried out only after the Customer's "
        "written approval of a quote.",
        "Les interventions non couvertes par le contrat de maintenance sont exécutées après "
        "accord écrit du client sur un devis.",
    ],
)
def test_work_outside_the_contract_after_approval_is_extra_costs_covered(text):
    assert status("budget.extra_costs", text) == "covered"


def test_hardware_outside_the_maintenance_is_no_extra_work():
    assert status("budget.extra_costs", "Hardware valt niet onder het onderhoud.") == "missing"


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


# -- a vague mention is partial, not missing; a frequency settles it ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The parties will meet regularly.",
        "Partijen overleggen op regelmatige basis.",
        "Les parties se réunissent régulièrement.",
    ],
)
def test_meeting_regularly_without_a_frequency_is_partial(text):
    assert status("reporting.governance", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "The parties meet regularly, at least once a month.",
        "Partijen hebben regelmatig overleg, minstens elk kwartaal.",
        "Les parties se réunissent régulièrement, au moins une fois par mois.",
    ],
)
def test_meeting_regularly_with_a_frequency_is_covered(text):
    assert status("reporting.governance", text) == "covered"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Supplier reports regularly on progress.", "partial"),
        ("The Supplier reports monthly on progress.", "covered"),
    ],
)
def test_progress_report_with_an_adverb(text, expected):
    assert status("reporting.progress", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Supplier responds quickly to all incidents.", "partial"),
        ("The Supplier responds quickly to all incidents, within 2 hours.", "covered"),
    ],
)
def test_response_with_an_adverb(text, expected):
    assert status("maintenance.response_time", text) == expected


# -- a procedure in the present tense is concrete -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bij het einde draagt de leverancier alle documentatie, wachtwoorden en configuraties "
        "over aan de nieuwe leverancier en blijft hij de dienst verlenen tot de overdracht is "
        "afgerond.",
        "On expiry the Supplier keeps providing the services until the new supplier has taken "
        "over and hands over all documentation and credentials.",
    ],
)
def test_service_kept_up_until_handover_is_transition_covered(text):
    assert status("exit.transition", text) == "covered"


def test_cooperation_with_a_new_supplier_without_content_is_partial():
    text = "Bij een overstap naar een andere leverancier werkt de leverancier mee."
    assert status("exit.transition", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Le prestataire installe la solution sur les serveurs du client et assure la mise en "
        "production en dehors des heures de bureau.",
        "De leverancier installeert de software op de servers van de klant en verzorgt de "
        "ingebruikname buiten de kantooruren.",
    ],
)
def test_installation_by_the_supplier_in_the_present_tense_is_covered(text):
    assert status("rollout.deployment", text) == "covered"


def test_installation_left_to_agreement_is_partial():
    assert status("rollout.deployment", "De installatie gebeurt in overleg.") == "partial"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De klant stelt een testomgeving en de nodige toegangsrechten ter beschikking vóór "
            "de start van het project.",
            "covered",
        ),
        ("De klant levert de nodige informatie voor het project.", "partial"),
    ],
)
def test_client_obligation_before_the_start(text, expected):
    assert status("timing.client_obligations", text) == expected


# -- support hours: holidays left out bound the hours; abbreviated weekdays ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Support hours: Monday to Friday 9:00-17:00 CET (public holidays excluded).",
        "Supportdesk: ma-vr 8u30-17u00 (behalve feestdagen).",
        "Hotline : lu-ve 8h-18h, jours fériés exclus.",
    ],
)
def test_support_hours_without_holidays_are_covered(text):
    assert status("maintenance.support_hours", text) == "covered"


@pytest.mark.parametrize(
    "text",
    ["Support on Saturdays is not included.", "Telefonische support valt niet onder het contract."],
)
def test_support_left_out_without_hours_is_not_covered(text):
    assert status("maintenance.support_hours", text) != "covered"
