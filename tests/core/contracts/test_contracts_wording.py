"""Common wording of IT suppliers' quotes, statements of work, general terms and SLAs in
French, English and Dutch (issue 9): each sentence is written for the test, not taken from any
evaluation document, and each test fails on the analyser before the change it covers."""

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


def rules_status(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- French quotes and maintenance contracts: common wording of Belgian suppliers ---------------


def test_french_extra_work_in_the_singular_and_unforeseen_work():
    one = "Toute prestation supplémentaire est facturée après accord écrit du client."
    other = "Les travaux non prévus au présent devis font l'objet d'un devis complémentaire."
    assert status_of(one, "budget.extra_costs") == "covered"
    assert status_of(other, "budget.extra_costs") != "missing"


def test_recurring_cost_with_the_currency_after_the_amount():
    text = "L'hébergement du site est facturé 45 € HTVA par mois."
    assert status_of(text, "budget.recurring_cost") == "covered"


def test_payment_terms_as_deposit_and_balance():
    text = "Paiement : 40 % à la signature du bon de commande, le solde à la mise en production."
    assert status_of(text, "budget.payment_terms") == "covered"


def test_french_offer_forming_part_of_the_contract():
    text = "Notre offre du 3 mai 2027 fait partie intégrante du contrat."
    assert status_of(text, "agreement.quote_included") == "covered"


def test_french_import_of_existing_files_is_data_migration():
    text = (
        "L'importation des fichiers articles existants est réalisée par le prestataire en 2 jours."
    )
    assert status_of(text, "rollout.data_migration") == "covered"


def test_french_hands_on_session_is_user_support():
    text = "Une séance de prise en main de 3 heures est prévue pour les utilisateurs."
    assert status_of(text, "rollout.user_support") == "covered"


def test_french_intervention_within_hours_is_response_time():
    one = "Le technicien intervient dans les 6 heures ouvrables suivant l'appel du client."
    other = "Délai de prise en charge : 1 heure pour un incident bloquant."
    assert status_of(one, "maintenance.response_time") == "covered"
    assert status_of(other, "maintenance.response_time") == "covered"


def test_french_transfer_to_a_new_supplier_is_transition():
    text = (
        "À la fin du contrat, le prestataire assiste le client pendant 30 jours lors du "
        "transfert vers un nouveau fournisseur."
    )
    assert status_of(text, "exit.transition") == "covered"


def test_french_client_becoming_owner_is_an_ip_clause():
    text = "Le client devient propriétaire des développements spécifiques dès leur paiement."
    assert status_of(text, "legal.ip") != "missing"


# -- English statements of work: project wording beyond the SEC filings -------------------------


def test_rate_per_consultant_day():
    text = "Additional services are billed at EUR 980 per consultant day."
    assert rules_status(text, "budget.rates") == "covered"


def test_change_control_is_extra_costs():
    text = "Any change to the scope goes through the change control procedure of clause 7."
    assert rules_status(text, "budget.extra_costs") != "missing"


def test_providing_a_replacement_consultant():
    text = (
        "Should a consultant leave, Supplier shall provide a replacement within 10 business days."
    )
    assert rules_status(text, "team.replacement") == "covered"


def test_walking_administrators_through_a_runbook_is_knowledge_transfer():
    text = "Supplier will deliver a runbook and walk the Customer's administrators through it."
    assert rules_status(text, "team.knowledge_transfer") == "covered"


def test_weekly_status_update_is_progress_reporting():
    text = "The Supplier's lead sends a written status update every week."
    assert rules_status(text, "reporting.progress") == "covered"


def test_bi_weekly_review_meeting_is_governance():
    text = "Both project leads attend a fortnightly project review."
    assert rules_status(text, "reporting.governance") != "missing"


def test_go_live_and_cutover_are_deployment():
    assert rules_status("Go-live is planned for 14 June 2027.", "rollout.deployment") != "missing"
    text = "The cutover to the new platform takes place over one weekend."
    assert rules_status(text, "rollout.deployment") != "missing"


def test_migrating_legacy_records_is_data_migration():
    text = "Supplier shall migrate the legacy supplier records within 5 days."
    assert rules_status(text, "rollout.data_migration") == "covered"


def test_train_the_trainer_and_hypercare_are_user_support():
    text = "Supplier runs 2 train-the-trainer sessions, followed by 3 weeks of hypercare."
    assert rules_status(text, "rollout.user_support") == "covered"


def test_sign_off_is_acceptance():
    text = "Each milestone is signed off in writing by the Customer's sponsor within 5 days."
    assert rules_status(text, "rollout.acceptance") == "covered"


def test_weeks_range_is_planning():
    text = "Design takes place in weeks 1-3 and the build in weeks 4-9."
    assert rules_status(text, "timing.planning") != "missing"


def test_customer_owning_the_deliverables_is_an_ip_clause():
    text = "The Customer owns all deliverables produced under this statement of work."
    assert rules_status(text, "legal.ip") != "missing"


# -- Dutch general terms and SLAs: common wording of Belgian suppliers --------------------------


def test_dutch_client_providing_information_and_cooperation():
    one = "De klant verschaft de leverancier tijdig alle inlichtingen die de opdracht vergt."
    other = "De afnemer verbindt zich ertoe de nodige medewerking te verlenen bij de installatie."
    assert rules_status(one, "timing.client_obligations") != "missing"
    assert rules_status(other, "timing.client_obligations") != "missing"


def test_dutch_duration_linked_to_another_agreement_or_between_dates():
    linked = "Dit dienstenniveau geldt zolang de onderhoudsovereenkomst van kracht is."
    dates = "Het contract treedt in werking op 1 april 2027 en loopt tot 31 maart 2029."
    tacit = "De overeenkomst wordt telkens stilzwijgend voor een jaar verlengd."
    assert rules_status(linked, "exit.duration_renewal") != "missing"
    assert rules_status(dates, "exit.duration_renewal") == "covered"
    assert rules_status(tacit, "exit.duration_renewal") == "covered"


def test_dutch_data_handed_over_in_a_common_format():
    text = "Bij het einde bezorgt de leverancier de gegevens van de klant in een open formaat."
    assert rules_status(text, "exit.data_return") == "covered"


def test_dutch_supplier_keeping_the_data_until_paid_is_lock_in():
    text = "De leverancier mag de bestanden van de klant onder zich houden tot betaling."
    assert "risk.data_lockin" in analyse_text(text, learned=False).risk_ids()


def test_dutch_handling_within_working_hours_is_response_time():
    text = "Dringende meldingen worden binnen 2 werkuren in behandeling genomen."
    assert rules_status(text, "maintenance.response_time") == "covered"


def test_dutch_resolved_within_hours_is_resolution_time():
    text = "Blokkerende storingen worden binnen 6 uur opgelost."
    assert rules_status(text, "maintenance.resolution_time") == "covered"


def test_dutch_crediting_is_a_service_credit():
    text = "Bij een lagere beschikbaarheid volgt een creditering van 10% van de maandprijs."
    assert rules_status(text, "maintenance.service_credits") == "covered"


def test_dutch_mediator_is_dispute_resolution():
    text = "Partijen leggen een geschil eerst voor aan een bemiddelaar van hun keuze."
    assert rules_status(text, "legal.dispute_resolution") != "missing"


def test_dutch_work_outside_scope_in_time_and_materials():
    text = "Werkzaamheden buiten deze offerte worden in regie gefactureerd."
    assert rules_status(text, "budget.extra_costs") != "missing"


def test_dutch_delivery_considered_accepted_without_remarks():
    text = "Zonder opmerkingen binnen 5 werkdagen wordt de levering als aanvaard beschouwd."
    assert rules_status(text, "rollout.acceptance") == "covered"


def test_french_client_responsibilities():
    one = "Il appartient au client de communiquer les codes d'accès avant l'installation."
    other = "Le client met à disposition un local technique climatisé."
    assert rules_status(one, "timing.client_obligations") != "missing"
    assert rules_status(other, "timing.client_obligations") != "missing"


def test_french_going_online_is_deployment():
    text = "La mise en ligne de la boutique est prévue le 15 septembre 2027."
    assert rules_status(text, "rollout.deployment") != "missing"


def test_french_transfer_and_keying_in_of_data_is_data_migration():
    one = "Le transfert des données vers le nouveau logiciel est réalisé en 2 jours."
    other = "Encodage des fiches clients existantes : 6 heures."
    assert rules_status(one, "rollout.data_migration") == "covered"
    assert rules_status(other, "rollout.data_migration") == "covered"


def test_french_delivery_considered_accepted_and_test_phase():
    one = "À défaut de remarque sous 10 jours, la livraison est considérée comme acceptée."
    other = "Une phase de tests de 3 semaines est prévue avant le démarrage."
    assert rules_status(one, "rollout.acceptance") == "covered"
    assert rules_status(other, "rollout.acceptance") == "covered"


def test_french_ecolage_is_user_support():
    text = "Le prestataire assure l'écolage de 4 utilisateurs pendant 2 heures."
    assert rules_status(text, "rollout.user_support") == "covered"


def test_french_sources_handed_to_the_client_is_an_ip_clause():
    text = "Les sources des développements spécifiques sont remises au client en fin de projet."
    assert rules_status(text, "legal.ip") != "missing"


def test_french_work_not_in_the_offer_and_exceeding_the_fixed_price():
    one = "Les prestations non comprises dans la présente offre sont facturées séparément."
    other = "Tout dépassement du forfait est facturé après accord écrit du client."
    assert rules_status(one, "budget.extra_costs") != "missing"
    assert rules_status(other, "budget.extra_costs") == "covered"


def test_french_intervention_time_as_key_value_and_within_the_hour():
    one = "Temps d'intervention : 8 heures ouvrables."
    other = "Le prestataire réagit à chaque appel dans l'heure."
    assert rules_status(one, "maintenance.response_time") == "covered"
    assert rules_status(other, "maintenance.response_time") != "missing"
