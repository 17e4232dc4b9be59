"""General French (and matching Dutch/English) patterns behind the misses on the French
development documents (dev_docs_french_dev_documents.py), each with a wrong-sense negative.
The sentences are written for these tests, not taken from any evaluation document."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str, lang: str = "fr") -> str:
    result = analyse_text(text, lang=lang, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


# -- rollout.data_migration: "reprise des données / archives / du fichier clients" -----------


@pytest.mark.parametrize(
    "text",
    [
        "Reprise des dossiers du logiciel précédent (environ 4.000 fiches) | forfait | 1.200,00 €",
        "Le prix comprend la reprise du fichier clients de l'ancien programme de caisse.",
    ],
)
def test_taking_over_existing_data_is_a_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "covered"


def test_resuming_the_services_is_no_data_migration():
    text = "La reprise des prestations intervient dès la levée de la suspension, sans frais."
    assert status_of(text, "rollout.data_migration") == "missing"


# -- exit.data_return: documents given back in a stated format ------------------------------


def test_documents_returned_in_an_open_format_are_a_data_return():
    text = (
        "Au terme du contrat, les dossiers et pièces jointes sont restitués au Client au "
        "format XML."
    )
    assert status_of(text, "exit.data_return") == "covered"


def test_confidential_documents_handed_back_are_no_data_return():
    text = "Les documents confidentiels sont restitués à la partie qui les a transmis."
    assert status_of(text, "exit.data_return") == "missing"


# -- risk.supplier_terms_prevail: the tenderer's own terms set aside ------------------------


def test_tenderer_terms_declared_not_applicable_raise_no_risk():
    text = (
        "Le cahier spécial des charges prévaut sur l'offre ; les conditions générales de vente "
        "de l'adjudicataire ne sont pas applicables au marché."
    )
    assert status_of(text, "risk.supplier_terms_prevail") == "not"


def test_client_terms_set_aside_for_the_suppliers_still_raise_the_risk():
    text = (
        "Les conditions générales du client ne sont pas applicables ; seules nos conditions "
        "générales de vente s'appliquent."
    )
    assert status_of(text, "risk.supplier_terms_prevail") == "raised"


# -- timing.client_obligations: the public client ("pouvoir adjudicateur") -------------------


def test_what_the_contracting_authority_provides_is_a_client_obligation():
    text = (
        "Le pouvoir adjudicateur communique, au plus tard dix jours avant le démarrage, la liste "
        "des utilisateurs et leurs droits d'accès."
    )
    assert status_of(text, "timing.client_obligations") == "covered"


def test_the_contracting_authoritys_own_review_period_is_no_client_obligation():
    text = "Le pouvoir adjudicateur dispose d'un délai de trente jours pour vérifier la facture."
    assert status_of(text, "timing.client_obligations") == "missing"


# -- timing.delay: "amendes pour retard"; a late payment is no delay -------------------------


def test_penalties_for_late_delivery_in_a_public_contract_settle_the_delay():
    text = "Tout retard dans la mise en production donne lieu à des amendes pour retard."
    assert status_of(text, "timing.delay") == "covered"


def test_a_late_payment_is_no_delay_of_the_work():
    text = "Tout retard de paiement donne lieu à une amende forfaitaire de 40 euros."
    assert status_of(text, "timing.delay") == "missing"


# -- reporting.progress: every fortnight -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le chef de projet remet un rapport d'avancement chaque quinzaine.", "fr"),
        ("Un rapport d'avancement est envoyé tous les quinze jours au client.", "fr"),
        ("De projectleider bezorgt om de veertien dagen een voortgangsrapport.", "nl"),
    ],
)
def test_a_report_every_fortnight_is_a_reporting_frequency(text, lang):
    assert status_of(text, "reporting.progress", lang) == "covered"


def test_a_report_without_frequency_stays_partial():
    text = "Un rapport d'avancement est remis au client."
    assert status_of(text, "reporting.progress") == "partial"


# -- maintenance.response_time: "nous" and a call back ---------------------------------------


def test_a_supplier_writing_as_nous_commits_to_a_response_time():
    text = "Nous prenons en charge chaque appel dans les 4 heures ouvrables."
    assert status_of(text, "maintenance.response_time") == "covered"


def test_a_call_back_within_hours_is_a_response_time():
    text = "Le helpdesk rappelle le client dans les deux heures ouvrables."
    assert status_of(text, "maintenance.response_time") == "covered"


def test_an_endeavour_to_call_back_is_a_partial_response_time():
    text = "Le fournisseur s'efforce de rappeler le client dans les meilleurs délais."
    assert status_of(text, "maintenance.response_time") == "partial"


def test_reminding_the_client_is_no_call_back():
    text = "Nous rappelons au client que les sauvegardes restent à sa charge."
    assert status_of(text, "maintenance.response_time") == "missing"


# -- maintenance.updates: the software kept in line with the law -----------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'éditeur adapte le logiciel aux modifications légales sans supplément de prix.", "fr"),
        ("La redevance donne droit aux mises à jour légales dès leur entrée en vigueur.", "fr"),
        ("Het pakket wordt aangepast aan gewijzigde wetgeving zonder extra kost.", "nl"),
    ],
)
def test_legal_updates_of_the_software_are_updates(text, lang):
    assert status_of(text, "maintenance.updates", lang) == "covered"


def test_a_price_adapted_to_a_legal_change_is_no_update():
    text = "Le prix est adapté aux modifications légales du taux de TVA."
    assert status_of(text, "maintenance.updates") == "missing"


# -- budget.extra_costs: work beyond a prepaid block -----------------------------------------


def test_hours_beyond_the_prepaid_block_with_approval_settle_extra_costs():
    text = (
        "Les interventions qui excèdent le crédit d'heures ne sont réalisées qu'après accord "
        "écrit du client et sont facturées à 90,00 € HTVA de l'heure."
    )
    assert status_of(text, "budget.extra_costs") == "covered"


def test_unused_hours_are_no_extra_costs():
    text = "Les heures non consommées à l'échéance du carnet sont perdues."
    assert status_of(text, "budget.extra_costs") == "missing"


# -- maintenance.customer_knowledge: a record describing the client's estate -----------------


def test_a_record_describing_the_clients_estate_is_customer_knowledge():
    text = "Le prestataire tient à jour un inventaire détaillant votre réseau et vos serveurs."
    assert status_of(text, "maintenance.customer_knowledge") == "covered"


def test_the_clients_own_inventory_is_no_customer_knowledge():
    text = "Le client tient un inventaire détaillant son réseau."
    assert status_of(text, "maintenance.customer_knowledge") == "missing"


# -- legal.confidentiality: "traiter de manière strictement confidentielle" ------------------


def test_treating_information_strictly_confidentially_settles_confidentiality():
    text = "Nous traitons de manière strictement confidentielle les informations de nos clients."
    assert status_of(text, "legal.confidentiality") == "covered"


def test_a_confidential_price_is_only_a_mention():
    text = "Le prix mentionné est confidentiel."
    assert status_of(text, "legal.confidentiality") == "partial"


# -- legal.data_protection: processing data "en qualité de sous-traitant" ---------------------


def test_processing_data_as_processor_is_data_protection():
    text = "Le prestataire traite les données de paie en qualité de sous-traitant du client."
    assert status_of(text, "legal.data_protection") == "covered"


def test_a_subcontractor_of_the_work_is_no_data_processor():
    text = "Les travaux de câblage sont confiés en qualité de sous-traitant à un électricien."
    assert status_of(text, "legal.data_protection") == "missing"


# -- legal.dispute_resolution: an amicable attempt with a concrete step ----------------------


def test_an_amicable_attempt_with_a_meeting_settles_dispute_resolution():
    text = (
        "Les parties s'efforcent de résoudre tout litige à l'amiable lors d'une réunion de "
        "conciliation tenue dans les 10 jours."
    )
    assert status_of(text, "legal.dispute_resolution") == "covered"


def test_an_amicable_attempt_without_a_step_stays_partial():
    text = "Les parties s'efforcent de régler leurs différends à l'amiable."
    assert status_of(text, "legal.dispute_resolution") == "partial"


# -- exit.termination: notice against renewal, "mettre fin" ----------------------------------


def test_notice_against_renewal_before_the_due_date_is_a_termination_right():
    text = (
        "Le contrat se renouvelle par périodes d'un an, sauf avis contraire d'une partie au "
        "moins trois mois avant l'échéance."
    )
    assert status_of(text, "exit.termination") == "covered"


def test_ending_the_subscription_is_a_termination_right():
    text = "Le client peut mettre fin à son abonnement par lettre recommandée."
    assert status_of(text, "exit.termination") == "covered"


def test_unless_the_client_objects_is_no_termination():
    text = "Sauf avis contraire du client, les correctifs sont installés chaque mardi."
    assert status_of(text, "exit.termination") == "missing"


# -- wrong senses of French words: "en qualité de", "mois calendrier", "votre installation" --


def test_acting_in_the_capacity_of_is_no_quality_guarantee():
    text = "Le prestataire agit en qualité de sous-traitant au sens du RGPD."
    assert status_of(text, "team.quality") == "missing"


def test_a_quality_commitment_beside_a_capacity_still_counts():
    text = "Les travaux sont exécutés selon les règles de l'art, en qualité de sous-traitant."
    assert status_of(text, "team.quality") == "covered"


def test_a_calendar_month_is_no_planning():
    text = "La disponibilité est de 99,5 % par mois calendrier."
    assert status_of(text, "timing.planning") == "missing"


def test_a_project_calendar_is_still_a_planning():
    text = "Le calendrier du projet prévoit la mise en production en semaine 14."
    assert status_of(text, "timing.planning") == "covered"


def test_the_clients_set_up_known_by_the_desk_is_no_deployment():
    text = "Chaque technicien connaît votre installation et vos accès."
    assert status_of(text, "rollout.deployment") == "missing"


# -- figures ---------------------------------------------------------------------------------


def figures_of(text: str, lang: str = "fr"):
    return analyse_text(text, lang=lang, learned=False).figures


def test_a_response_in_french_prose_is_a_response_time():
    text = "Chaque demande reçoit une réponse dans les deux heures ouvrables."
    assert [t["hours"] for t in figures_of(text).response_times] == [2]


def test_a_supplier_writing_as_nous_gives_a_response_time():
    text = "Nous intervenons sous 4 heures ouvrables."
    assert [t["hours"] for t in figures_of(text).response_times] == [4]


def test_billing_increments_are_no_response_times():
    text = "Chaque intervention est décomptée par tranche de 15 minutes, minimum 30 minutes."
    assert figures_of(text).response_times == []


def test_a_one_off_label_after_a_monthly_line_keeps_the_amount_one_off():
    text = "Redevance : 189,00 € HTVA par mois\nFrais d'activation (unique) : 450,00 € HTVA\n"
    kinds = [(a["amount"], a["kind"]) for a in figures_of(text).amounts]
    assert kinds == [(189.0, "recurring"), (450.0, "one_off")]


def test_a_long_one_off_label_of_a_numbered_price_line_is_read_whole():
    text = "3.2 Installation et paramétrage du serveur de fichiers du siège : 980,00 € HTVA."
    assert [a["kind"] for a in figures_of(text).amounts] == ["one_off"]


def test_a_total_price_label_is_not_made_one_off():
    text = "3.4 Prix global des prestations, paramétrage compris : 12.400,00 € HTVA."
    assert [a["kind"] for a in figures_of(text).amounts] != ["one_off"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La responsabilité du fournisseur est limitée au montant de la redevance annuelle.", "fr"),
        ("De aansprakelijkheid van de leverancier is beperkt tot de jaarlijkse vergoeding.", "nl"),
    ],
)
def test_a_cap_of_the_annual_fee_is_twelve_months_of_fees(text, lang):
    assert figures_of(text, lang).liability_cap["months_of_fees"] == 12


def test_a_cap_in_euros_beside_an_annual_fee_is_no_months_cap():
    text = "La responsabilité est limitée à 5.000 €. La redevance annuelle est payable en janvier."
    assert figures_of(text).liability_cap["months_of_fees"] is None


# -- budget.scope: terms set aside are no exclusion from the price ---------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nos conditions générales s'appliquent à l'exclusion des conditions du client.",
            "fr",
        ),
        ("These terms apply to the exclusion of any other terms of the Customer.", "en"),
    ],
)
def test_terms_applying_to_the_exclusion_of_others_are_no_price_scope(text, lang):
    assert status_of(text, "budget.scope", lang) == "missing"


def test_an_exclusion_from_the_price_is_still_scope():
    text = "Le forfait comprend le paramétrage, à l'exclusion de la formation."
    assert status_of(text, "budget.scope") == "covered"


# -- rates by a named index, change requests, escrow of the sources, the GDPR by name --------


def test_prices_revised_yearly_by_a_named_index_settle_the_rates():
    text = "Les prix sont révisés annuellement selon l'indice Agoria."
    assert status_of(text, "budget.rates") == "covered"


def test_a_change_request_with_a_prior_quote_settles_extra_costs():
    text = "Toute demande de changement fait l'objet d'un devis préalable accepté par le client."
    assert status_of(text, "budget.extra_costs") == "covered"


def test_a_request_to_correct_personal_data_is_no_change_request():
    text = "Toute demande de modification des données personnelles est adressée au délégué."
    assert status_of(text, "budget.extra_costs") == "missing"


def test_sources_deposited_with_a_trusted_third_party_are_escrow():
    text = "Les sources du progiciel sont déposées auprès d'un tiers de confiance."
    assert status_of(text, "exit.escrow") != "missing"


def test_sources_owned_by_the_supplier_are_no_escrow():
    text = "Les sources du logiciel restent la propriété exclusive du prestataire."
    assert status_of(text, "exit.escrow") == "missing"


def test_the_gdpr_by_its_french_name_settles_data_protection():
    text = "Les parties respectent le Règlement général sur la protection des données."
    assert status_of(text, "legal.data_protection") == "covered"


def test_a_resolution_stated_as_a_participle_is_a_resolution_time():
    text = "Les incidents critiques sont résolus en moins de 8 heures."
    assert [t["hours"] for t in figures_of(text).resolution_times] == [8]


def test_a_short_intervention_not_counted_is_no_response_time():
    text = "Une intervention de moins de 15 minutes n'est pas décomptée."
    assert figures_of(text).response_times == []


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("Le contrat prend cours le 1er mars 2027 et se termine le 28 février 2029.", "fr", 24),
        ("De overeenkomst gaat in op 1 maart 2027 en eindigt op 28 februari 2029.", "nl", 24),
        ("This Agreement starts on 1 March 2027 and ends on 28 February 2030.", "en", 36),
    ],
)
def test_a_start_date_and_an_end_date_give_the_term(text, lang, months):
    assert figures_of(text, lang).contract_term_months == months


def test_two_invoice_dates_are_no_term():
    text = "La facture du 1er mars 2027 et celle du 1er juin 2027 sont payées."
    assert figures_of(text).contract_term_months is None


# -- wrong senses: a change that needs the client's consent, a penalty for paying late -------


def test_a_price_change_that_needs_the_clients_consent_is_no_unilateral_change():
    text = "Le Prestataire ne peut modifier les prix sans l'accord écrit du Client."
    assert status_of(text, "risk.unilateral_change") == "not"


def test_a_price_change_at_will_is_still_unilateral():
    text = "Le Prestataire peut modifier ses prix à tout moment."
    assert status_of(text, "risk.unilateral_change") == "raised"


def test_a_penalty_for_late_payment_is_no_service_credit():
    text = "Une pénalité de 10 % est due par le Client en cas de paiement tardif."
    assert status_of(text, "maintenance.service_credits") == "missing"


# -- liability, warranty and IP in French-style terms ----------------------------------------


def test_a_liability_that_may_not_exceed_an_amount_is_a_limitation():
    text = (
        "La responsabilité du prestataire ne pourra en aucun cas excéder le montant payé "
        "par le client au titre de la commande concernée."
    )
    assert status_of(text, "legal.liability") == "covered"


def test_a_named_warranty_with_its_period_settles_the_warranty():
    text = (
        "Le prestataire assure la garantie de conformité pendant trois mois à compter de la "
        "livraison."
    )
    assert status_of(text, "rollout.warranty") == "covered"


def test_assigning_the_economic_rights_of_the_author_settles_ip():
    text = "Le prestataire cède au client les droits patrimoniaux sur les livrables."
    assert status_of(text, "legal.ip") == "covered"


def test_excluding_the_loss_or_alteration_of_data_raises_the_risk():
    text = (
        "Le prestataire ne saurait être tenu responsable de la perte ou de l'altération des "
        "données du client."
    )
    assert status_of(text, "risk.liability_excluded") == "raised"


def test_accepting_liability_for_lost_data_raises_no_risk():
    text = "Le prestataire est responsable de la perte ou de l'altération des données qu'il cause."
    assert status_of(text, "risk.liability_excluded") == "not"


def test_training_the_suppliers_consultants_is_no_user_support():
    text = "La formation professionnelle des consultants est à charge du prestataire."
    assert status_of(text, "rollout.user_support") == "missing"


def test_training_the_clients_staff_is_still_user_support():
    text = "Le prestataire forme les utilisateurs du client pendant deux jours avant le démarrage."
    assert status_of(text, "rollout.user_support") == "covered"


def test_licences_bought_as_goods_are_no_ip_clause():
    text = "Les licences Microsoft sont achetées par le client."
    assert status_of(text, "legal.ip") == "missing"


def test_a_licence_granted_still_settles_ip():
    text = "Le prestataire concède au client une licence d'utilisation non exclusive."
    assert status_of(text, "legal.ip") == "covered"
