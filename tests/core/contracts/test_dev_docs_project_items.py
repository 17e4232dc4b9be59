"""Each labelled item of the timing/team/reporting development documents, and the general
patterns behind their misses (nl/fr/en), each with a wrong-sense negative."""

import pytest

from vendorpact.core.contracts import analyse_text

from .test_dev_docs_project_dev_documents import DEV_DOCUMENTS

CASES = [
    pytest.param(name, item_id, expected, id=f"{name}-{item_id}")
    for name, (_text, labels) in DEV_DOCUMENTS.items()
    for item_id, expected in labels.items()
]


@pytest.mark.parametrize(("name", "item_id", "expected"), CASES)
def test_item_status_matches_label(name, item_id, expected):
    text = DEV_DOCUMENTS[name][0]
    assert analyse_text(text, learned=False).item(item_id).status == expected


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


PATTERNS = [
    # a planning in numbered weeks ("Weeks 3-5: ...")
    (
        "Weeks 3-5: build and unit testing of the interfaces to the webshop.",
        "timing.planning",
        "covered",
    ),
    # the client's contribution with the verb before the subject (Dutch inversion)
    (
        "Daarnaast bezorgt de opdrachtgever ten laatste twee weken voor de opstart een lijst "
        "van alle gebruikers met hun rechten.",
        "timing.client_obligations",
        "covered",
    ),
    (
        "Opdrachtgever verleent tijdig alle medewerking die Opdrachtnemer vraagt, uiterlijk "
        "binnen vijf werkdagen na elk verzoek.",
        "timing.client_obligations",
        "covered",
    ),
    # what the client must do, under a proposal's heading for it
    (
        "4. What we need from you\n"
        "Access to your Microsoft 365 tenant with administrator rights before the kick-off "
        "meeting.",
        "timing.client_obligations",
        "covered",
    ),
    (
        "3. Inbreng van de klant\n"
        "Toegang tot de serverruimte en een werkplek voor onze technicus uiterlijk op de "
        "eerste projectdag.",
        "timing.client_obligations",
        "covered",
    ),
    # waiting time caused by the client, and what it costs
    (
        "Wachttijden door ontbrekende input van de klant worden aangerekend aan het uurtarief.",
        "timing.delay",
        "covered",
    ),
    (
        "Les temps d'attente imputables au client sont facturés au tarif horaire en vigueur.",
        "timing.delay",
        "covered",
    ),
    (
        "Idle time caused by missing input from the client is charged at the daily rate.",
        "timing.delay",
        "covered",
    ),
    # a missed term in Dutch, with a replanning as its consequence, or only talks
    (
        "Wordt een termijn overschreden, dan legt de leverancier binnen vijf werkdagen een "
        "herziene planning voor.",
        "timing.delay",
        "covered",
    ),
    (
        "Dreigt de leverancier een termijn te overschrijden, dan overleggen partijen over de "
        "gevolgen.",
        "timing.delay",
        "partial",
    ),
    # a replacement of the same level, announced in advance
    (
        "Valt een consultant langdurig uit, dan stelt de leverancier een vervanger van hetzelfde "
        "niveau voor.",
        "team.replacement",
        "covered",
    ),
    (
        "En cas d'indisponibilité d'un consultant, le prestataire propose un remplaçant de même "
        "niveau.",
        "team.replacement",
        "covered",
    ),
    (
        "Een consultant wordt slechts vervangen na melding vijf werkdagen vooraf.",
        "team.replacement",
        "covered",
    ),
    # the feminine French project manager, and "<name> is your project manager"
    (
        "Mme Nathalie Renard est la cheffe de projet du prestataire.",
        "team.named_team",
        "covered",
    ),
    (
        "Jan Goossens is your dedicated project manager.",
        "team.named_team",
        "covered",
    ),
    # a steering body that meets or whose members are named; a meeting every two weeks
    (
        "A steering committee composed of both managing directors decides on changes in scope.",
        "reporting.governance",
        "covered",
    ),
    (
        "Het stuurgroepoverleg vindt om de twee weken plaats.",
        "reporting.governance",
        "covered",
    ),
    # progress reports on a weekday, every two weeks, after every sprint
    (
        "Elke vrijdag ontvangt de klant een verslag van de uitgevoerde werkzaamheden.",
        "reporting.progress",
        "covered",
    ),
    (
        "Un rapport d'avancement est transmis au client toutes les deux semaines.",
        "reporting.progress",
        "covered",
    ),
    (
        "A status report is sent to the client after every sprint.",
        "reporting.progress",
        "covered",
    ),
    # handing the documentation over, a handover session
    (
        "Bij de oplevering draagt de leverancier de volledige documentatie over aan de klant.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "We hold a handover workshop with your IT team at the end of the project.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "En fin de mission, le prestataire transfère la documentation d'exploitation à "
        "l'équipe informatique du client.",
        "team.knowledge_transfer",
        "covered",
    ),
    # a second person reviews the work
    (
        "Every deliverable is peer-reviewed by a senior consultant before it is sent.",
        "team.quality",
        "covered",
    ),
    (
        "Alle code wordt nagelezen door een tweede ontwikkelaar.",
        "team.quality",
        "covered",
    ),
    (
        "Chaque livrable est relu par un second consultant avant sa remise.",
        "team.quality",
        "covered",
    ),
    # the topic named with nothing settled stays partial
    (
        "Knowledge transfer will be discussed between the parties.",
        "team.knowledge_transfer",
        "partial",
    ),
    (
        "A steering committee will be set up.",
        "reporting.governance",
        "partial",
    ),
]

