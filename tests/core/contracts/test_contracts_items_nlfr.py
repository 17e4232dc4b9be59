"""Weak checklist items (issue 9), Dutch and French first: each clause is written for this module
in the styles Belgian and Dutch IT suppliers use (general terms, SLAs, quotes, order forms), not
taken from any evaluation document. Positive clauses must be found, and each pattern has a
negative: its cue in the wrong sense (another party, another item, another meaning)."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.anchors import leading_literals
from vendorpact.core.contracts.detectors import ITEM_RULES


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


def present(text: str, item_id: str) -> bool:
    return status_of(text, item_id) != "missing"


# -- timing.client_obligations -------------------------------------------------------------

CLIENT_OBLIGATIONS = [
    # Dutch: inverted word order after a time phrase, "dient", "engageert zich", responsibility
    "Uiterlijk tien werkdagen voor de opstart bezorgt de klant de volledige lijst van gebruikers "
    "met hun e-mailadres.",
    "De klant dient een VPN-toegang te voorzien voor de technici van de dienstverlener.",
    "De klant engageert zich om een interne projectverantwoordelijke aan te duiden.",
    "Het is de verantwoordelijkheid van de klant om dagelijks een back-up van zijn bestanden "
    "te nemen.",
    # French: "met à la disposition", "il incombe au client", "veille à"
    "Le client met à la disposition du prestataire un local équipé d'une connexion internet.",
    "Il incombe au client de désigner un interlocuteur unique pour la durée du projet.",
    "Le client veillera à ce que le personnel du prestataire ait accès aux locaux pendant les "
    "heures de bureau.",
    "Le bénéficiaire s'engage à fournir les données de test au plus tard deux semaines avant la "
    "recette.",
    # the client's input as the subject of an obligation
    "De door de klant aangeleverde teksten en beelden moeten in digitaal formaat bezorgd worden.",
    "Les contenus fournis par le client doivent être livrés au format numérique.",
    "Content supplied by the Customer must be delivered in electronic form.",
    # English: an adverb or a parenthesis between the modal and the verb, "responsibility"
    "Customer will reasonably cooperate with Supplier, including by providing the content to be "
    "migrated.",
    "The Client shall, at its own expense, provide a server that meets the minimum requirements "
    "listed in the offer.",
    "It is the Customer's responsibility to keep its own antivirus software up to date.",
]


@pytest.mark.parametrize("text", CLIENT_OBLIGATIONS)
def test_client_obligation_is_found(text):
    assert present(text, "timing.client_obligations")


@pytest.mark.parametrize(
    "text",
    [
        # the supplier provides something TO the client: no obligation of the client
        "De leverancier stelt de klant een testomgeving ter beschikking.",
        "Le prestataire met à la disposition du client une plateforme de test.",
        "The Supplier will promptly provide the Customer with a copy of the incident report.",
        # a claim procedure, not a contribution the client owes to the delivery
        "Customer must give Supplier notice of a warranty claim within 30 days of delivery.",
        # what the client supplied stays its property: no obligation
        "Data supplied by the Customer remains the property of the Customer.",
    ],
)
def test_supplier_providing_to_the_client_is_no_client_obligation(text):
    assert not present(text, "timing.client_obligations")


def test_client_obligations_heading_counts_the_clause_under_it():
    text = (
        "7. Client obligations\n"
        "Acme NV shall make its key users available for the acceptance tests in week 12.\n"
    )
    assert present(text, "timing.client_obligations")


# -- team.knowledge_transfer ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bij het einde van het project zorgt de leverancier voor de overdracht van kennis aan "
        "twee medewerkers van de IT-dienst.",
        "Le prestataire assure le transfert des connaissances vers l'équipe interne du client.",
        "Le prestataire organise un transfert de savoir-faire de deux jours vers le client.",
    ],
)
def test_knowledge_transfer_is_found(text):
    assert present(text, "team.knowledge_transfer")


@pytest.mark.parametrize(
    "text",
    [
        # a transfer of rights, not of knowledge
        "De overdracht van de intellectuele eigendomsrechten gebeurt na volledige betaling.",
        # documents that support an invoice or a payment
        "Invoices shall be accompanied by supporting documentation for the expenses charged.",
        "Payments are due monthly and shall be accompanied by documentation detailing the "
        "calculation.",
        # documentation named as confidential material
        "Client shall keep confidential all information and documentation relating to the "
        "Interface.",
        "Client acknowledges that the documentation of the Interface is confidential.",
        # the documentation as a reference for a warranty, not something handed over
        "The Software will perform substantially in accordance with the Documentation.",
    ],
)
def test_documentation_in_another_sense_is_no_knowledge_transfer(text):
    assert not present(text, "team.knowledge_transfer")


def test_documentation_mentioned_once_scores_as_one_cue():
    # one mention of "documentation" is one cue, not one per language
    text = "The Supplier shall provide the Documentation."
    assert analyse_text(text, learned=False).item("team.knowledge_transfer").score == 1.0


# -- budget.recurring_cost / startup_cost / project_cost ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Onderhoud en updates: jaarlijks € 2.400 excl. btw.",
        "Coût annuel de la licence : 1 200 € HTVA.",
        "Prix mensuel par utilisateur : 12,50 € HTVA.",
        "Hosting: EUR 180 monthly, invoiced quarterly in advance.",
    ],
)
def test_recurring_cost_is_found(text):
    assert status_of(text, "budget.recurring_cost") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "SaaS Fees: {fees} per user, invoiced in advance.",
        "The credit equals 5% of the monthly Cloud Platform Fee.",
    ],
)
def test_recurring_fee_named_without_amount_is_partial(text):
    assert status_of(text, "budget.recurring_cost") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # interest on late payment is no recurring fee
        "Bij laattijdige betaling is een verwijlintrest van 1 % per maand verschuldigd.",
        "Tout retard de paiement donne lieu à un intérêt de 1 % par mois.",
        # a frequency without a price
        "De leverancier bezorgt de klant één keer per maand een overzicht van de incidenten.",
    ],
)
def test_frequency_without_a_fee_is_no_recurring_cost(text):
    assert not present(text, "budget.recurring_cost")


@pytest.mark.parametrize(
    "text",
    [
        "Opstartkost: € 1.500 excl. btw, te betalen bij ondertekening.",
        "Installatiekost van de firewall: € 350.",
        "Frais uniques de mise en service : 500 € HTVA.",
        "Setup fee: EUR 750 (one-off), invoiced at signature.",
        "A one-off onboarding charge of EUR 900 applies.",
    ],
)
def test_startup_cost_is_found(text):
    assert status_of(text, "budget.startup_cost") == "covered"


def test_total_development_cost_is_no_startup_cost():
    text = "The total cost for the development of the mobile application is EUR 48,000."
    assert not present(text, "budget.startup_cost")


@pytest.mark.parametrize(
    "text",
    [
        "De prijs voor de realisatie van de website bedraagt € 12.000 excl. btw.",
        "Le coût total du projet s'élève à 25 000 € HTVA.",
    ],
)
def test_project_cost_is_found(text):
    assert status_of(text, "budget.project_cost") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De klant betaalt de overeengekomen prijs in drie schijven.",
        "Le client paie le prix convenu selon l'échéancier de l'offre.",
    ],
)
def test_agreed_price_without_amount_is_partial_project_cost(text):
    assert status_of(text, "budget.project_cost") == "partial"


def test_agreed_monthly_price_is_no_project_cost():
    text = "De klant betaalt de overeengekomen prijs maandelijks vooraf."
    assert not present(text, "budget.project_cost")


# -- budget.rates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fees may increase by up to 5% at each renewal.",
        "De prijs kan jaarlijks op 1 januari worden aangepast aan de evolutie van de loonkosten.",
        "Les prix peuvent être révisés chaque année au 1er janvier.",
    ],
)
def test_price_change_in_the_passive_is_a_rate_rule(text):
    assert present(text, "budget.rates")


def test_index_as_a_name_is_no_price_indexation():
    text = "Revenue from Index Exchange and other exchanges is split between the parties."
    assert not present(text, "budget.rates")


def test_price_indexation_is_found():
    text = "Les prix sont indexés annuellement selon l'indice Agoria."
    assert status_of(text, "budget.rates") != "missing"


# -- maintenance.support_hours ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le support est accessible les jours ouvrables de 8h30 à 17h.",
        "De servicedesk is bereikbaar op werkdagen van 8u30 tot 17u30.",
        "Support is available Monday to Friday from 8:30 am to 5:30 pm, excluding Belgian "
        "public holidays.",
    ],
)
def test_support_hours_are_found(text):
    assert status_of(text, "maintenance.support_hours") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Customer may audit the Supplier's records during normal business hours on ten "
        "days' notice.",
        "De klant mag de boekhouding van de leverancier tijdens de kantooruren laten controleren.",
    ],
)
def test_audit_during_business_hours_is_no_support_hours(text):
    assert not present(text, "maintenance.support_hours")


def test_support_portal_to_visit_still_counts_as_a_support_channel():
    text = "Support requests: visit the helpdesk portal or call the support line."
    assert present(text, "maintenance.support_hours")


# -- exit.data_return ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Na het einde van de overeenkomst bezorgt de leverancier de klant een volledige export "
        "van zijn gegevens.",
        "Les données restituées au client à la fin du contrat sont fournies dans un format ouvert.",
        "Le prestataire restitue au client l'ensemble de ses données dans les trente jours.",
        "Within ten days of termination the Supplier shall return to the Customer all Customer "
        "documents and records.",
        "On expiry the Supplier shall return to the Client any Client property in its possession.",
    ],
)
def test_data_return_is_found(text):
    assert present(text, "exit.data_return")


def test_client_returning_materials_to_the_supplier_is_no_data_return():
    text = "Upon termination, Customer shall return all materials to the Supplier."
    assert not present(text, "exit.data_return")


# -- legal.data_protection -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le prestataire agit en qualité de sous-traitant au sens du RGPD.",
        "De klant is verwerkingsverantwoordelijke; de leverancier verwerkt de gegevens enkel op "
        "diens instructies.",
        "Le client reste responsable du traitement des données de ses utilisateurs.",
        "Elke partij leeft de wetgeving inzake de bescherming van de persoonlijke levenssfeer na.",
        "Le prestataire respecte la législation relative à la protection de la vie privée.",
        "Each party shall comply with applicable privacy and consumer protection laws.",
    ],
)
def test_data_protection_is_found(text):
    assert present(text, "legal.data_protection")


def test_hardware_processor_is_no_data_protection():
    text = "The appliance is delivered with a quad-core processor and 16 GB of memory."
    assert not present(text, "legal.data_protection")


# -- reporting.progress ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier shall keep the Customer informed of the progress of the work.",
        "De leverancier houdt de klant wekelijks op de hoogte van de stand van het project.",
        "Le prestataire remet un rapport d'avancement mensuel au comité de pilotage.",
    ],
)
def test_progress_reporting_is_found(text):
    assert present(text, "reporting.progress")


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier legt op verzoek zijn jaarverslag en jaarrekening voor aan de klant.",
        "Le prestataire communique sur demande son rapport annuel et ses comptes annuels.",
    ],
)
def test_annual_accounts_are_no_progress_report(text):
    assert not present(text, "reporting.progress")


# -- rollout.deployment ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The platform will be accessible to users via the internet 24 hours a day, seven days "
        "a week, except during planned maintenance.",
        "La plateforme est accessible en ligne 24h/24 et 7j/7.",
    ],
)
def test_round_the_clock_access_is_no_deployment(text):
    assert not present(text, "rollout.deployment")


@pytest.mark.parametrize(
    "text",
    [
        "De installatie van de software op de servers van de klant gebeurt op 15/03/2027.",
        "La mise en production est prévue pour le 1er juin 2027.",
    ],
)
def test_deployment_is_found(text):
    assert status_of(text, "rollout.deployment") == "covered"


# -- legal.ip --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Customer shall not upload material protected by copyright without the owner's consent.",
        "De klant plaatst geen inhoud die inbreuk maakt op auteursrechten van derden.",
        "Le client ne publie aucun contenu portant atteinte aux droits d'auteur de tiers.",
    ],
)
def test_acceptable_use_of_protected_content_is_no_ip_clause(text):
    assert not present(text, "legal.ip")


def test_licence_agreement_referred_to_is_partial_ip():
    text = "This Order Form is issued pursuant to the Software Licence and Support Agreement."
    assert status_of(text, "legal.ip") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "De broncode en alle intellectuele eigendomsrechten op het maatwerk worden aan de klant "
        "overgedragen.",
        "Le prestataire concède au client une licence d'utilisation non exclusive du logiciel.",
    ],
)
def test_ip_clause_is_covered(text):
    assert status_of(text, "legal.ip") == "covered"


# -- more Belgian phrasings, one per line of a price table, SLA or general terms --------------


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        (
            "exit.data_return",
            "En fin de contrat, le prestataire s'engage à assurer la "
            "réversibilité des données du client.",
        ),
        (
            "exit.data_return",
            "De klant kan tot 30 dagen na het einde van het abonnement zijn data downloaden.",
        ),
        (
            "exit.data_return",
            "Upon termination, Customer may download its data in CSV format for 30 days.",
        ),
        (
            "legal.data_protection",
            "Le prestataire traite les données à caractère personnel "
            "uniquement sur instruction documentée du client.",
        ),
    ],
)
def test_belgian_phrasing_is_found(item_id, text):
    assert present(text, item_id)


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("maintenance.support_hours", "Permanence téléphonique : jours ouvrables, de 8h à 17h."),
        (
            "maintenance.support_hours",
            "Ondersteuning tijdens kantooruren: werkdagen van 9 tot 17 uur.",
        ),
        (
            "reporting.progress",
            "De projectleider bezorgt tweewekelijks een statusrapport aan de klant.",
        ),
        (
            "reporting.progress",
            "Elk kwartaal ontvangt de klant een servicerapport met de behaalde SLA-waarden.",
        ),
        ("budget.recurring_cost", "Onderhoudscontract: 15 % van de licentieprijs per jaar."),
        ("budget.recurring_cost", "Redevance annuelle de maintenance : 18 % du prix des licences."),
        ("budget.rates", "Tarief per gepresteerd uur: € 95 excl. btw."),
    ],
)
def test_belgian_phrasing_is_covered(item_id, text):
    assert status_of(text, item_id) == "covered"


def test_downloading_data_during_the_contract_is_no_data_return():
    text = "Users can download usage data from the dashboard at any time."
    assert not present(text, "exit.data_return")


def test_every_cue_pattern_has_a_leading_literal():
    # a cue without one ("(?:il )?incombe ...") is searched with finditer over the whole
    # text: dozens of times slower on long documents
    without = [
        (item_id, pattern)
        for item_id, rule in ITEM_RULES.items()
        for pattern, _weight in rule.cues
        if leading_literals(pattern) is None
    ]
    assert without == []


# -- team.replacement ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier kan een consultant slechts vervangen na voorafgaand akkoord van de klant.",
        "En cas de départ d'un membre de l'équipe, le prestataire propose un remplaçant de "
        "compétence équivalente dans les 10 jours ouvrables.",
        "Supplier shall not reassign key personnel without the Customer's prior written consent.",
    ],
)
def test_replacement_of_team_members_is_covered(text):
    assert status_of(text, "team.replacement") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier vervangt defecte onderdelen binnen 48 uur.",
        "Le prestataire remplace le matériel défectueux sous 24 heures.",
    ],
)
def test_replacing_parts_is_no_team_replacement(text):
    assert not present(text, "team.replacement")


def test_handover_to_a_new_supplier_is_no_knowledge_transfer():
    text = (
        "Bij het einde van de overeenkomst werkt de leverancier mee aan de overdracht naar een "
        "nieuwe dienstverlener."
    )
    assert not present(text, "team.knowledge_transfer")


def test_report_handed_over_in_dutch_is_progress_reporting():
    text = (
        "Maandelijks wordt een rapport bezorgd met het aantal incidenten en de gepresteerde uren."
    )
    assert status_of(text, "reporting.progress") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De klant rapporteert incidenten via het ticketsysteem.",
        "The Customer reports incidents through the support portal.",
    ],
)
def test_client_reporting_incidents_is_no_progress_reporting(text):
    assert not present(text, "reporting.progress")


def test_monthly_customer_reports_are_progress_reporting():
    text = "The Supplier sends monthly customer reports on tickets handled and hours spent."
    assert present(text, "reporting.progress")


# -- price tables of a quote (offerte / devis) -------------------------------------------------


def test_monthly_total_of_a_french_price_table_is_a_recurring_cost():
    text = (
        "Coûts récurrents\n"
        "Licence Microsoft 365 Business Standard | 12 | 11,70 €\n"
        "Total mensuel HTVA | 140,40 €\n"
    )
    assert status_of(text, "budget.recurring_cost") == "covered"


def test_one_off_costs_table_heading_is_a_startup_cost():
    text = "Coûts uniques\nMise en place du serveur | 1 | 1 200,00 €\nTotal HTVA | 1 200,00 €\n"
    assert present(text, "budget.startup_cost")


def test_total_of_a_dutch_quote_is_the_project_cost():
    assert status_of("Totaal offerte excl. btw: € 18.450,00", "budget.project_cost") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Voorwaarden: de klant voorziet een werkplek en toegang tot het netwerk voor onze "
        "technieker.",
        "Prerequisites: the customer provides administrator access to the server before the "
        "start date.",
    ],
)
def test_prerequisites_the_client_provides_are_client_obligations(text):
    assert present(text, "timing.client_obligations")


@pytest.mark.parametrize(
    "text",
    [
        "De offertes worden opgemaakt met een gewone tekstverwerker en per e-mail bezorgd.",
        "Payments are collected through a third-party payment processor.",
    ],
)
def test_word_or_payment_processor_is_no_data_protection(text):
    assert not present(text, "legal.data_protection")


@pytest.mark.parametrize(
    "text",
    [
        "Le client transmet ses données au prestataire dans un format Excel pour la reprise "
        "initiale.",
        "The Customer provides its data in CSV format for the initial load.",
    ],
)
def test_client_handing_over_data_for_the_initial_load_is_no_data_return(text):
    assert not present(text, "exit.data_return")


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier processes personal data on behalf of the Customer as a processor.",
        "Le prestataire traite les données à caractère personnel pour le compte du client.",
        "De leverancier verwerkt persoonsgegevens in opdracht van de klant.",
    ],
)
def test_processing_on_behalf_of_the_client_settles_data_protection(text):
    assert status_of(text, "legal.data_protection") == "covered"
