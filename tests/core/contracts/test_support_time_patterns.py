"""Response times, resolution times and user support after go-live, rules alone (issue 9).

Each clause is written for this module (not taken from an evaluation document). Response time
is how fast the supplier reacts to a call (acknowledges, starts work); resolution time is how
fast the fault is fixed or worked around. User support is help for the people who use the
system (helpdesk for users, training follow-up, a hypercare period), not the maintenance of the
system itself.
"""

from vendorpact.core.contracts import analyse_text


def status(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


def response(text: str) -> str:
    return status(text, "maintenance.response_time")


def resolution(text: str) -> str:
    return status(text, "maintenance.resolution_time")


def user_support(text: str) -> str:
    return status(text, "rollout.user_support")


# -- response time --------------------------------------------------------------------------


def test_dutch_intervention_term_is_a_response_time():
    text = "De interventietermijn voor storingen met prioriteit 1 bedraagt vier uur."
    assert response(text) == "covered"


def test_french_prise_en_charge_delay_is_a_response_time():
    text = "Le délai de prise en charge d'un incident bloquant est de deux heures ouvrées."
    assert response(text) == "covered"


def test_acknowledging_a_ticket_within_hours_is_a_response_time():
    text = "The Supplier shall acknowledge each support ticket within two business hours."
    assert response(text) == "covered"


def test_acknowledging_a_ticket_is_not_a_resolution_time():
    text = "The Supplier shall acknowledge each support ticket within two business hours."
    assert resolution(text) == "missing"


def test_dutch_as_soon_as_possible_reaction_is_partial():
    text = "Bij een storing reageren wij zo snel mogelijk op uw melding."
    assert response(text) == "partial"


def test_french_best_delay_intervention_is_partial():
    text = "Le prestataire intervient dans les meilleurs délais après l'appel du client."
    assert response(text) == "partial"


def test_english_as_soon_as_possible_response_is_partial():
    text = "The Provider will respond to support requests as soon as possible."
    assert response(text) == "partial"


def test_requests_after_hours_handled_next_business_day_is_a_response_commitment():
    text = (
        "Support requests sent by e-mail outside office hours are handled on the next business day."
    )
    assert response(text) != "missing"


def test_responding_to_a_notice_of_audit_findings_is_not_a_response_time():
    text = "The Customer shall respond to the audit findings of the Supplier's security team."
    assert response(text) == "missing"


def test_page_load_time_is_not_a_response_time():
    text = (
        "Acceptable response times are measured as the time it takes to load the home page of "
        "the shop over a standard broadband connection, which shall be under 3 seconds."
    )
    assert response(text) == "missing"


# -- resolution time ------------------------------------------------------------------------


def test_dutch_repair_time_is_a_resolution_time():
    text = "De hersteltijd voor een blokkerende storing bedraagt maximaal acht uur."
    assert resolution(text) == "covered"


def test_dutch_repair_time_is_not_a_response_time():
    text = "De oplostijd voor een blokkerende storing bedraagt maximaal acht uur."
    assert response(text) == "missing"


def test_french_restoration_delay_is_a_resolution_time():
    text = "Le délai de rétablissement du service est de quatre heures ouvrées."
    assert resolution(text) == "covered"


def test_french_restoration_delay_is_not_a_response_time():
    text = "Le délai de rétablissement du service est de quatre heures ouvrées."
    assert response(text) == "missing"


def test_workaround_within_hours_is_a_resolution_time():
    text = "For a critical incident the Supplier provides a workaround within 8 hours."
    assert resolution(text) == "covered"


def test_fix_time_is_a_resolution_time():
    text = "The target fix time for Priority 2 defects is three business days."
    assert resolution(text) == "covered"


def test_dutch_as_soon_as_possible_repair_is_partial():
    text = "Storingen worden zo snel mogelijk verholpen door de leverancier."
    assert resolution(text) == "partial"


def test_priority_table_row_with_both_columns_gives_a_response_time():
    text = (
        "Prioriteit | Reactietijd | Oplostijd\n"
        "P1 - kritiek | 1 uur | 4 uur\n"
        "P2 - hoog | 4 uur | 1 werkdag\n"
    )
    assert response(text) == "covered"


def test_priority_table_row_with_both_columns_gives_a_resolution_time():
    text = (
        "Prioriteit | Reactietijd | Oplostijd\n"
        "P1 - kritiek | 1 uur | 4 uur\n"
        "P2 - hoog | 4 uur | 1 werkdag\n"
    )
    assert resolution(text) == "covered"


def test_client_correcting_its_own_content_is_not_a_resolution_time():
    text = (
        "It is the Customer's sole responsibility to proofread the texts and correct any errors "
        "before the newsletter is sent."
    )
    assert resolution(text) == "missing"


# -- user support after go-live -------------------------------------------------------------


def test_dutch_first_line_support_for_users_is_user_support():
    text = (
        "Na de ingebruikname verzorgt de leverancier gedurende drie maanden de "
        "eerstelijnsondersteuning van de medewerkers van de klant."
    )
    assert user_support(text) == "covered"


def test_dutch_aftercare_period_is_user_support():
    text = (
        "Na de livegang volgt een nazorgperiode van vier weken waarin vragen kosteloos worden "
        "beantwoord."
    )
    assert user_support(text) == "covered"


def test_french_support_for_users_is_user_support():
    text = (
        "Le prestataire assure le support aux utilisateurs pendant les trois mois suivant la "
        "mise en production."
    )
    assert user_support(text) == "covered"


def test_french_telephone_assistance_for_users_is_user_support():
    text = "Une assistance téléphonique aux utilisateurs est incluse pendant la première année."
    assert user_support(text) == "covered"


def test_support_to_help_the_client_use_the_system_is_user_support():
    text = (
        "The Supplier shall give such support as the Client reasonably requests to enable its "
        "staff to use the booking module."
    )
    assert user_support(text) != "missing"


def test_client_own_helpdesk_is_only_partial():
    text = (
        "The Customer is solely responsible for the helpdesk for its own users and shall "
        "provide that support from 8:00 to 18:00."
    )
    assert user_support(text) == "partial"


def test_incident_ticket_channel_is_not_user_support():
    text = (
        "Incidents are reported through the helpdesk ticket portal; the Supplier then "
        "restores the service."
    )
    assert user_support(text) == "missing"


def test_customer_support_and_maintenance_of_the_software_is_not_user_support():
    text = (
        "This agreement covers customer support and software maintenance for the ERP system "
        "installed at the Client's site."
    )
    assert user_support(text) == "missing"


def test_support_requested_so_that_the_client_can_use_the_portal_is_user_support():
    text = (
        "The Supplier shall provide the Support Services that the Client requests by e-mail "
        "during the first year for the purpose of enabling the Client to use the portal."
    )
    assert user_support(text) != "missing"


def test_response_time_of_the_network_is_not_a_response_time():
    text = (
        "If the response time of the hosted shop becomes too slow, the Provider shall add "
        "bandwidth within 10 days."
    )
    assert response(text) == "missing"


def test_staff_education_and_experience_is_not_user_support():
    text = (
        "Vervangend personeel heeft minstens dezelfde opleiding en ervaring als de consultant "
        "die het vervangt."
    )
    assert user_support(text) == "missing"


def test_french_staff_training_and_experience_is_not_user_support():
    text = (
        "Le remplaçant dispose d'une formation et d'une expérience au moins équivalentes à "
        "celles du consultant initial."
    )
    assert user_support(text) == "missing"
