"""General patterns for the covered / partial decision found on the documents of
dev_docs_partial2_documents.py: what makes an item's sentence concrete (a frequency, a named
role, a procedure in the present tense) and the cues of vague mentions, each with a sentence
where it must not count. Development clauses written for this module, in nl, fr and en."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


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
