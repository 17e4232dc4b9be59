"""More team, reporting and rollout phrasings of the same families as
test_dev_docs_rollout2_patterns.py, and key-value lines, table rows and passive word orders,
written to probe the rules after the round-2 documents were settled (not taken from any
document): going live in other words, approval or rejection of a deliverable, training by the
Dutch verb and in the passive, existing data moved into the new system, knowledge handed over by
coaching or "inwerken", ISO and ITIL, continuity when a team member is away, an escalation path
in steps, best efforts in more words. Each with wrong-sense sentences that must not count.
Table rows, synonyms, hedges and topic headings: test_dev_docs_rollout2_table_patterns.py."""

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
@pytest.mark.parametrize(
    ("text", "item_id", "expected"),
    SETTLED + WRONG_SENSE + KEY_VALUE_AND_PASSIVE + WRONG_SENSE_KEY_VALUE_AND_PASSIVE,
)
def test_phrasing(text, item_id, expected):
    assert status_of(text, item_id) == expected
