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
