"""General phrasings of checklist items the rules missed on the training documents of rounds
5-7 (dev_docs_training[567]_*), in nl, fr and en, each family with a wrong-sense negative.
Own sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- data return: at the end, the data handed over or exported in a reusable format ---------


@pytest.mark.parametrize(
    "text",
    [
        "Na het einde van de overeenkomst bezorgt de leverancier binnen 20 werkdagen een export "
        "van alle dossiers in XML.",
        "Bij het einde van het abonnement kan de klant de historiek nog 60 dagen downloaden als "
        "CSV.",
        "À la fin de la convention, le prestataire remet l'historique des tickets au format CSV.",
        "Le prestataire livre les sources à la fin du contrat, aux formats JSON et SQL.",
        "Within 15 days after the end of the agreement, the provider delivers all records in "
        "their original format.",
        "The customer may download its files as CSV until 30 days after the end of the "
        "subscription.",
    ],
)
def test_an_export_in_a_reusable_format_at_the_end_is_the_data_return(text):
    assert status_of(text, "exit.data_return") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "At the end of each month the provider sends a usage report in Excel.",
        "Bij het einde van de maand levert de leverancier het verbruiksrapport in Excel.",
        "Les prestations sont exportées chaque mois au format CSV vers votre secrétariat social.",
        "À la fin du contrat, le client restitue les boîtiers et paie la dernière facture.",
    ],
)
def test_a_periodic_export_or_the_end_alone_is_no_data_return(text):
    assert status_of(text, "exit.data_return") == "missing"


# -- client obligations: the client's present-tense act with its deadline ------------------


@pytest.mark.parametrize(
    "text",
    [
        "De klant test de koppeling uiterlijk op 1 maart 2027.",
        "De opdrachtgever bevestigt de planning binnen vijf werkdagen na de kick-off.",
        "Le Client communique dans les cinq jours ouvrables de la signature les accès au serveur.",
        "Le client vérifie le site de test au plus tard le 12 mars 2027.",
        "The Client announces peak periods at least five working days in advance.",
        "The customer sends the signed configuration sheet no later than 10 May 2027.",
    ],
)
def test_a_client_act_with_a_deadline_is_a_client_obligation(text):
    assert status_of(text, "timing.client_obligations") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Client receives a service credit within 30 days.",
        "Le client communique avec le support via le portail.",
        "The supplier informs the Client within 24 hours of any breach.",
        "De leverancier test de back-up binnen de maand.",
    ],
)
def test_what_the_client_receives_or_the_supplier_does_is_no_client_obligation(text):
    assert status_of(text, "timing.client_obligations") == "missing"


# -- data migration: the client's records imported once, named by what they are -----------


@pytest.mark.parametrize(
    "text",
    [
        "Import leden en lidkaarten                                 € 420,00",
        "De leverancier importeert vóór de opleiding de ongeveer 800 bestaande klanten.",
        "Le prestataire importe le fichier des membres (environ 900 membres) depuis l'ancien "
        "logiciel.",
        "Importation de vos utilisateurs et de leurs badges : 300,00 EUR HTVA.",
        "One-time import of your employees from a CSV file: EUR 280.",
        "The provider loads 36 months of historical meter data from the grid operator into the "
        "platform.",
    ],
)
def test_records_imported_once_are_the_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Customer pays the import duties on the hardware.",
        "Les produits importés de Chine sont soumis aux droits d'importation.",
        "Every night the connector imports the orders from the webshop.",
        "The platform lets users import their contacts.",
    ],
)
def test_imported_goods_a_feed_or_a_feature_are_no_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "missing"


# -- start-up cost: a one-off service priced where it is named --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Installatie en inregeling van de zes schermen            EUR  3.250,00",
        "Voor de implementatie betaalt de klant een vaste prijs van € 9.600,00.",
        "Mise en service de la plateforme (comptes, certificats) : 950,00 EUR HTVA.",
        "Reprise du parc informatique : forfait unique de 1.200 € HTVA.",
        "Set-up and configuration of the tenant (two days)            1.980,00",
        "Moving the mailboxes is a one-off job at EUR 640 excl. VAT.",
    ],
)
def test_a_one_off_service_priced_where_it_is_named_is_the_start_up_cost(text):
    assert status_of(text, "budget.startup_cost") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Installation takes 5 working days.",
        "Liability for the installation is limited to EUR 25.000,00.",
        "Hosting and installation of updates: EUR 120,00 per month.",
        "De installatie gebeurt op 12.03.2027 door twee techniekers.",
        "Configuratie van de firewall en beheer: € 85,00 per maand.",
        "La mise en service tardive donne lieu à une pénalité de 250,00 € par jour.",
    ],
)
def test_an_installation_without_its_one_off_price_is_no_start_up_cost(text):
    assert status_of(text, "budget.startup_cost") == "missing"


# -- extra costs: work outside the contract, and a quote approved first ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Interventies buiten deze overeenkomst gebeuren alleen na een schriftelijke offerte die "
        "de klant vooraf goedkeurt, aan € 80,00 per uur.",
        "Werk buiten het pakket rekenen we af aan € 90 per uur, alleen nadat je akkoord bent "
        "gegaan met onze offerte.",
        "Les prestations hors abonnement sont facturées 100,00 EUR HTVA de l'heure, sur devis "
        "préalablement accepté par le client.",
        "Toute intervention hors de ce contrat est réalisée sur devis écrit accepté.",
        "Work outside the support plan is billed at EUR 110 per hour, on the basis of a written "
        "quote that you have approved beforehand.",
        "Anything outside this package we do only after we send you an estimate first.",
    ],
)
def test_work_outside_the_contract_approved_on_a_quote_is_the_extra_costs(text):
    assert status_of(text, "budget.extra_costs") == "covered"


def test_work_outside_the_contract_with_a_rate_alone_is_partial():
    text = "Work outside maintenance is charged at EUR 115,00 per hour."
    assert status_of(text, "budget.extra_costs") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Support outside office hours is available for P1 incidents.",
        "Les prestations en dehors des heures de bureau sont majorées de 50 %.",
        "Gegevens worden niet buiten de EU verwerkt.",
        "Le devis accepté vaut bon de commande.",
    ],
)
def test_out_of_hours_abroad_or_the_accepted_quote_itself_is_no_extra_costs(text):
    assert status_of(text, "budget.extra_costs") == "missing"


# -- response time: a request picked up within a support time, and a response/resolution table


@pytest.mark.parametrize(
    "text",
    [
        "Storingsmeldingen pakken we binnen vier uur op.",
        "Prise en charge d'une panne bloquante (serveur à l'arrêt) dans les 2 heures ouvrables.",
        "Priorité 2 : réaction dans les 4 heures ouvrables.",
        "Support questions are answered within 8 working hours.",
        "The provider starts working on the incident within 30 minutes after the alert.",
        "Prioriteit omschrijving reactie oplossing\n1 kassa buiten gebruik 1 uur 4 uur",
    ],
)
def test_a_request_picked_up_within_a_support_time_is_the_response_time(text):
    assert status_of(text, "maintenance.response_time") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Invoice disputes are answered within 30 days.",
        "La prise en charge des frais de déplacement dans les 2 heures suivant l'intervention "
        "incombe au client.",
        "We pakken de planning op in januari.",
        "The response and resolution times of Annex 2 remain unchanged.",
    ],
)
def test_costs_taken_over_or_a_dispute_answered_in_days_is_no_response_time(text):
    assert status_of(text, "maintenance.response_time") == "missing"


# -- customer knowledge: the supplier's person for the client and the file it keeps on it ---


@pytest.mark.parametrize(
    "text",
    [
        "Na de livegang is mevrouw Peeters uw vaste service-engineer.",
        "De leverancier houdt een installatiedossier bij met de configuratie van elke kassa.",
        "Nous conservons le dossier et la configuration de votre installation pour les "
        "interventions.",
        "After go-live Ms Janssens remains the Client's customer success manager.",
        "The provider keeps the Customer's firewall rules and exceptions on file.",
    ],
)
def test_the_clients_person_or_file_kept_by_the_supplier_is_customer_knowledge(text):
    assert status_of(text, "maintenance.customer_knowledge") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Customer keeps its own configuration documentation up to date.",
        "Our customer success team runs your onboarding.",
        "Vaste prijs voor de installatie: EUR 1.200.",
        "De klant houdt een logboek van de storingen bij.",
    ],
)
def test_the_clients_own_records_or_a_fixed_price_is_no_customer_knowledge(text):
    assert status_of(text, "maintenance.customer_knowledge") == "missing"


# -- service credits: a share of the fee credited; compensation for downtime denied ---------


@pytest.mark.parametrize(
    "text",
    [
        "Wordt de hersteltermijn overschreden, dan crediteert de leverancier 10 % van de "
        "maandvergoeding per incident.",
        "Below 99,5 % the Customer receives a credit of 5 % of the monthly fee per started 0,1 %.",
        "En dessous de 99,7 %, le client a droit à un crédit de 10 % de la redevance mensuelle.",
    ],
)
def test_a_share_of_the_fee_credited_is_a_service_credit(text):
    assert status_of(text, "maintenance.service_credits") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Aucune indemnité n'est due en cas d'indisponibilité de la plateforme.",
        "Storingen geven geen recht op een korting of terugbetaling.",
        "Downtime gives no right to any compensation.",
    ],
)
def test_compensation_for_downtime_denied_is_partial(text):
    assert status_of(text, "maintenance.service_credits") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Payment: a credit of 30 days from the invoice date.",
        "De leverancier crediteert het teveel gefactureerde bedrag op de volgende factuur.",
        "Le client bénéficie d'une remise de 5 % du prix pour un paiement comptant.",
        "Maintenance is included; no extra fee applies.",
    ],
)
def test_a_payment_credit_a_correction_or_a_discount_is_no_service_credit(text):
    assert status_of(text, "maintenance.service_credits") == "missing"


# -- signatures: the editor's mark of a signature in a transcribed signed copy -------------


@pytest.mark.parametrize(
    "text",
    [
        "Opgemaakt te Gent in twee exemplaren.\nVoor de Leverancier          Voor de Klant\n"
        "[getekend]                    [getekend]",
        "Pour le Prestataire           Pour le Client\n(signé)                       (signé)",
        "Brussels, 3 March 2027\nFor the Supplier              For the Customer\n"
        "[signature]                   [signature]\nAnn Claes, director          Tom Wouters, CEO",
    ],
)
def test_a_signature_mark_under_both_parties_is_signed_by_both(text):
    assert status_of(text, "agreement.signed_both") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # one side signed, the name beside its mark counted once
        "Pour ACME srl                 Pour accord du client (date, nom, signature) :\n"
        "Marc Dubois, gérant (signé)   ..................................",
        # captions in round brackets are fields to fill in
        "For the Supplier              For the Customer\n(signature)                   (signature)",
    ],
)
def test_one_mark_or_captions_only_is_not_signed_by_both(text):
    assert status_of(text, "agreement.signed_both") == "partial"


# -- client obligations: what the supplier needs from the client's side ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Van jullie kant hebben we nodig: de wachtwoorden van de firewall, tegen 10 januari.",
        "Van u heb ik tegen 18 december de lijst met alle toestellen nodig.",
        "De votre côté, il nous faut, au plus tard le 4 janvier, un accès administrateur.",
        "De votre côté, merci de prévoir l'accès au local technique dès le 12 mars.",
        "By 6 January we need from you the user list in our template.",
    ],
)
def test_what_the_supplier_needs_from_the_client_is_a_client_obligation(text):
    assert status_of(text, "timing.client_obligations") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Van jullie hebben we nog niets gehoord over de planning.",
        "De votre côté, aucune action n'est requise.",
    ],
)
def test_news_awaited_or_no_action_is_no_client_obligation(text):
    assert status_of(text, "timing.client_obligations") == "missing"


# -- warranty: defects fixed for free, the verb first; equipment guaranteed for a period ----


@pytest.mark.parametrize(
    "text",
    [
        "Pendant trois mois, le prestataire corrige gratuitement toute anomalie du paramétrage.",
        "Gedurende zes maanden na de oplevering verhelpt de leverancier kosteloos alle fouten.",
        "For 90 days after go-live the supplier remedies free of charge any defect in the "
        "interface.",
        "Gaat er na de installatie iets mis door ons werk, dan lossen we dat het eerste jaar "
        "gratis op.",
        "Le matériel est garanti 24 mois par le constructeur.",
        "The hardware is warranted for 36 months, parts and labour.",
    ],
)
def test_free_fixes_or_equipment_guaranteed_for_a_period_are_the_warranty(text):
    assert status_of(text, "rollout.warranty") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Les prix sont garantis 3 mois.",
        "Vragen over het gebruik lossen we gratis op via de helpdesk.",
        "The availability is guaranteed at 99,9 % per month.",
    ],
)
def test_prices_held_free_support_or_availability_is_no_warranty(text):
    assert status_of(text, "rollout.warranty") == "missing"


# -- resolution time: a service restored within a support time; a response/resolution table -


@pytest.mark.parametrize(
    "text",
    [
        "Het herstel gebeurt binnen vijf werkdagen na de melding.",
        "La remise en service est assurée dans les 8 heures ouvrables.",
        "Priorité 1 : rétablissement dans les 4 heures.",
        "Service is restored within 4 hours for priority 1 incidents.",
        "Priorité Prise en charge Rétablissement\nBloquante 1 heure 4 heures",
    ],
)
def test_a_service_restored_within_a_support_time_is_the_resolution_time(text):
    assert status_of(text, "maintenance.resolution_time") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Partijen zoeken binnen 30 dagen een oplossing.",
        "Le locataire assure la remise en état des locaux dans les 30 jours.",
        "The breach is remedied within 30 days of notice.",
    ],
)
def test_a_dispute_settled_or_premises_restored_is_no_resolution_time(text):
    assert status_of(text, "maintenance.resolution_time") == "missing"


# -- progress reporting: a report with its frequency, in either order ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Elke maand krijgen jullie een rapport met de uptime en de uitgevoerde updates.",
        "Chaque mois, vous recevez un rapport : incidents traités et versions installées.",
        "Every month you get a short compliance report with the devices that are not compliant.",
        "You also get a usage report by e-mail every month.",
    ],
)
def test_a_report_with_its_frequency_is_progress_reporting(text):
    assert status_of(text, "reporting.progress") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Users can report incidents every day via the portal.",
        "Each month we invoice the subscription in advance.",
        "Services are invoiced on the delivery report, migration hours monthly.",
    ],
)
def test_the_verb_an_invoice_or_a_delivery_report_is_no_progress_reporting(text):
    assert status_of(text, "reporting.progress") == "missing"


# -- termination: either party ending it with a notice period, in plain words ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Either of us can stop it with one month's notice.",
        "It renews yearly unless either party terminates it by registered letter at least "
        "three months before the end of the term.",
        "Daarna kunnen jullie op elk moment stoppen met een opzeg van een maand.",
        "Either of us can end it early if the other seriously breaches it and does not fix "
        "that within 30 days.",
    ],
)
def test_ending_it_with_notice_or_for_breach_is_a_termination_right(text):
    assert status_of(text, "exit.termination") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "We stop the service for 2 hours before each upgrade.",
        "Wij stoppen met een opleiding van twee dagen.",
    ],
)
def test_a_service_paused_is_no_termination_right(text):
    assert status_of(text, "exit.termination") == "missing"


# -- knowledge transfer: a technical file of the installation, by its compound name ---------


@pytest.mark.parametrize(
    "text",
    [
        "Bij de oplevering bezorgt de leverancier het netwerkdossier met alle IP-adressen.",
        "De leverancier levert het actuele configuratiedocument bij de overdracht.",
        "Nous vous remettons un dossier d'infrastructure avec le schéma du réseau.",
    ],
)
def test_a_technical_file_handed_over_is_knowledge_transfer(text):
    assert status_of(text, "team.knowledge_transfer") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Le client complète son dossier d'inscription avant le 1er mars.",
        "De leverancier houdt het klantdossier actueel.",
    ],
)
def test_an_enrolment_or_customer_file_is_no_knowledge_transfer(text):
    assert status_of(text, "team.knowledge_transfer") == "missing"


# -- planning: delivered or installed within a lead time from the order or the signature ----


@pytest.mark.parametrize(
    "text",
    [
        "Delivery within three weeks of your signature.",
        "Le prestataire installe les bornes dans les six semaines suivant la signature.",
        "De levering gebeurt binnen vier weken na de bestelling.",
    ],
)
def test_a_lead_time_from_the_order_is_a_planning(text):
    assert status_of(text, "timing.planning") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "A defective scanner is replaced within 2 working days of the failure report.",
        "Nous livrons la facture dans les 5 jours suivant la fin du mois.",
    ],
)
def test_a_replacement_or_an_invoice_in_days_is_no_planning(text):
    assert status_of(text, "timing.planning") == "missing"


# -- transition: the client's next supplier by another name ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le prestataire maintient le service jusqu'au portage des numéros vers le nouvel "
        "opérateur.",
        "De leverancier werkt mee aan de overdracht aan de opvolgende onderhoudspartij.",
        "Bij het einde draagt hij alles over aan de Klant of aan de door haar aangeduide opvolger.",
    ],
)
def test_handing_over_to_the_next_supplier_is_the_transition(text):
    assert status_of(text, "exit.transition") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier stelt de opvolger van de projectleider voor aan de klant.",
        "Le nouveau fournisseur d'électricité facture directement le client.",
    ],
)
def test_a_team_members_successor_or_another_utility_is_no_transition(text):
    assert status_of(text, "exit.transition") == "missing"


# -- data return: at the end, a full export or backup, or the data left available for export


@pytest.mark.parametrize(
    "text",
    [
        "À la fin du contrat, le prestataire remet au client, dans les quinze jours ouvrables "
        "de sa demande, une exportation complète des documents.",
        "Si vous nous quittez, nous vous remettons gratuitement une sauvegarde complète de la "
        "plateforme.",
        "À la fin de l'abonnement, les données restent disponibles à l'export pendant 60 jours.",
        "When you stop, we send you the conversation logs as a JSON export within 14 days.",
        "Na het einde van de overeenkomst blijven de gegevens 30 dagen beschikbaar voor export.",
    ],
)
def test_a_full_export_or_data_left_for_export_at_the_end_is_the_data_return(text):
    assert status_of(text, "exit.data_return") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "At the end of the contract a complete handover meeting takes place.",
        "Chaque nuit, le prestataire réalise une sauvegarde complète des serveurs.",
    ],
)
def test_a_meeting_at_the_end_or_a_nightly_backup_is_no_data_return(text):
    assert status_of(text, "exit.data_return") == "missing"


# -- data migration: the migration of what the client has, taken from the current host ------


@pytest.mark.parametrize(
    "text",
    [
        "Migratie van de bestaande servers: in het weekend van 16 januari.",
        "Migratie van de leerhistorie in maart 2027.",
        "Le prestataire transfère depuis l'hébergeur actuel du client le site et les boîtes "
        "e-mail.",
        "Migration of the existing mailboxes during the weekend of 6 March.",
    ],
)
def test_the_migration_of_the_clients_systems_or_data_is_the_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The migration to version 9 takes place in March.",
        "Every night the connector loads the order data from the webshop.",
    ],
)
def test_an_upgrade_or_a_nightly_load_is_no_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "missing"


# -- general terms: a conflict clause's condition; no general terms of either party ---------


@pytest.mark.parametrize(
    "text",
    [
        "In case of conflict, this agreement prevails over the annexes.",
        "The NLdigital Terms apply; where they differ from this letter, this letter prevails.",
        "General terms and conditions of either party do not apply.",
        "General terms and conditions of the Supplier or of the Customer do not apply.",
    ],
)
def test_a_conflict_clause_or_no_general_terms_at_all_settles_the_general_terms(text):
    assert status_of(text, "agreement.general_terms") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The payment terms apply to all invoices.",
        "In case of conflict between the parties, they first meet to find a solution.",
    ],
)
def test_payment_terms_or_a_dispute_is_no_general_terms(text):
    assert status_of(text, "agreement.general_terms") == "missing"


# -- acceptance: provisional or final acceptance in English; a commissioning report ---------


@pytest.mark.parametrize(
    "text",
    [
        "Provisional acceptance takes place after a joint inspection of all rooms.",
        "At commissioning we test every door with you; you sign the commissioning report when "
        "all tests succeed.",
        "La mise en service est constatée par un procès-verbal de mise en service signé par les "
        "deux parties.",
        "De ingebruikname wordt vastgelegd in een proces-verbaal van ingebruikname, ondertekend "
        "door beide partijen.",
    ],
)
def test_an_acceptance_on_a_report_is_the_acceptance_procedure(text):
    assert status_of(text, "rollout.acceptance") == "covered"


def test_the_final_acceptance_of_an_offer_is_no_acceptance_procedure():
    text = "Final acceptance of the offer is confirmed by e-mail."
    assert status_of(text, "rollout.acceptance") == "missing"


# -- user support: a short session, an explanation or a guide for the client's users --------


@pytest.mark.parametrize(
    "text",
    [
        "After go-live we run a 2-hour session for your front-office team.",
        "Chaque coordinatrice reçoit un guide illustré et une séance de 30 minutes pour aider "
        "ses équipes.",
        "Na de livegang krijgen jullie een korte uitleg van het beheerpaneel (30 minuten).",
        "Je krijgt een videohandleiding en een uur online uitleg.",
    ],
)
def test_a_session_an_explanation_or_a_guide_for_users_is_user_support(text):
    assert status_of(text, "rollout.user_support") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "We start with a 2-hour session with your project team to agree on the scope.",
        "De uitleg van de begrippen staat in artikel 1.",
    ],
)
def test_a_scoping_session_or_definitions_is_no_user_support(text):
    assert status_of(text, "rollout.user_support") == "missing"


# -- governance: a call, a meeting or a review with its frequency ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your account manager checks in with you every quarter to review how it's going.",
        "Nous faisons un point de 30 minutes en visio toutes les deux semaines.",
        "Elke maand is er een overleg met de IT-coördinator.",
        "Un point d'une heure est prévu chaque trimestre avec la responsable RH.",
    ],
)
def test_a_periodic_call_or_meeting_is_governance(text):
    assert status_of(text, "reporting.governance") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Every month we invoice the fees; questions about invoices can be asked by phone call.",
        "The report is sent every month.",
    ],
)
def test_a_periodic_invoice_or_report_is_no_governance(text):
    assert status_of(text, "reporting.governance") == "missing"
