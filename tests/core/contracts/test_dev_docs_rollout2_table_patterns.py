"""Team, reporting and rollout phrasings in table rows and synonyms, hedged wording, topic
headings and named team members (split from test_dev_docs_rollout2_more_patterns.py; probes
written after the round-2 documents were settled, not taken from any document). Each with
wrong-sense sentences that must not count."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    result = analyse_text(text, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


TABLES_AND_SYNONYMS = [
    ("Phase 4 | Roll-out to the 6 branches | weeks 10-14", "rollout.deployment", "covered"),
    ("Fase 3 | Uitrol naar alle vestigingen | mei 2027", "rollout.deployment", "covered"),
    (
        "Le déploiement sur les 12 sites est réalisé en trois vagues entre mars et mai 2027.",
        "rollout.deployment",
        "covered",
    ),
    (
        "We configure and install the new access points in the school over two weekends.",
        "rollout.deployment",
        "covered",
    ),
    (
        "De toestellen worden geplaatst en aangesloten door onze technici op 14 en 15 maart.",
        "rollout.deployment",
        "covered",
    ),
    (
        "Les postes sont livrés, configurés et raccordés par nos techniciens le 14 mars.",
        "rollout.deployment",
        "covered",
    ),
    (
        "Acceptance criteria: all test cases in Annex 4 pass without blocking defects.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Aanvaardingscriteria: alle testgevallen uit bijlage 4 slagen zonder blokkerende fouten.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Critères de recette : tous les cas de test de l'annexe 4 réussis sans anomalie bloquante.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Once all punch-list items are closed, the Client signs the completion certificate.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Na het wegwerken van de opmerkingen ondertekent de klant het opleveringsverslag.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Une fois les réserves levées, le client signe le procès-verbal de réception.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "During the first two weeks after go-live our consultant is present on site two days a "
        "week.",
        "rollout.user_support",
        "covered",
    ),
    (
        "De eerste twee weken na de opstart is onze consultant twee dagen per week aanwezig op "
        "de werkvloer.",
        "rollout.user_support",
        "covered",
    ),
    (
        "Pendant les deux premières semaines après le démarrage, notre consultant est présent "
        "sur site deux jours par semaine.",
        "rollout.user_support",
        "covered",
    ),
    (
        "E-learning modules for all users are included for the first year.",
        "rollout.user_support",
        "covered",
    ),
    (
        "Conversion of the existing member database (12,000 records) into the new format.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "Omzetting van de bestaande ledendatabank (12.000 records) naar het nieuwe formaat.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "Conversion de la base de membres existante (12.000 fiches) au nouveau format.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "At the end we hold a handover session with your IT manager.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "We leggen alle instellingen vast in een technisch dossier dat u bij de oplevering "
        "ontvangt.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Toutes les configurations sont consignées dans un dossier technique remis au client.",
        "team.knowledge_transfer",
        "covered",
    ),
    ("Every change is first validated on a staging environment.", "team.quality", "covered"),
    (
        "Elke wijziging wordt eerst gevalideerd op een acceptatieomgeving.",
        "team.quality",
        "covered",
    ),
    (
        "Chaque modification est d'abord validée sur un environnement de préproduction.",
        "team.quality",
        "covered",
    ),
    ("The project lead is a certified PRINCE2 Practitioner.", "team.seniority", "covered"),
    (
        "De projectleider is PRINCE2-gecertificeerd en heeft 10 jaar ervaring.",
        "team.seniority",
        "covered",
    ),
    (
        "If the Client is dissatisfied with a consultant, the Supplier replaces him within 5 "
        "working days.",
        "team.replacement",
        "covered",
    ),
    (
        "Is de klant niet tevreden over een consultant, dan vervangt de leverancier hem binnen 5 "
        "werkdagen.",
        "team.replacement",
        "covered",
    ),
    (
        "Si le client n'est pas satisfait d'un consultant, le prestataire le remplace dans les 5 "
        "jours ouvrables.",
        "team.replacement",
        "covered",
    ),
    (
        "You receive a monthly dashboard with the hours spent and the tickets handled.",
        "reporting.progress",
        "covered",
    ),
    (
        "U ontvangt maandelijks een dashboard met de bestede uren en de afgehandelde tickets.",
        "reporting.progress",
        "covered",
    ),
    (
        "Vous recevez chaque mois un tableau de bord avec les heures prestées.",
        "reporting.progress",
        "covered",
    ),
    (
        "Every quarter we sit down with you to review the service.",
        "reporting.governance",
        "covered",
    ),
    (
        "Elk kwartaal zitten we samen om de dienstverlening te evalueren.",
        "reporting.governance",
        "covered",
    ),
    (
        "Chaque trimestre, nous faisons le point avec vous sur le service.",
        "reporting.governance",
        "covered",
    ),
]

WRONG_SENSE_TABLES_AND_SYNONYMS = [
    (
        "The roll-out of the new price list is communicated to all customers.",
        "rollout.deployment",
        "missing",
    ),
    (
        "Les produits livrés, installés ou non, restent la propriété du prestataire jusqu'au "
        "paiement.",
        "rollout.deployment",
        "missing",
    ),
    (
        "The punch-list of the building works is kept by the architect.",
        "rollout.acceptance",
        "missing",
    ),
    (
        "After the go-live the Supplier remains available by phone during office hours.",
        "rollout.user_support",
        "missing",
    ),
    (
        "Na de livegang blijft de helpdesk bereikbaar tijdens de kantooruren.",
        "rollout.user_support",
        "missing",
    ),
    (
        "The Supplier converts the existing quote into an order.",
        "rollout.data_migration",
        "missing",
    ),
    ("The consultant replaces the old server with a new one.", "team.replacement", "missing"),
    ("The project follows the PRINCE2 methodology.", "team.seniority", "missing"),
    (
        "Le dossier technique de l'appel d'offres est disponible au greffe.",
        "team.knowledge_transfer",
        "missing",
    ),
    (
        "The Client provides a test environment before the start of the project.",
        "team.quality",
        "missing",
    ),
    ("De klant voorziet een testomgeving met anonieme gegevens.", "team.quality", "missing"),
    ("The parties sit together at the signing.", "reporting.governance", "missing"),
    (
        "Voor de inrichting van de testomgeving geldt een eenmalig bedrag van € 950.",
        "team.quality",
        "missing",
    ),
]


# hedged readings: best efforts or an indication leave the item partial and raise the risk
HEDGED = [
    (
        "The Supplier shall use reasonable efforts to complete the migration of the existing "
        "data within 4 weeks.",
        "rollout.data_migration",
        "partial",
    ),
    (
        "The Supplier shall use reasonable efforts to complete the migration of the existing "
        "data within 4 weeks.",
        "risk.best_efforts_only",
        "raised",
    ),
    (
        "De leverancier streeft ernaar de livegang op 1 maart 2027 te realiseren.",
        "rollout.deployment",
        "partial",
    ),
    (
        "De leverancier streeft ernaar de livegang op 1 maart 2027 te realiseren.",
        "risk.best_efforts_only",
        "raised",
    ),
    ("Go-live is planned indicatively for week 12.", "rollout.deployment", "partial"),
    (
        "La mise en production est prévue, à titre indicatif, en semaine 12.",
        "rollout.deployment",
        "partial",
    ),
    (
        "Une formation pourra être organisée à la demande du client, à un tarif à convenir.",
        "rollout.user_support",
        "partial",
    ),
    (
        "Le prestataire s'efforce de corriger les anomalies signalées dans les trois mois "
        "suivant la livraison.",
        "rollout.warranty",
        "partial",
    ),
    (
        "Le prestataire s'efforce de corriger les anomalies signalées dans les trois mois "
        "suivant la livraison.",
        "risk.best_efforts_only",
        "raised",
    ),
    (
        "De leverancier zal zich inspannen om een vervanger met een gelijkwaardig profiel voor "
        "te stellen.",
        "team.replacement",
        "partial",
    ),
    (
        "We aim to complete the installation within three weeks of the order.",
        "risk.best_efforts_only",
        "raised",
    ),
    (
        "Onze inzet is erop gericht de oplevering binnen de afgesproken termijn te realiseren.",
        "risk.best_efforts_only",
        "raised",
    ),
    (
        "The Supplier undertakes to deliver the system by 1 March 2027 (obligation of result).",
        "risk.best_efforts_only",
        "not",
    ),
    (
        "Le prestataire est tenu à une obligation de résultat quant à la date de mise en "
        "production.",
        "risk.best_efforts_only",
        "not",
    ),
]


@pytest.mark.parametrize(
    ("text", "item_id", "expected"),
    TABLES_AND_SYNONYMS + WRONG_SENSE_TABLES_AND_SYNONYMS + HEDGED,
)
def test_phrasing(text, item_id, expected):
    assert status_of(text, item_id) == expected


def test_a_department_as_the_contact_names_no_one():
    text = "Votre interlocuteur reste le service commercial."
    assert status_of(text, "team.named_team") != "covered"


# a short section whose heading names the topic: the first sentences under it count
UNDER_HEADING = [
    (
        "5. Formation\nDeux sessions de trois heures pour les utilisateurs clés, dans vos "
        "locaux.\n\n6. Prix\nVoir annexe.",
        "rollout.user_support",
        "covered",
    ),
    (
        "7. Acceptance\nThe Client has 10 working days to report any issues.\n\n8. Fees\n"
        "See annex.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "7. Recette\nLe client dispose de 10 jours ouvrables pour formuler ses remarques.\n\n"
        "8. Prix\nVoir annexe.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "3. Go-live\nPlanned for 14 April 2027, outside opening hours.\n\n4. Fees\nSee annex.",
        "rollout.deployment",
        "covered",
    ),
    (
        "3. Installatie\nOp 14 en 15 april 2027, buiten de openingsuren.\n\n4. Prijs\nZie bijlage.",
        "rollout.deployment",
        "covered",
    ),
    (
        "4. Data migration\nCustomers, items and open invoices, up to three test runs.\n\n"
        "5. Fees\nSee annex.",
        "rollout.data_migration",
        "partial",
    ),
    (
        "3. Vervanging van consultants\nBinnen 5 werkdagen, met een gelijkwaardig profiel.\n\n"
        "4. Prijs\nZie bijlage.",
        "team.replacement",
        "covered",
    ),
    # a French "Acceptation" heading is the acceptance of the offer; a device's replacement or
    # business continuity is no team's; the address of an installation is no installation
    (
        "9. Acceptation\nLa présente convention est acceptée par votre bon de commande.\n\n"
        "10. Divers\nNéant.",
        "rollout.acceptance",
        "missing",
    ),
    (
        "11. Continuity\nThe Supplier keeps a business continuity plan and tests it every "
        "year.\n\n12. Fees\nSee annex.",
        "team.replacement",
        "missing",
    ),
    (
        "5. Replacement\nDefective devices are replaced within 2 business days.\n\n6. Fees\n"
        "See annex.",
        "team.replacement",
        "missing",
    ),
    (
        "2. Installation address\nRue de la Loi 12, 1000 Bruxelles.\n\n3. Prix\nVoir annexe.",
        "rollout.deployment",
        "missing",
    ),
    # the signature block of the order or the offer is no acceptance of deliverables
    (
        "ACCEPTED AND AGREED\n\nFor Acme Software BV\nName: Jan Peeters, Sales Director\n"
        "Signature: ________",
        "rollout.acceptance",
        "missing",
    ),
    (
        "Acceptance of this quotation\nPlease sign below and return a copy to us.\n\n"
        "Signature: ________",
        "rollout.acceptance",
        "missing",
    ),
    (
        "Aanvaarding van de offerte\nGelieve een ondertekend exemplaar terug te sturen.\n\n"
        "Handtekening: ________",
        "rollout.acceptance",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "item_id", "expected"), UNDER_HEADING)
def test_under_a_topic_heading(text, item_id, expected):
    assert status_of(text, item_id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In case of illness we assign another engineer within two working days.",
        "En cas d'absence prolongée, un autre consultant de même profil reprend le dossier "
        "sous 5 jours.",
    ],
)
def test_continuity_when_someone_is_away(text):
    assert status_of(text, "team.replacement") == "covered"


def test_the_suppliers_own_training_is_no_user_support():
    text = "Our engineers follow at least 5 days of vendor training per year."
    assert status_of(text, "rollout.user_support") == "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person with a role after a dash or in brackets; the project led by someone
        ("Anna Maes - project lead", "covered"),
        (
            "Tom Wouters (lead developer) and Sara Peeters (functional analyst) form the "
            "project team.",
            "covered",
        ),
        ("Het project wordt geleid door Koen Martens, senior projectleider bij ons.", "covered"),
        ("Le projet est piloté par Mme Claire Dubois, directrice de projet.", "covered"),
        (
            "The project is led by Ms Eva Martens, our senior implementation consultant.",
            "covered",
        ),
        ("Votre consultant attitré est M. Luc Fontaine.", "covered"),
        ("Your dedicated consultant is Mr Bart Claes.", "covered"),
        # led by the client, a role with no one named
        ("The project is managed by the Client's IT department.", "missing"),
        ("Le comité est dirigé par le client.", "missing"),
        ("Your consultant is responsible for the quality of the advice.", "missing"),
    ],
)
def test_named_team_in_sentences(text, expected):
    assert status_of(text, "team.named_team") == expected