WRONG_SENSE = [
    # planning as the client's business or a module of the software
    (
        "The software supports the production planning of the bakery.",
        "timing.planning",
    ),
    (
        "Het pakket omvat de modules boekhouding en personeelsplanning.",
        "timing.planning",
    ),
    (
        "Enterprise resource planning software is licensed per named user.",
        "timing.planning",
    ),
    # the clock of a resolution time that stops while waiting for the client
    (
        "De wachttijd op informatie van de klant telt niet mee in de oplostijd.",
        "timing.delay",
    ),
    (
        "Waiting time for the customer's answer is excluded from the resolution time.",
        "timing.delay",
    ),
    # paying after the payment term is no delay of the work
    (
        "Bij overschrijding van de betalingstermijn is een verwijlintrest verschuldigd.",
        "timing.delay",
    ),
    # a review by someone who is not checking the work's quality
    (
        "The contract was reviewed by the legal department of the customer.",
        "team.quality",
    ),
]

MORE_PATTERNS = [
    # a month and a year; a key-value line with a planned date; the work starting within a term
    ("Oplevering van fase 1 is voorzien tegen eind maart 2027.", "timing.planning", "covered"),
    ("Go-live: 1 June 2027.", "timing.planning", "covered"),
    (
        "Startdatum project: 06/01/2027 - Einddatum: 30/04/2027",
        "timing.planning",
        "covered",
    ),
    (
        "De werken starten binnen drie weken na ondertekening van de bestelbon.",
        "timing.planning",
        "covered",
    ),
    (
        "La livraison du module facturation interviendra au plus tard six semaines après la "
        "commande.",
        "timing.planning",
        "covered",
    ),
    # the client addressed as "u"; a moment such as "dès le démarrage"
    (
        "U zorgt voor een werkende internetverbinding op de dag van de installatie.",
        "timing.client_obligations",
        "covered",
    ),
    (
        "Le client met à disposition un local et un accès VPN dès le démarrage du projet.",
        "timing.client_obligations",
        "covered",
    ),
    # Belgian "laattijdig", "dépassement du délai", a missed milestone, an extension
    (
        "Bij laattijdige oplevering is de leverancier een schadevergoeding verschuldigd van 1 % "
        "per week.",
        "timing.delay",
        "covered",
    ),
    (
        "En cas de dépassement du délai de livraison imputable au prestataire, une indemnité "
        "forfaitaire de 100 euros par jour calendrier est due.",
        "timing.delay",
        "covered",
    ),
    (
        "If the Supplier misses a milestone date, it pays 0.5% of the fee for each week of "
        "lateness.",
        "timing.delay",
        "covered",
    ),
    (
        "Vertragingen die te wijten zijn aan de klant geven recht op een evenredige verlenging "
        "van de uitvoeringstermijn.",
        "timing.delay",
        "covered",
    ),
    # a role key with a name; a team that consists of roles
    (
        "Ontwikkelaar: Pieter Janssens (8 jaar ervaring met .NET)",
        "team.named_team",
        "covered",
    ),
    (
        "Het projectteam bestaat uit een projectleider, twee ontwikkelaars en een tester.",
        "team.named_team",
        "covered",
    ),
    # removing key personnel only with consent
    (
        "The Supplier shall not remove key personnel without the Customer's prior written consent.",
        "team.replacement",
        "covered",
    ),
    # Dutch participle of testing and a test environment
    (
        "Alle ontwikkelingen worden getest op een aparte testomgeving vóór ze in productie gaan.",
        "team.quality",
        "covered",
    ),
    # escalation as a path; status meetings and a weekly or fortnightly meeting
    (
        "Escalation: issues not solved by the project managers within five working days are "
        "escalated to the managing directors.",
        "reporting.governance",
        "covered",
    ),
    (
        "Projectopvolging gebeurt via een wekelijkse statusmeeting.",
        "reporting.governance",
        "covered",
    ),
    (
        "Er wordt een tweewekelijks opvolgingsoverleg gehouden tussen de projectleiders van "
        "beide partijen.",
        "reporting.governance",
        "covered",
    ),
]

