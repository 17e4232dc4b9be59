"""Patterns found on the development documents (test_dev_docs_service_dev_documents.py), as
general clauses written for this module in nl/fr/en, with negatives (issue 9). Rules alone."""

from vendorpact.core.contracts import analyse_text


def status(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- data migration: moving the client's content from its current system ----------------------


def test_migrating_mailboxes_from_the_current_environment_is_data_migration():
    text = (
        "The Contractor will migrate all user mailboxes and file shares from the existing "
        "on-premises servers to the new cloud tenant."
    )
    assert status(text, "rollout.data_migration") == "covered"


def test_french_supplier_importing_the_client_data_from_files_is_data_migration():
    text = (
        "Le fournisseur importe les données clients et fournisseurs à partir des fichiers "
        "transmis par le client."
    )
    assert status(text, "rollout.data_migration") == "covered"


def test_dutch_importing_from_the_old_package_is_data_migration():
    text = "De leverancier importeert de openstaande orders vanuit het oude boekhoudpakket."
    assert status(text, "rollout.data_migration") == "covered"


def test_migrating_a_workload_to_a_new_region_without_a_source_is_not_data_migration():
    text = "The Provider may migrate the hosting platform to another data centre region."
    assert status(text, "rollout.data_migration") == "missing"


# -- user support: training measured in half days ------------------------------------------


def test_french_training_of_two_half_days_is_covered_user_support():
    text = "Une formation de trois demi-journées est prévue pour les utilisateurs."
    assert status(text, "rollout.user_support") == "covered"


def test_dutch_training_of_a_half_day_is_covered_user_support():
    text = "De leverancier voorziet een opleiding van een halve dag voor de sleutelgebruikers."
    assert status(text, "rollout.user_support") == "covered"


# -- response time: verb forms and priority lines -------------------------------------------


def test_french_supplier_taking_charge_within_a_delay_is_a_response_time():
    text = "Le prestataire prend en charge les appels urgents dans un délai de quatre heures."
    assert status(text, "maintenance.response_time") == "covered"


def test_priority_line_with_response_minutes_is_a_response_time():
    text = "Severity 1 (system down): response 15 minutes, restore 6 hours."
    assert status(text, "maintenance.response_time") == "covered"


def test_page_response_in_milliseconds_is_not_a_supplier_response_time():
    text = "The web pages load with a page response of 2 seconds for 95% of visitors."
    assert status(text, "maintenance.response_time") == "missing"


# -- updates included in the fee ------------------------------------------------------------


def test_dutch_updates_without_extra_cost_are_covered():
    text = "Nieuwe versies en beveiligingsupdates worden zonder meerkost ter beschikking gesteld."
    assert status(text, "maintenance.updates") == "covered"


def test_french_updates_included_in_the_subscription_are_covered():
    text = "Les mises à jour de la plateforme sont incluses dans la redevance annuelle."
    assert status(text, "maintenance.updates") == "covered"


def test_french_updates_mentioned_without_terms_stay_partial():
    text = "Le client est informé des mises à jour par courriel."
    assert status(text, "maintenance.updates") == "partial"


# -- service credits: a discount or credit note for a missed service level -------------------


def test_dutch_discount_on_the_monthly_fee_for_low_availability_is_a_service_credit():
    text = "Bij een lagere beschikbaarheid dan 99,5% geldt een korting van 5% op de maandprijs."
    assert status(text, "maintenance.service_credits") == "covered"


def test_dutch_commercial_discount_on_the_total_price_is_no_service_credit():
    text = "Bij ondertekening vóór 31 januari geven wij een korting van 8% op de totale prijs."
    assert status(text, "maintenance.service_credits") == "missing"


def test_french_credit_note_for_a_missed_service_level_is_a_service_credit():
    text = (
        "En cas de non-respect du niveau de service, le client reçoit une note de crédit de "
        "10 % de la redevance mensuelle."
    )
    assert status(text, "maintenance.service_credits") == "covered"


def test_french_credit_note_for_an_invoicing_error_is_no_service_credit():
    text = "Une facture erronée donne lieu à une note de crédit dans les quinze jours."
    assert status(text, "maintenance.service_credits") == "missing"


# -- resolution time: passive "resolved within" in nl and fr -------------------------------


def test_dutch_faults_remedied_within_a_number_word_of_hours_is_a_resolution_time():
    text = "Storingen met prioriteit 1 worden binnen zes werkuren verholpen."
    assert status(text, "maintenance.resolution_time") == "covered"


def test_french_incidents_resolved_within_a_delay_is_a_resolution_time():
    text = "Les incidents majeurs sont résolus dans un délai de douze heures ouvrées."
    assert status(text, "maintenance.resolution_time") == "covered"


# -- acceptance: a delivery that counts as accepted -----------------------------------------


def test_dutch_delivery_that_counts_as_accepted_without_remarks_is_acceptance():
    text = (
        "De klant test de toepassing gedurende vijf werkdagen; zonder schriftelijke "
        "opmerkingen geldt de oplevering als aanvaard."
    )
    assert status(text, "rollout.acceptance") == "covered"


# -- customer knowledge: a dedicated account manager in French -----------------------------


def test_french_dedicated_account_manager_is_customer_knowledge():
    text = "Un gestionnaire de compte dédié suit le dossier du client chez le prestataire."
    assert status(text, "maintenance.customer_knowledge") == "covered"


# -- updates: new releases in Dutch -----------------------------------------------------------


def test_dutch_new_releases_included_in_the_fee_are_covered_updates():
    text = "Nieuwe releases worden tweemaal per jaar geïnstalleerd, inbegrepen in de vergoeding."
    assert status(text, "maintenance.updates") == "covered"


# -- intellectual property: the client becomes the owner --------------------------------------


def test_french_client_becoming_owner_of_the_developments_is_covered_ip():
    text = "Le client devient propriétaire du code développé sur mesure dès le paiement du prix."
    assert status(text, "legal.ip") == "covered"
