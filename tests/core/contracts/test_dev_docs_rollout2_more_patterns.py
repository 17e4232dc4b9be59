"""More team, reporting and rollout phrasings of the same families as
test_dev_docs_rollout2_patterns.py, and key-value lines, table rows and passive word orders,
written to probe the rules after the round-2 documents were settled (not taken from any
document): going live in other words, approval or rejection of a deliverable, training by the
Dutch verb and in the passive, existing data moved into the new system, knowledge handed over by
coaching or "inwerken", ISO and ITIL, continuity when a team member is away, an escalation path
in steps, best efforts in more words. Each with wrong-sense sentences that must not count."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    result = analyse_text(text, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


SETTLED = [
    ("Het platform gaat live op 1 februari 2027.", "rollout.deployment", "covered"),
    ("De livezetting van de website is voorzien in week 12.", "rollout.deployment", "covered"),
    ("La bascule vers le nouveau système a lieu le 13 mars 2027.", "rollout.deployment", "covered"),
    ("The new system goes live on 14 April 2027.", "rollout.deployment", "covered"),
    ("De nieuwe software wordt in gebruik genomen op 3 mei 2027.", "rollout.deployment", "covered"),
    (
        "Switch-over to the new telephone platform takes place over the weekend of 6 March 2027.",
        "rollout.deployment",
        "covered",
    ),
    (
        "De overschakeling naar het nieuwe kassasysteem gebeurt op maandag 4 januari 2027.",
        "rollout.deployment",
        "covered",
    ),
    (
        "Deliverables not rejected in writing within 10 business days are deemed approved.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Het opleveringsdocument wordt binnen vijf werkdagen door de klant afgetekend.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Le client dispose de dix jours ouvrables pour valider le livrable; à défaut, il est "
        "considéré comme validé.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Elk opgeleverd onderdeel wordt door de klant getest en binnen tien werkdagen goedgekeurd "
        "of afgekeurd met opgave van redenen.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "De leverancier leidt de sleutelgebruikers op in twee sessies van een halve dag.",
        "rollout.user_support",
        "covered",
    ),
    (
        "Na de livegang biedt de leverancier twee weken nazorg op locatie.",
        "rollout.user_support",
        "covered",
    ),
    (
        "The Supplier provides a two-hour walkthrough for all staff before go-live.",
        "rollout.user_support",
        "covered",
    ),
    (
        "Le prestataire assure deux sessions de prise en main pour les utilisateurs.",
        "rollout.user_support",
        "covered",
    ),
    (
        "Gebruikers kunnen de eerste maand na de livegang terecht bij een floorwalker.",
        "rollout.user_support",
        "covered",
    ),
    (
        "Bestaande klantgegevens worden door ons overgezet naar het nieuwe CRM.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "The Supplier will load your existing product catalogue (about 4,000 items) into the "
        "webshop.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "Le prestataire reprend l'historique des ventes de l'ancien logiciel de caisse.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "We zetten de bestaande mailboxen over naar Microsoft 365.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "Existing content will be moved to the new website by our team before launch.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "Gedurende de eerste drie maanden na de oplevering worden bugs gratis opgelost.",
        "rollout.warranty",
        "covered",
    ),
    ("Bugs found within 90 days of go-live are fixed at no cost.", "rollout.warranty", "covered"),
    (
        "Pendant trois mois après la mise en production, les bugs sont corrigés sans frais.",
        "rollout.warranty",
        "covered",
    ),
    ("Na oplevering geldt een garantieperiode van 60 dagen.", "rollout.warranty", "covered"),
    (
        "De leverancier documenteert alle instellingen in een overdrachtsdocument.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "At the end of the project we hand over all passwords, configurations and documentation "
        "to your IT team.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Le prestataire transfère les connaissances à l'équipe interne lors de deux ateliers.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Onze consultant werkt uw interne beheerder in gedurende twee dagen.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "The Supplier will coach the Client's administrators so they can run the platform "
        "independently.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Alle code wordt nagekeken door een tweede ontwikkelaar voordat ze wordt opgeleverd.",
        "team.quality",
        "covered",
    ),
    (
        "We werken volgens ITIL en onze processen zijn ISO 27001-gecertificeerd.",
        "team.quality",
        "covered",
    ),
    (
        "All changes are peer reviewed and pass automated tests before deployment.",
        "team.quality",
        "covered",
    ),
    ("Le prestataire applique une démarche qualité certifiée ISO 9001.", "team.quality", "covered"),
    (
        "Bij afwezigheid van de projectleider neemt zijn collega de taken over.",
        "team.replacement",
        "covered",
    ),
    (
        "Si le chef de projet quitte la société, le prestataire propose un remplaçant de même "
        "niveau dans les 10 jours.",
        "team.replacement",
        "covered",
    ),
    (
        "Should a key team member leave the Supplier, a replacement with equivalent skills will "
        "be proposed within 10 business days.",
        "team.replacement",
        "covered",
    ),
    (
        "Het team bestaat uit twee senior consultants en één junior ontwikkelaar.",
        "team.seniority",
        "covered",
    ),
    ("Tous nos techniciens sont certifiés Microsoft.", "team.seniority", "covered"),
    (
        "Our engineers are Cisco-certified (CCNP) and have over 5 years of experience.",
        "team.seniority",
        "covered",
    ),
    ("Uw vaste aanspreekpunt is Jan Peeters (jan@firma.be).", "team.named_team", "covered"),
    ("Le chef de projet désigné est M. Luc Martin.", "team.named_team", "covered"),
    (
        "Maandelijks ontvangt u een rapport met de gepresteerde uren en de status van de tickets.",
        "reporting.progress",
        "covered",
    ),
    (
        "Le prestataire envoie chaque mois un rapport d'activité au client.",
        "reporting.progress",
        "covered",
    ),
    ("Every two weeks we send a short written status overview.", "reporting.progress", "covered"),
    (
        "Tweewekelijks krijgt u een overzicht van de stand van het project.",
        "reporting.progress",
        "covered",
    ),
    (
        "Elk kwartaal vindt een evaluatiegesprek plaats met de klant.",
        "reporting.governance",
        "covered",
    ),
    (
        "Escalaties gaan eerst naar de projectleider en daarna naar de zaakvoerder.",
        "reporting.governance",
        "covered",
    ),
    ("A monthly service review is held between the parties.", "reporting.governance", "covered"),
    ("Un comité de suivi se réunit chaque trimestre.", "reporting.governance", "covered"),
    (
        "Le prestataire s'engage à mettre en œuvre les moyens nécessaires pour respecter le "
        "planning.",
        "risk.best_efforts_only",
        "raised",
    ),
    (
        "De leverancier zal naar best vermogen trachten de planning te respecteren.",
        "risk.best_efforts_only",
        "raised",
    ),
    (
        "We will do our best to deliver the website by the agreed date.",
        "risk.best_efforts_only",
        "raised",
    ),
]

WRONG_SENSE = [
    (
        "En cas d'incident majeur, bascule sur le site de secours en 4 heures.",
        "rollout.deployment",
        "missing",
    ),
    (
        "The Customer may switch to another subscription plan at any time.",
        "rollout.deployment",
        "missing",
    ),
    ("Invoices not disputed within 15 days are deemed approved.", "rollout.acceptance", "missing"),
    (
        "De werkbon wordt door de klant afgetekend na elke interventie.",
        "rollout.acceptance",
        "missing",
    ),
    (
        "De leverancier leidt zijn eigen technici op bij de fabrikant.",
        "rollout.user_support",
        "missing",
    ),
    (
        "Existing customers will be moved to the new price list on 1 January.",
        "rollout.data_migration",
        "missing",
    ),
    ("De bestaande gegevens blijven eigendom van de klant.", "rollout.data_migration", "missing"),
    ("De consultant werkt in regie aan 95 euro per uur.", "team.knowledge_transfer", "missing"),
    (
        "The platform runs independently of the Client's network.",
        "team.knowledge_transfer",
        "missing",
    ),
    (
        "Bij afwezigheid van de klant wordt een nieuwe afspraak gemaakt.",
        "team.replacement",
        "missing",
    ),
    (
        "Replacement parts for the key personnel laptops are invoiced at cost.",
        "team.replacement",
        "missing",
    ),
    ("First aid kits must then be available on site.", "reporting.governance", "missing"),
    (
        "Le prestataire fait son possible pour préserver la confidentialité des données.",
        "risk.best_efforts_only",
        "not",
    ),
    (
        "The Supplier will do its best to obtain the landlord's consent.",
        "risk.best_efforts_only",
        "not",
    ),
    ("Invoices not disputed within 15 days are deemed approved.", "rollout.acceptance", "missing"),
    (
        "The platform runs independently of the Client's network.",
        "team.knowledge_transfer",
        "missing",
    ),
]


# key-value lines, table rows and passive word orders
KEY_VALUE_AND_PASSIVE = [
    ("Opleiding: 2 halve dagen voor de key users, inbegrepen.", "rollout.user_support", "covered"),
    ("Formation : 2 x 1/2 jour pour les utilisateurs, incluse.", "rollout.user_support", "covered"),
    (
        "Training: 2 sessions for end users, included in the price.",
        "rollout.user_support",
        "covered",
    ),
    ("Installatie en configuratie | 2 dagen | € 1.900", "rollout.deployment", "covered"),
    ("Mise en production : 03/05/2027", "rollout.deployment", "covered"),
    ("Ingebruikname: week 12", "rollout.deployment", "covered"),
    ("Data migration | included | EUR 2,400", "rollout.data_migration", "covered"),
    ("Migratie van gegevens: inbegrepen in de vaste prijs.", "rollout.data_migration", "covered"),
    ("Gegevensmigratie | 3 dagen | € 2.550", "rollout.data_migration", "covered"),
    (
        "Reprise des données clients et articles | forfait | 1.200,00 €",
        "rollout.data_migration",
        "covered",
    ),
    (
        "Acceptatie: binnen 10 werkdagen na oplevering, schriftelijk.",
        "rollout.acceptance",
        "covered",
    ),
    ("Recette : 15 jours ouvrables à compter de la livraison.", "rollout.acceptance", "covered"),
    ("Acceptance period: 10 business days after delivery.", "rollout.acceptance", "covered"),
    ("Warranty: 90 days from go-live.", "rollout.warranty", "covered"),
    (
        "Tot drie maanden na de oplevering herstelt de leverancier fouten gratis.",
        "rollout.warranty",
        "covered",
    ),
    (
        "Jusqu'à trois mois après la livraison, le prestataire corrige gratuitement les anomalies.",
        "rollout.warranty",
        "covered",
    ),
    (
        "Up to 90 days after acceptance, the Supplier fixes reported bugs at no charge.",
        "rollout.warranty",
        "covered",
    ),
    (
        "Documentation: administrator and user manuals in Dutch, delivered at go-live.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Documentatie: beheerders- en gebruikershandleiding in het Nederlands.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Rapportage: maandelijks, met de gepresteerde uren per project.",
        "reporting.progress",
        "covered",
    ),
    ("Reporting: monthly service report with ticket statistics.", "reporting.progress", "covered"),
    ("Rapport : mensuel, avec l'état des tickets.", "reporting.progress", "covered"),
    ("Overleg: driemaandelijks met de accountmanager.", "reporting.governance", "covered"),
    ("Comité de pilotage : trimestriel.", "reporting.governance", "covered"),
    (
        "Steering committee: quarterly, chaired by the Client's CIO.",
        "reporting.governance",
        "covered",
    ),
    ("Ervaring: minimaal 5 jaar met Odoo-implementaties.", "team.seniority", "covered"),
    ("Expérience : 5 ans minimum en développement Java.", "team.seniority", "covered"),
    ("Profile: senior developer, 8+ years of Java.", "team.seniority", "covered"),
    (
        "Vervanging consultant: binnen 10 werkdagen, zonder kosten voor de klant.",
        "team.replacement",
        "covered",
    ),
    (
        "Remplacement d'un consultant : sous 10 jours ouvrables, sans frais.",
        "team.replacement",
        "covered",
    ),
    ("Kwaliteit: ISO 9001-gecertificeerde processen.", "team.quality", "covered"),
    (
        "De leverancier test elke release op een aparte testomgeving vooraleer ze te installeren.",
        "team.quality",
        "covered",
    ),
    ("Getest wordt er op een aparte testomgeving door de leverancier.", "team.quality", "covered"),
    ("Projectleider: Jan Peeters (jan.peeters@firma.be)", "team.named_team", "covered"),
    (
        "Your project team: Anna Maes (project lead), Tom Wouters (developer).",
        "team.named_team",
        "covered",
    ),
    ("Votre interlocuteur : Marc Dupont, 0475 12 34 56", "team.named_team", "covered"),
    ("Opgeleid worden: 12 sleutelgebruikers, in 3 sessies.", "rollout.user_support", "covered"),
    (
        "Users are trained on site in groups of 8, one half-day per group.",
        "rollout.user_support",
        "covered",
    ),
    (
        "Les utilisateurs sont formés sur site par groupes de 8, une demi-journée par groupe.",
        "rollout.user_support",
        "covered",
    ),
    (
        "De gebruikers worden ter plaatse opgeleid in groepen van 8, een halve dag per groep.",
        "rollout.user_support",
        "covered",
    ),
    (
        "The customer's historical orders (about 30,000) are imported before go-live.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "Les données de l'ancien ERP sont importées avant la mise en production.",
        "rollout.data_migration",
        "covered",
    ),
    (
        "The Client tests the deliverable within 10 working days and reports any non-conformities "
        "in writing.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "De klant test de oplevering binnen tien werkdagen en meldt eventuele gebreken "
        "schriftelijk.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Le client vérifie le livrable dans les 10 jours ouvrables et signale par écrit toute "
        "non-conformité.",
        "rollout.acceptance",
        "covered",
    ),
    (
        "Na afloop van het project ontvangt de klant alle documentatie en wachtwoorden.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Na elke sprint demonstreren we het resultaat tijdens een sprint review.",
        "reporting.governance",
        "covered",
    ),
]

WRONG_SENSE_KEY_VALUE_AND_PASSIVE = [
    (
        "Our engineers are trained by the manufacturer every year.",
        "rollout.user_support",
        "missing",
    ),
    (
        "Onze medewerkers worden jaarlijks opgeleid bij de fabrikant.",
        "rollout.user_support",
        "missing",
    ),
    (
        "Nos techniciens sont formés chaque année par le constructeur.",
        "rollout.user_support",
        "missing",
    ),
    ("The Client tests its backups once a month.", "rollout.acceptance", "missing"),
    ("De klant test zijn noodstroomgroep jaarlijks.", "rollout.acceptance", "missing"),
    ("Existing orders are invoiced at the old price.", "rollout.data_migration", "missing"),
    ("Les données du client sont hébergées en Belgique.", "rollout.data_migration", "missing"),
    (
        "Experience: the platform has been used by 200 schools for 5 years.",
        "team.seniority",
        "missing",
    ),
    ("Reports: see the portal.", "reporting.progress", "missing"),
    ("Meetings: on request of the Client.", "reporting.governance", "missing"),
    (
        "Up to 90 days after the invoice date, the Client may pay without interest.",
        "rollout.warranty",
        "missing",
    ),
]


# table rows, presence after go-live, conversions, technical files, checks on a separate
# environment, named certifications, dashboards and review meetings
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
    SETTLED
    + WRONG_SENSE
    + KEY_VALUE_AND_PASSIVE
    + WRONG_SENSE_KEY_VALUE_AND_PASSIVE
    + TABLES_AND_SYNONYMS
    + WRONG_SENSE_TABLES_AND_SYNONYMS
    + HEDGED,
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
