"""General patterns behind the French misses of the training rounds (items the document settles
that the rules did not find), with their Dutch and English counterparts, each with a wrong-sense
negative. The sentences are written for these tests, not taken from any document."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str, lang: str = "fr") -> str:
    return analyse_text(text, lang=lang, learned=False).item(item_id).status


# -- budget.project_cost: a total, a fixed price, a budget or an estimate with its amount -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Total unique : 6.210,00 EUR HTVA (7.514,10 EUR TVAC)", "fr"),
        ("Création du site ........ 2.400,00 EUR\nTotal création ........ 2.400,00 EUR", "fr"),
        ("Forfait : 4.150,00 EUR HTVA, paramétrage et formation compris.", "fr"),
        ("Le tout est réalisé pour un forfait de 12.300,00 EUR HTVA.", "fr"),
        ("Le budget de la migration est estimé à 18.450,00 EUR HTVA.", "fr"),
        ("Nous estimons la mission à 12 jours, soit 9.600,00 EUR HTVA.", "fr"),
        ("Le montant estimé de la convention s'élève à 64.000,00 EUR HTVA.", "fr"),
        ("TOTAL HTVA 12.480,00", "fr"),
        ("Totaal installatie: € 4.250,00 excl. btw", "nl"),
        ("The work is capped at a maximum budget of EUR 40.000.", "en"),
    ],
)
def test_a_total_or_budget_with_its_amount_is_the_project_cost(text, lang):
    assert status_of(text, "budget.project_cost", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Total mensuel : 141,00 EUR HTVA par mois.",
        "Le déplacement est compté au forfait de 2 heures par intervention.",
        "Nous estimons la durée de la mission à trois semaines.",
    ],
)
def test_a_monthly_total_or_a_time_estimate_is_no_project_cost(text):
    assert status_of(text, "budget.project_cost") == "missing"


# -- team.knowledge_transfer: a written record of the set-up handed to the client ---------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je vous laisse une fiche avec les mots de passe et les réglages du routeur.", "fr"),
        ("Vous recevez ensuite une fiche récapitulative (licences, comptes, paramètres).", "fr"),
        ("Après l'installation, on vous envoie une note avec les accès et la configuration.", "fr"),
        ("Nous remettons le plan de récolement des prises en fin de chantier.", "fr"),
        ("Le Prestataire fournit un guide administrateur à jour.", "fr"),
        ("We send you a one-page sheet with the device names and the admin accounts.", "en"),
        ("Na de installatie ontvangt u een fiche met de wachtwoorden en instellingen.", "nl"),
    ],
)
def test_a_sheet_of_the_set_up_handed_over_is_knowledge_transfer(text, lang):
    assert status_of(text, "team.knowledge_transfer", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Vous recevez une facture détaillée à la fin de chaque mois.",
        "Le soumissionnaire remet le dossier de candidature avant le 15 mars.",
        "Des tutoriels vidéo sont disponibles dans l'application.",
    ],
)
def test_an_invoice_a_tender_file_or_help_videos_are_no_knowledge_transfer(text):
    assert status_of(text, "team.knowledge_transfer") == "missing"


# -- maintenance.customer_knowledge: the contact who stays, the set-up documented at the desk ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Après la mise en ligne, je reste votre contact pour toute question.", "fr"),
        ("Votre interlocuteur reste Julie, qui a configuré votre serveur.", "fr"),
        ("Votre réseau est documenté dans notre outil de tickets.", "fr"),
        ("Nous conservons la documentation de votre tenant dans notre outil de gestion.", "fr"),
        ("After the go-live, Tom remains your contact for every change.", "en"),
        ("Na de oplevering blijft Sofie uw vaste aanspreekpunt voor elke wijziging.", "nl"),
    ],
)
def test_a_contact_who_stays_or_a_documented_set_up_is_customer_knowledge(text, lang):
    assert status_of(text, "maintenance.customer_knowledge", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Le chef de chantier reste votre interlocuteur jusqu'à la réception des travaux.",
        "La procédure de réclamation est documentée dans le règlement de la mutuelle.",
    ],
)
def test_a_contact_until_delivery_or_another_document_is_no_customer_knowledge(text):
    assert status_of(text, "maintenance.customer_knowledge") == "missing"


# -- timing.client_obligations: the client's side as a key, a list or an informal request -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De votre côté, il me faut les codes du modem avant l'installation.", "fr"),
        ("À prévoir de votre côté avant la pose : une prise électrique à chaque bureau.", "fr"),
        ("À fournir par l'école au plus tard le 15/01/2027 : la liste des classes.", "fr"),
        ("5. À charge de l'hôtel\n- libérer les chambres aux dates de pose convenues ;", "fr"),
        ("Ce dont on a besoin : un accès administrateur le jour même.", "fr"),
        ("On your side: a network socket next to the desk before the installation.", "en"),
        ("Van uw kant: de lijst van de gebruikers vóór de start van het project.", "nl"),
    ],
)
def test_the_clients_side_as_a_key_or_a_list_is_a_client_obligation(text, lang):
    assert status_of(text, "timing.client_obligations", lang) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        "De votre côté : aucune action n'est requise.",
        "Les documents à fournir par le soumissionnaire avant le 15 mars sont listés en annexe.",
        "5. À charge du prestataire\n- le transport et l'installation du matériel ;",
    ],
)
def test_no_action_or_the_supplier_side_is_no_client_obligation(text):
    assert status_of(text, "timing.client_obligations") == "missing"


# -- team.named_team: the writer or a named person as the lead, referent or contact -------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("C'est moi qui pilote le projet ; Karim fait la configuration.", "fr"),
        ("Pour le reste, je reste votre contact.", "fr"),
        ("M. Hugo Lambert, technicien, est le référent de l'école chez le Prestataire.", "fr"),
        ("Le site est réalisé par Emma Dubois, développeuse principale.", "fr"),
        ("Mr Tom Peeters is the service manager for this account.", "en"),
        ("Mevr. Sofie Maes is de servicemanager van de klant.", "nl"),
    ],
)
def test_a_named_lead_referent_or_contact_is_a_named_team(text, lang):
    assert status_of(text, "team.named_team", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Le test de restauration est réalisé par le client une fois par an.",
        "Le Client est le responsable du traitement des données de ses membres.",
    ],
)
def test_work_done_by_the_client_or_a_data_controller_is_no_named_team(text):
    assert status_of(text, "team.named_team") == "missing"


# -- maintenance.response_time: an answer, a call back or remote help within hours --------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anomalie bloquante : réponse dans les 4 heures ouvrables.", "fr"),
        ("En cas de panne, un technicien vous rappelle dans les 15 minutes.", "fr"),
        ("En cas de panne bloquante, on prend la main à distance dans les 2 heures.", "fr"),
        ("Bij een storing volgt een antwoord binnen 4 werkuren.", "nl"),
        ("For a blocking fault we take remote control within 2 hours.", "en"),
    ],
)
def test_an_answer_or_call_back_within_hours_is_a_response_time(text, lang):
    assert status_of(text, "maintenance.response_time", lang) == "covered"


def test_a_hedged_answer_time_is_a_partial_response_time():
    assert status_of("Nous répondons en général dans la journée.", "maintenance.response_time") == (
        "partial"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nous vous rappelons que les factures sont payables dans les 30 jours.",
        "Toute plainte est adressée par écrit ; le Prestataire y répond dans les 10 jours.",
        "Réponse dans les 30 jours à toute demande d'accès aux données personnelles.",
    ],
)
def test_a_reminder_a_complaint_or_a_data_request_is_no_response_time(text):
    assert status_of(text, "maintenance.response_time") == "missing"


# -- timing.planning: a lead time from the go-ahead, a "Délai :" key, a dated delivery ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le matériel arrive en 5 à 8 jours ouvrables après votre accord.", "fr"),
        ("Délai : les bornes sont posées en 3 semaines.", "fr"),
        ("Livraison et installation le mercredi 27/01/2027, avant le congé.", "fr"),
        ("Les serveurs dédiés sont activés dans les 5 jours ouvrables suivant le paiement.", "fr"),
        ("The screens are delivered within 2 to 3 weeks of your order.", "en"),
        ("De toestellen worden geleverd binnen 3 tot 4 weken na de bestelling.", "nl"),
    ],
)
def test_a_lead_time_or_a_dated_delivery_is_a_planning(text, lang):
    assert status_of(text, "timing.planning", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Délai : à convenir avec le client.",
        "Les factures sont payables dans les 30 jours suivant leur réception.",
        "La livraison est gratuite à partir de 500,00 EUR de commande.",
    ],
)
def test_an_open_delay_a_payment_term_or_free_delivery_is_no_planning(text):
    assert status_of(text, "timing.planning") == "missing"


# -- rollout.acceptance: the client's own test or validation before going live ------------------


@pytest.mark.parametrize(
    "text",
    [
        "La mise en ligne n'a lieu qu'après votre validation écrite (un e-mail suffit).",
        "Vous disposez de cinq jours ouvrables de test sur l'environnement de validation.",
        "Vous disposez de 15 jours pour contrôler chaque lot ; à défaut de remarque, le lot est "
        "accepté.",
        "La bascule est réceptionnée après une session de test sur chaque borne.",
        "La mise en service est constatée par un procès-verbal signé par les deux parties.",
    ],
)
def test_the_clients_test_or_validation_before_go_live_is_an_acceptance(text):
    assert status_of(text, "rollout.acceptance") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Essayez la plateforme avec 14 jours de test gratuits, sans engagement.",
        "Nous commandons le matériel après votre validation du devis.",
        "Réception : du lundi au vendredi de 8h à 17h.",
    ],
)
def test_a_free_trial_a_quote_validated_or_a_front_desk_is_no_acceptance(text):
    assert status_of(text, "rollout.acceptance") == "missing"


# -- maintenance.services: a support package, upkeep contract, monitoring or backups (French) ---


@pytest.mark.parametrize(
    "text",
    [
        "Formule support Labo+ : 45,00 EUR HTVA par mois ; elle comprend la hotline.",
        "Contrat d'entretien (en option) : 25,00 EUR HTVA par mois, deux visites par an.",
        "Supervision du firewall et du Wi-Fi, mises à jour et support : 65,00 EUR par mois.",
    ],
)
def test_a_support_package_or_monitoring_is_a_maintenance_service(text):
    assert status_of(text, "maintenance.services") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Les stagiaires travaillent sous la supervision du chef de projet du client.",
        "L'entretien annuel d'évaluation du consultant a lieu en janvier.",
    ],
)
def test_staff_supervision_or_an_appraisal_is_no_maintenance_service(text):
    assert status_of(text, "maintenance.services") == "missing"


# -- rollout.warranty: fixed for free after delivery (pronoun, passive, period first) -----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Si un souci apparaît après le déploiement, on le corrige gratuitement.",
            "fr",
        ),
        ("Pendant 30 jours après la migration, nous corrigeons gratuitement tout problème.", "fr"),
        ("Toute anomalie est corrigée gratuitement pendant six mois après la mise en ligne.", "fr"),
        ("Écrans : garantie constructeur de 5 ans sur site, pièces et main-d'œuvre.", "fr"),
        ("Les réparations sont garanties 6 mois.", "fr"),
        ("If a setting we made breaks within a month, we fix it free of charge.", "en"),
    ],
)
def test_a_fix_for_free_after_delivery_is_a_warranty(text, lang):
    assert status_of(text, "rollout.warranty", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Les anomalies de facturation sont corrigées gratuitement sur la facture suivante.",
        "Les prix de cette offre sont garantis 3 mois.",
    ],
)
def test_billing_errors_or_prices_held_are_no_warranty(text):
    assert status_of(text, "rollout.warranty") == "missing"


# -- rollout.user_support: someone there to help the users, the users shown how ----------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le lundi qui suit la migration, Thomas est chez vous pour aider vos traducteurs à "
            "se reconnecter.",
            "fr",
        ),
        (
            "À la fin de l'installation, je vous montre, à vous et à votre équipe, comment "
            "utiliser l'application.",
            "fr",
        ),
        ("Nous présentons à votre personnel, lors d'une séance d'une heure, la recherche.", "fr"),
        ("On the first day after go-live, Tom is on site to help your staff.", "en"),
        ("De eerste dag na de livegang is Sofie ter plaatse om uw medewerkers te helpen.", "nl"),
    ],
)
def test_help_for_the_users_at_rollout_is_user_support(text, lang):
    assert status_of(text, "rollout.user_support", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Je vous montre une première maquette dix jours après la commande.",
        "Ce devis a pour but de vous aider à choisir la bonne solution.",
    ],
)
def test_a_mock_up_shown_or_presales_help_is_no_user_support(text):
    assert status_of(text, "rollout.user_support") == "missing"


def test_the_clients_answer_within_days_is_no_response_time():
    text = "Le client donne sa réponse dans les 5 jours ouvrables après la démonstration."
    assert status_of(text, "maintenance.response_time") == "missing"


# -- maintenance.service_credits: the client credited or the fee reduced for a missed level -----


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Si la disponibilité est inférieure à 99,7 %, le Client reçoit un crédit de 10 %.", "fr"),
        ("Par tranche de 0,5 % manquante, la redevance du mois est réduite de 10 %.", "fr"),
        ("Si le délai n'est pas respecté, Securis crédite 20 % de la redevance du mois.", "fr"),
        ("Below 99.5% uptime, the monthly fee is reduced by 10%.", "en"),
        ("Bij een gemiste reactietijd ontvangt de klant een tegoed van 5% op de factuur.", "nl"),
    ],
)
def test_a_credit_or_fee_reduction_for_a_missed_level_is_a_service_credit(text, lang):
    assert status_of(text, "maintenance.service_credits", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "La société obtient un crédit bancaire pour financer le matériel.",
        "En cas de retard, le forfait d'installation est réduit de 1 % par jour.",
    ],
)
def test_a_bank_loan_or_a_delay_penalty_is_no_service_credit(text):
    assert status_of(text, "maintenance.service_credits") == "missing"


# -- rollout.data_migration: records taken over, moved from the old system ----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La reprise dans le nouveau calendrier des réservations déjà confirmées est comprise.",
            "fr",
        ),
        ("Nous reprenons les carnets d'adresses de vos copieurs actuels.", "fr"),
        ("Transfert des cas en cours depuis l'ancien poste (forfait) : 240,00 EUR.", "fr"),
        ("Pour les offres Pro, nous migrons gratuitement un site depuis un autre hébergeur.", "fr"),
        ("Import of the open tickets from your current tool is included.", "en"),
        ("Het overzetten van de mails uit de oude pc is inbegrepen.", "nl"),
    ],
)
def test_records_taken_over_from_the_old_system_are_a_data_migration(text, lang):
    assert status_of(text, "rollout.data_migration", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "La reprise des travaux intervient dès la levée de la suspension.",
        "Le client reprend les réservations annulées dans son propre agenda chaque jour.",
    ],
)
def test_work_resumed_or_a_daily_task_is_no_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "missing"


# -- exit.data_return: a full copy, the latest version or the documents handed back at the end --


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Si vous partez, nous vous remettons gratuitement une copie complète de votre site "
            "(fichiers et base de données).",
            "fr",
        ),
        (
            "À la fin du contrat, le Prestataire remet, dans les 15 jours, la dernière version "
            "du projet et les sauvegardes.",
            "fr",
        ),
        (
            "At the end of the agreement the supplier hands over the latest version of the "
            "configuration within 15 days.",
            "en",
        ),
        (
            "Bij het einde van de overeenkomst bezorgt de leverancier de laatste versie van de "
            "configuratie binnen 15 dagen.",
            "nl",
        ),
    ],
)
def test_a_copy_or_the_latest_version_handed_back_at_the_end_is_a_data_return(text, lang):
    assert status_of(text, "exit.data_return", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "À la fin du contrat, le Prestataire remet sa dernière facture au Client.",
        "Nous vous remettons une copie du devis signé pour vos archives.",
    ],
)
def test_a_last_invoice_or_a_copy_of_the_quote_is_no_data_return(text):
    assert status_of(text, "exit.data_return") == "missing"


# -- maintenance.resolution_time: a faulty device replaced within a time ------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un boîtier défectueux est remplacé sur site dans les 10 jours ouvrables.", "fr"),
        ("Si un switch est en panne, on le remplace au plus tard le jour ouvrable suivant.", "fr"),
        ("A faulty access point is replaced by the next business day.", "en"),
        ("Een defect toestel wordt binnen 2 werkdagen vervangen.", "nl"),
    ],
)
def test_a_faulty_device_replaced_within_a_time_is_a_resolution_time(text, lang):
    assert status_of(text, "maintenance.resolution_time", lang) == "covered"


def test_a_consultant_replaced_within_days_is_no_resolution_time():
    text = "Un consultant absent est remplacé dans les 5 jours ouvrables."
    assert status_of(text, "maintenance.resolution_time") == "missing"


# -- legal.dispute_resolution: a first step before court, named without "amiable" ---------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les parties soumettent d'abord tout différend à une réunion entre leurs dirigeants.",
            "fr",
        ),
        ("En cas de différend, les parties se réunissent dans les 15 jours.", "fr"),
        ("À défaut d'accord dans les 30 jours, les tribunaux de Liège sont compétents.", "fr"),
        ("Failing agreement within 30 days, the courts of Brussels have jurisdiction.", "en"),
        ("Bij gebrek aan akkoord binnen 30 dagen is de rechtbank van Gent bevoegd.", "nl"),
    ],
)
def test_a_first_step_before_court_is_dispute_resolution(text, lang):
    assert status_of(text, "legal.dispute_resolution", lang) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "À défaut d'accord dans les 30 jours sur le nouveau prix, le client peut résilier.",
        "Les tribunaux de Namur sont seuls compétents.",
    ],
)
def test_a_price_disagreement_or_a_court_alone_is_no_dispute_resolution(text):
    assert status_of(text, "legal.dispute_resolution") == "missing"


# -- team.replacement: a change of the referent, a replacement with a handover -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire informe le Client un mois à l'avance de tout changement de référent "
        "technique.",
        "En cas de remplacement, Erpilot prévient un mois à l'avance et organise une passation "
        "avec son successeur.",
    ],
)
def test_a_change_of_referent_or_a_handover_to_a_successor_is_a_replacement(text):
    assert status_of(text, "team.replacement") == "covered"


def test_a_replacement_device_is_no_team_replacement():
    text = "En cas de panne, un appareil de remplacement est livré sous 48 heures."
    assert status_of(text, "team.replacement") == "missing"


# -- legal.ip: licences bought as goods in a French offer are no IP clause ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pas compris : les travaux électriques et les licences de votre logiciel d'atelier.",
        "3. Matériel et licences",
        "Il nous faut la liste des logiciels à déployer et leurs licences.",
    ],
)
def test_licences_as_goods_are_no_ip_clause(text):
    assert status_of(text, "legal.ip") == "missing"


def test_a_licence_granted_on_the_deliverables_is_still_an_ip_clause():
    text = "Le Prestataire concède au Client une licence perpétuelle sur les développements."
    assert status_of(text, "legal.ip") == "covered"


# -- maintenance.availability (wrong sense): parts, stock or people available -------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Livraison dans les 4 semaines, sous réserve de disponibilité chez nos fournisseurs.",
            "fr",
        ),
        ("La remise en service est assurée selon la disponibilité des pièces.", "fr"),
        ("Levering binnen 3 weken, onder voorbehoud van beschikbaarheid bij de fabrikant.", "nl"),
    ],
)
def test_parts_or_stock_available_are_no_availability_level(text, lang):
    assert status_of(text, "maintenance.availability", lang) == "missing"


def test_an_uptime_level_is_still_an_availability():
    text = "La disponibilité de la plateforme est de 99,5 % par mois."
    assert status_of(text, "maintenance.availability") == "covered"


# -- wrong senses: a breach not remedied after notice, takings called "recettes" ----------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chaque partie peut résilier en cas de manquement grave non réparé dans les 15 jours "
            "d'une mise en demeure.",
            "fr",
        ),
        ("Either party may terminate for a material breach not cured within 30 days.", "en"),
    ],
)
def test_a_breach_not_remedied_after_notice_is_no_resolution_time(text, lang):
    assert status_of(text, "maintenance.resolution_time", lang) == "missing"


def test_takings_called_recettes_are_no_acceptance_nor_quality():
    text = "Les recettes des ventes sont versées directement sur le compte bancaire du centre."
    assert status_of(text, "rollout.acceptance") == "missing"
    assert status_of(text, "team.quality") == "missing"


def test_an_incident_fixed_within_hours_is_still_a_resolution_time():
    text = "Un incident bloquant est rétabli dans les 8 heures ouvrables."
    assert status_of(text, "maintenance.resolution_time") == "covered"


# -- team.quality: each item tested or checked before handover, good practice followed ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chaque appareil est démarré et contrôlé avant livraison selon la norme du fabricant.",
            "fr",
        ),
        ("Les correctifs sont d'abord testés sur deux postes pilotes selon la norme ISO.", "fr"),
        ("Each laptop is tested before delivery to industry standards.", "en"),
    ],
)
def test_each_item_tested_before_handover_is_quality(text, lang):
    assert status_of(text, "team.quality", lang) == "covered"


def test_each_invoice_checked_is_no_quality():
    text = "Chaque facture est vérifiée par le service comptable du client."
    assert status_of(text, "team.quality") == "missing"


# -- exit.termination: the client told it may stop, with a channel, a moment or a notice -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vous pouvez l'arrêter par simple e-mail au plus tard un mois avant l'échéance.", "fr"),
        ("La formule est sans durée minimale : vous pouvez l'arrêter par simple e-mail.", "fr"),
        ("You can stop it at any time by e-mail, with one month's notice.", "en"),
        ("U kunt het abonnement op elk moment stopzetten met een maand opzeg.", "nl"),
    ],
)
def test_the_client_told_it_may_stop_is_a_termination_right(text, lang):
    assert status_of(text, "exit.termination", lang) == "covered"


def test_stopping_a_server_before_an_intervention_is_no_termination():
    text = "Vous pouvez arrêter le serveur avant l'intervention du technicien."
    assert status_of(text, "exit.termination") == "missing"


# -- budget.startup_cost: a one-off price by another name, a starter pack ------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La migration est réalisée pour un prix forfaitaire unique de 6.200,00 EUR HTVA.", "fr"),
        ("Pack de démarrage (optionnel) : 290,00 EUR HTVA forfaitaire.", "fr"),
        ("Starter pack (set-up and import): EUR 450.", "en"),
    ],
)
def test_a_one_off_price_or_starter_pack_is_a_startup_cost(text, lang):
    assert status_of(text, "budget.startup_cost", lang) == "covered"


def test_a_single_point_of_contact_is_no_startup_cost():
    text = "M. Thiry est le point de contact unique du client."
    assert status_of(text, "budget.startup_cost") == "missing"


# -- exit.transition: help to move to another supplier, service kept meanwhile -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire assiste la Province dans le passage à une autre solution pendant trois "
        "mois.",
        "Il continue d'héberger l'application pendant trois mois au plus et assiste le repreneur.",
    ],
)
def test_help_to_move_to_another_supplier_is_a_transition(text):
    assert status_of(text, "exit.transition") == "covered"


def test_the_move_to_another_version_is_no_transition():
    text = "Le passage à une nouvelle version est annoncé un mois à l'avance."
    assert status_of(text, "exit.transition") == "missing"


# -- legal.liability: liability excluded with "ne peut pas", set for one's own faults -----------


@pytest.mark.parametrize(
    "text",
    [
        "On ne peut donc pas être tenus responsables des conséquences d'une cyberattaque.",
        "L'Adjudicataire est responsable des dommages causés par ses manquements, à concurrence "
        "de 100.000,00 EUR par sinistre.",
    ],
)
def test_liability_excluded_or_set_for_own_faults_is_a_liability_clause(text):
    assert status_of(text, "legal.liability") != "missing"


def test_a_person_responsible_for_the_contract_is_no_liability_clause():
    text = "M. Rasquin est le responsable du contrat et l'interlocuteur de la régie."
    assert status_of(text, "legal.liability") == "missing"


# -- maintenance.services: a named package or tier ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Notre formule « Veille 365 » à 180,00 EUR par mois comprend : la revue mensuelle.",
            "fr",
        ),
        ("Formule commandée : « Scène » (billetterie en ligne et contrôle d'accès)", "fr"),
    ],
)
def test_a_named_package_is_a_maintenance_service(text, lang):
    assert status_of(text, "maintenance.services", lang) == "covered"


def test_a_calculation_formula_is_no_maintenance_service():
    text = "Le prix est calculé selon la formule de révision prévue à l'article 4."
    assert status_of(text, "maintenance.services") == "missing"


def test_the_set_up_documentation_kept_in_the_ticket_system_is_customer_knowledge():
    text = (
        "La documentation de configuration vous est remise et est conservée dans notre système "
        "de support."
    )
    assert status_of(text, "maintenance.customer_knowledge") == "covered"


def test_camera_images_kept_are_no_customer_knowledge():
    text = "Les images sont conservées 30 jours puis écrasées automatiquement."
    assert status_of(text, "maintenance.customer_knowledge") == "missing"