MORE_WRONG_SENSE = [
    # the client's own planning cycle
    ("The Customer's annual planning cycle starts in September.", "timing.planning"),
    # a late payment and its interest
    ("Bij laattijdige betaling is een intrest van 8 % per jaar verschuldigd.", "timing.delay"),
    ("Tout paiement tardif entraîne des intérêts de retard au taux légal.", "timing.delay"),
    # the software's own reports
    (
        "The software produces weekly reports of stock levels for the Customer's warehouse.",
        "reporting.progress",
    ),
    (
        "The Customer uses the reporting module to produce monthly sales reports.",
        "reporting.progress",
    ),
    # a rate card's role lines name no team
    ("Senior analyst: € 100,00 per uur. Junior analyst: € 85,00 per uur.", "team.named_team"),
    # "Consultant:" or "Developer:" naming a party of a consulting or development agreement
    (
        "Consultant: Acme Advisory Group LLC, a Delaware limited liability company.",
        "team.named_team",
    ),
    # a price escalation is no escalation path
    (
        "Price escalation is limited to the consumer price index.",
        "reporting.governance",
    ),
    # trademark quality control is no quality of the work delivered
    (
        "Licensee shall use the Marks in accordance with Licensor's quality control standards.",
        "team.quality",
    ),
    # the counterparty of a letter agreement addressed as "you"
    (
        "Nationwide will pay you a fee for the services you provide under this letter.",
        "timing.client_obligations",
    ),
    (
        "You appoint us as your exclusive attorney-in-fact to settle all disputes.",
        "timing.client_obligations",
    ),
    (
        "You must obtain our prior written consent before engaging any subcontractor.",
        "timing.client_obligations",
    ),
    # replacing hardware is no replacement of people
    ("Le prestataire remplace le matériel défectueux dans les 48 heures.", "team.replacement"),
    # the client testing what it receives
    ("De software wordt na de oplevering door de klant getest.", "team.quality"),
]

FOUND_CASES = PATTERNS + MORE_PATTERNS
WRONG_SENSE_CASES = WRONG_SENSE + MORE_WRONG_SENSE


@pytest.mark.parametrize(("text", "item_id", "expected"), FOUND_CASES)
def test_general_pattern_is_found(text, item_id, expected):
    assert status_of(text, item_id) == expected


@pytest.mark.parametrize(("text", "item_id"), WRONG_SENSE_CASES)
def test_wrong_sense_is_not_counted(text, item_id):
    assert status_of(text, item_id) == "missing"
