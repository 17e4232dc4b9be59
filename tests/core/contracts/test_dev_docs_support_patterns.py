"""Patterns found on the development documents (dev_docs_support_dev_documents.py), as general
clauses written for this module in nl/fr/en, with negatives (issue 9). Rules alone."""

from vendorpact.core.contracts import analyse_text


def status(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- tables of service times: the header names the topic, the rows give the times ------------

NL_TIME_TABLE = (
    "Incidenten\n"
    "Prio | Omschrijving | Responstijd | Hersteltijd\n"
    "1 | Dienst onbereikbaar | 30 minuten | 4 uur\n"
    "2 | Belangrijke functie werkt niet | 2 uur | 1 werkdag\n"
)


def test_rows_under_a_response_time_header_settle_the_response_time():
    assert status(NL_TIME_TABLE, "maintenance.response_time") == "covered"


def test_rows_under_a_repair_time_header_settle_the_resolution_time():
    assert status(NL_TIME_TABLE, "maintenance.resolution_time") == "covered"


def test_rows_under_a_target_response_header_stay_partial():
    text = (
        "Support levels\n"
        "Severity | Description | Target response time\n"
        "Severity 1 | Production down | 1 hour\n"
        "Severity 2 | Major feature unusable | 4 hours\n"
    )
    assert status(text, "maintenance.response_time") == "partial"


# -- response and resolution wording ------------------------------------------------------


def test_french_delay_of_taking_into_account_is_a_response_time():
    text = "Délai de prise en compte : 1 heure ouvrée pour un incident critique."
    assert status(text, "maintenance.response_time") == "covered"


def test_resolution_key_value_on_a_priority_line_is_a_resolution_time():
    text = "P1 - critical: response: 30 minutes | resolution: 4 business hours"
    assert status(text, "maintenance.resolution_time") == "covered"


# -- data migration: moving the users' content from the old devices ----------------------


def test_transferring_user_files_from_the_old_laptop_is_data_migration():
    text = "We transfer each user's documents and e-mails from the old laptop to the new one."
    assert status(text, "rollout.data_migration") == "covered"


def test_dutch_files_copied_over_from_the_old_pcs_are_data_migration():
    text = (
        "De bestanden van de oude pc's worden door de leverancier overgezet naar de nieuwe laptops."
    )
    assert status(text, "rollout.data_migration") == "covered"


def test_french_transfer_of_files_from_the_old_workstations_is_data_migration():
    text = "Le prestataire transfère les fichiers et profils depuis les anciens postes de travail."
    assert status(text, "rollout.data_migration") == "covered"


def test_transferring_a_licence_from_the_old_workstation_is_not_data_migration():
    text = "The Client may transfer the licence from the old workstation to a new one."
    assert status(text, "rollout.data_migration") == "missing"


# -- acceptance ---------------------------------------------------------------------------


def test_a_delivery_accepted_when_the_checklist_is_signed_is_an_acceptance_procedure():
    text = "Each workstation is accepted when the user signs the handover checklist."
    assert status(text, "rollout.acceptance") == "covered"


def test_an_offer_accepted_when_signed_is_not_an_acceptance_procedure():
    text = "This offer is accepted when the Client signs it and returns it within 30 days."
    assert status(text, "rollout.acceptance") == "missing"


# -- user support at rollout --------------------------------------------------------------


def test_a_technician_helping_users_on_rollout_day_is_user_support():
    text = "A technician stays on site for 2 days to help users with their first login."
    assert status(text, "rollout.user_support") == "covered"


def test_an_introduction_session_for_each_group_is_user_support():
    text = "We give a 45-minute introduction session to Windows 11 for each group of users."
    assert status(text, "rollout.user_support") == "covered"


def test_dutch_helpdesk_opening_hours_are_not_user_support():
    text = "De helpdesk is bereikbaar op werkdagen van 8u30 tot 17u00."
    assert status(text, "rollout.user_support") == "missing"


def test_the_helpdesk_staff_knowing_the_environment_is_not_user_support():
    text = "Elke medewerker van de helpdesk kent zo de omgeving van de Klant."
    assert status(text, "rollout.user_support") == "missing"


def test_injunctive_relief_restraining_the_customer_is_not_training():
    text = "The Supplier may seek injunctive relief restraining the Customer from any breach."
    assert status(text, "rollout.user_support") == "missing"


# -- maintenance services -----------------------------------------------------------------


def test_managing_and_supporting_the_office_network_is_a_maintenance_service():
    text = "NetKern manages and supports the Client's office network: 22 laptops and 2 servers."
    assert status(text, "maintenance.services") == "covered"


def test_remote_and_on_site_support_is_a_maintenance_service():
    text = "Remote and on-site support for the 22 workstations is included in the monthly fee."
    assert status(text, "maintenance.services") == "covered"


# -- customer knowledge -------------------------------------------------------------------


def test_dutch_knowledge_document_kept_up_to_date_is_customer_knowledge():
    text = (
        "De leverancier stelt een kennisdocument op met de configuratie en de koppelingen "
        "van de klant en werkt het bij na elke ingreep."
    )
    assert status(text, "maintenance.customer_knowledge") == "covered"


def test_french_technical_sheet_of_the_environment_is_customer_knowledge():
    text = "Le prestataire tient à jour la fiche technique de l'environnement du client."
    assert status(text, "maintenance.customer_knowledge") == "covered"


def test_an_up_to_date_network_diagram_of_the_office_is_customer_knowledge():
    text = "We keep an up-to-date network diagram and asset inventory of your office."
    assert status(text, "maintenance.customer_knowledge") == "covered"


def test_french_assigned_project_manager_is_customer_knowledge():
    text = "Un chef de projet attitré suit le compte du client."
    assert status(text, "maintenance.customer_knowledge") == "covered"


def test_a_dedicated_server_is_not_customer_knowledge():
    text = "The platform runs on a dedicated server in the Antwerp data centre."
    assert status(text, "maintenance.customer_knowledge") == "missing"


# -- support hours --------------------------------------------------------------------------


def test_support_available_between_two_hours_on_working_days_is_support_hours():
    text = "Support is available on working days between 9 am and 5 pm CET."
    assert status(text, "maintenance.support_hours") == "covered"


def test_dutch_service_desk_key_value_line_with_hours_is_support_hours():
    text = "Servicedesk: werkdagen 08:00 - 17:30 uur, telefonisch en via het portaal."
    assert status(text, "maintenance.support_hours") == "covered"


def test_the_hours_of_a_maintenance_window_are_not_support_hours():
    text = "Gepland onderhoud vindt plaats op dinsdag tussen 22:00 en 02:00 uur."
    assert status(text, "maintenance.support_hours") == "missing"


# -- response time --------------------------------------------------------------------------


def test_dutch_taking_a_call_into_handling_within_hours_is_a_response_time():
    text = "De leverancier neemt een storing binnen 4 werkuren in behandeling."
    assert status(text, "maintenance.response_time") == "covered"


def test_dutch_reacting_within_the_hour_is_a_covered_response_time():
    text = "Wij reageren op een P1-melding binnen het uur."
    assert status(text, "maintenance.response_time") == "covered"


def test_french_acknowledging_receipt_within_hours_is_a_response_time():
    text = "Le prestataire accuse réception de chaque demande dans les 2 heures ouvrées."
    assert status(text, "maintenance.response_time") == "covered"


# -- service credits: a refund or reduction for a missed level ------------------------------


def test_a_refund_when_availability_falls_below_a_level_is_a_service_credit():
    text = (
        "If availability falls below 99.5%, the Customer is entitled to a refund of 10% of "
        "the monthly fee."
    )
    assert status(text, "maintenance.service_credits") == "covered"


def test_french_reduction_for_a_missed_service_level_is_a_service_credit():
    text = (
        "En cas de non-respect du niveau de service, le client a droit à une réduction de 5 % "
        "de la redevance mensuelle."
    )
    assert status(text, "maintenance.service_credits") == "covered"


def test_dutch_amount_credited_per_hour_over_the_repair_time_is_a_service_credit():
    text = "Per begonnen uur overschrijding van de hersteltijd wordt € 50 gecrediteerd."
    assert status(text, "maintenance.service_credits") == "covered"


def test_a_volume_discount_on_the_licence_fee_is_not_a_service_credit():
    text = "For more than 50 users the Customer receives a discount of 10% on the licence fee."
    assert status(text, "maintenance.service_credits") == "missing"


# -- updates, customer knowledge, deployment ------------------------------------------------


def test_dutch_release_management_with_releases_per_year_is_covered_updates():
    text = "Releasebeheer: maximaal vier releases per jaar, vooraf aangekondigd."
    assert status(text, "maintenance.updates") == "covered"


def test_a_configuration_management_database_of_the_client_is_customer_knowledge():
    text = "The Supplier maintains a configuration management database with the Client's assets."
    assert status(text, "maintenance.customer_knowledge") == "covered"


def test_go_live_in_a_numbered_week_is_a_covered_deployment():
    text = "Go-live is planned for week 12 of 2027."
    assert status(text, "rollout.deployment") == "covered"


def test_laptops_delivered_and_set_up_at_the_desks_is_deployment():
    text = "The new laptops are delivered and set up at the users' desks in two batches."
    assert status(text, "rollout.deployment") == "covered"


# -- data migration and user support, more phrasings ----------------------------------------


def test_dutch_client_data_moved_from_the_old_crm_to_the_new_package_is_data_migration():
    text = "De leverancier zet de klantgegevens uit het oude CRM over naar het nieuwe pakket."
    assert status(text, "rollout.data_migration") == "covered"


def test_french_historical_data_taken_over_from_the_old_software_is_data_migration():
    text = "Les données historiques sont reprises depuis l'ancien logiciel."
    assert status(text, "rollout.data_migration") == "covered"


def test_records_imported_from_the_current_crm_are_data_migration():
    text = "The existing customer records are imported from the current CRM."
    assert status(text, "rollout.data_migration") == "covered"


def test_the_old_data_staying_the_clients_property_is_not_data_migration():
    text = "De gegevens uit het oude pakket blijven eigendom van de klant."
    assert status(text, "rollout.data_migration") == "missing"


def test_a_consultant_on_site_to_support_users_after_go_live_is_user_support():
    text = (
        "During the first two weeks after go-live, a consultant is available on site to "
        "support the users."
    )
    assert status(text, "rollout.user_support") == "covered"


def test_french_consultant_accompanying_the_users_on_site_is_user_support():
    text = (
        "Pendant la première semaine après le démarrage, un consultant accompagne les "
        "utilisateurs sur site."
    )
    assert status(text, "rollout.user_support") == "covered"


def test_dutch_consultant_on_site_guiding_users_in_the_first_week_is_covered():
    text = (
        "Tijdens de eerste week na de livegang is een consultant ter plaatse om de gebruikers "
        "te begeleiden."
    )
    assert status(text, "rollout.user_support") == "covered"


# -- warranty -------------------------------------------------------------------------------


def test_french_guarantee_of_operation_for_months_from_receipt_is_a_warranty():
    text = (
        "Le prestataire garantit le bon fonctionnement du logiciel pendant six mois à compter "
        "de la réception."
    )
    assert status(text, "rollout.warranty") == "covered"


def test_french_guarantee_of_confidentiality_for_years_is_not_a_warranty():
    text = "Le prestataire garantit la confidentialité des données pendant cinq ans."
    assert status(text, "rollout.warranty") == "missing"


# -- round two: wrong senses ----------------------------------------------------------------


def test_the_customer_responding_to_the_supplier_is_not_a_response_time():
    text = "The Customer shall respond to the Supplier's questions within 5 working days."
    assert status(text, "maintenance.response_time") == "missing"


def test_dutch_client_reacting_to_a_quote_is_not_a_response_time():
    text = "De klant reageert binnen 10 werkdagen op de voorgelegde offerte."
    assert status(text, "maintenance.response_time") == "missing"


def test_the_client_correcting_its_own_data_is_not_a_resolution_time():
    text = "The Client shall correct any errors in its data within 10 days."
    assert status(text, "maintenance.resolution_time") == "missing"


def test_french_penalties_for_late_delivery_are_not_service_credits():
    text = "En cas de retard de livraison, des pénalités de 1% par semaine sont dues."
    assert status(text, "maintenance.service_credits") == "missing"


def test_the_suppliers_staff_having_received_training_is_not_user_support():
    text = "The Supplier's staff have received appropriate training and certifications."
    assert status(text, "rollout.user_support") == "missing"


# -- round two: more phrasings ---------------------------------------------------------------


def test_french_platform_accessible_a_percentage_of_the_time_is_availability():
    text = "La plateforme est accessible 99,8 % du temps, mesuré mensuellement."
    assert status(text, "maintenance.availability") == "covered"


def test_french_credit_note_per_hour_of_unavailability_is_a_service_credit():
    text = (
        "Chaque heure d'indisponibilité au-delà de l'engagement donne droit à un avoir de 50 euros."
    )
    assert status(text, "maintenance.service_credits") == "covered"


def test_keeping_the_systems_patched_within_days_is_updates():
    text = "The Supplier keeps the operating systems patched within 30 days of a vendor release."
    assert status(text, "maintenance.updates") == "covered"


def test_french_security_fixes_applied_every_month_are_covered_updates():
    text = (
        "Le prestataire assure le maintien en conditions de sécurité : correctifs appliqués "
        "chaque mois."
    )
    assert status(text, "maintenance.updates") == "covered"


def test_dutch_on_site_intervention_within_hours_is_a_response_time():
    text = "Interventie op locatie binnen 8 werkuren na de melding."
    assert status(text, "maintenance.response_time") == "covered"


def test_french_incident_corrected_or_worked_around_within_hours_is_a_resolution_time():
    text = "Un incident bloquant est corrigé ou contourné dans les 8 heures ouvrées."
    assert status(text, "maintenance.resolution_time") == "covered"


def test_french_support_open_on_weekdays_from_eight_to_six_is_support_hours():
    text = "Le support est ouvert en semaine de 8h à 18h."
    assert status(text, "maintenance.support_hours") == "covered"


def test_account_manager_line_with_a_name_is_covered_customer_knowledge():
    text = "Accountmanager: Sofie Maes, sofie.maes@leverancier.be"
    assert status(text, "maintenance.customer_knowledge") == "covered"


def test_dutch_fixed_team_that_knows_the_environment_is_customer_knowledge():
    text = "We werken met een vast team dat uw omgeving kent."
    assert status(text, "maintenance.customer_knowledge") == "covered"


def test_dutch_warranty_key_value_line_with_a_period_is_a_warranty():
    text = "Garantie: 3 maanden op de opgeleverde software, vanaf de oplevering."
    assert status(text, "rollout.warranty") == "covered"


def test_french_warranty_delay_of_months_from_acceptance_is_a_warranty():
    text = "Le délai de garantie est de douze mois à compter de la réception définitive."
    assert status(text, "rollout.warranty") == "covered"


# -- round three: wrong senses in long contracts --------------------------------------------


def test_dutch_availability_of_a_consultant_is_not_service_availability():
    text = "De beschikbaarheid van de consultant bedraagt vier dagen per week."
    assert status(text, "maintenance.availability") == "missing"


def test_availability_of_key_personnel_is_not_service_availability():
    text = "The availability of key personnel is subject to their prior commitments."
    assert status(text, "maintenance.availability") == "missing"


def test_notices_received_after_business_hours_are_not_support_hours():
    text = "Notices delivered after business hours are deemed received on the next business day."
    assert status(text, "maintenance.support_hours") == "missing"


def test_dutch_work_outside_office_hours_billed_at_a_rate_is_not_support_hours():
    text = "Werken buiten de kantooruren worden aangerekend aan 150% van het uurtarief."
    assert status(text, "maintenance.support_hours") == "missing"


def test_access_to_the_suppliers_online_knowledge_base_is_not_customer_knowledge():
    text = "The Customer has access to our online knowledge base with articles and videos."
    assert status(text, "maintenance.customer_knowledge") == "missing"


def test_prepaid_fees_credited_on_termination_are_not_service_credits():
    text = "Upon termination the Supplier will credit the prepaid fees for the remaining months."
    assert status(text, "maintenance.service_credits") == "missing"


def test_training_costs_of_the_suppliers_employees_are_not_user_support():
    text = "Training costs of the Supplier's own employees are borne by the Supplier."
    assert status(text, "rollout.user_support") == "missing"


def test_resolving_a_dispute_within_days_is_not_a_resolution_time():
    text = "The parties shall try to resolve any dispute amicably within 30 days."
    assert status(text, "maintenance.resolution_time") == "missing"


def test_responding_to_a_request_for_a_quote_is_not_a_response_time():
    text = "The Supplier shall respond to a request for a quote within 10 working days."
    assert status(text, "maintenance.response_time") == "missing"


# -- round four: acceptance of papers, data given back, Dutch term words ---------------------


def test_a_change_request_accepted_when_signed_is_not_an_acceptance_procedure():
    text = "A change request is accepted when both parties have signed it."
    assert status(text, "rollout.acceptance") == "missing"


def test_invoices_accepted_without_objection_are_not_an_acceptance_procedure():
    text = "Invoices are accepted if no objection is raised within 15 days."
    assert status(text, "rollout.acceptance") == "missing"


def test_dutch_invoices_deemed_accepted_are_not_an_acceptance_procedure():
    text = "Facturen worden geacht aanvaard te zijn indien niet binnen 8 dagen geprotesteerd."
    assert status(text, "rollout.acceptance") == "missing"


def test_files_transferred_back_at_the_end_are_not_data_migration():
    text = (
        "The Supplier shall transfer all files from the old system back to the Customer at the "
        "end of the Agreement."
    )
    assert status(text, "rollout.data_migration") == "missing"


def test_dutch_resolution_term_word_on_a_key_value_line_is_a_resolution_time():
    text = "Oplossingstermijn kritieke storing: 8 werkuren."
    assert status(text, "maintenance.resolution_time") == "covered"
