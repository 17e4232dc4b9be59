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

THIRD_PATTERNS = [
    # an expected date, completion within a term
    ("Mise en production envisagée : semaine 14.", "timing.planning", "covered"),
    (
        "The project is expected to be completed within 12 weeks of the kick-off meeting.",
        "timing.planning",
        "covered",
    ),
    # "is responsible for providing" with no moment: partial
    (
        "Customer is responsible for providing timely access to its premises and systems.",
        "timing.client_obligations",
        "partial",
    ),
    # a postponement ("report") as the consequence; no damages for a delay settles it
    (
        "Tout retard imputable au client entraîne un report équivalent de la date de livraison.",
        "timing.delay",
        "covered",
    ),
    (
        "Vertraging in de levering geeft de klant geen recht op ontbinding of schadevergoeding.",
        "timing.delay",
        "covered",
    ),
    # indicative delivery terms: partial by the shared definition
    (
        "Leveringstermijnen zijn indicatief; een overschrijding geeft geen recht op "
        "schadevergoeding.",
        "timing.delay",
        "partial",
    ),
    ("Les délais de livraison sont donnés à titre indicatif.", "timing.delay", "partial"),
    # "manufacture" is no invoicing; a delay that does not happen postpones nothing
    (
        "A delay in the manufacture of the Products suspends the annual minimums.",
        "timing.delay",
        "partial",
    ),
    (
        "Arbitration will not delay or postpone the performance of the undisputed obligations.",
        "timing.delay",
        "partial",
    ),
    # a team that "se compose de" named roles
    (
        "Notre équipe se compose d'un chef de projet, Julie Lemaire, et de deux développeurs.",
        "team.named_team",
        "covered",
    ),
    # changes to the team and its continuity
    (
        "Changes to the team require the Client's prior approval.",
        "team.replacement",
        "covered",
    ),
    (
        "Wijzigingen in de samenstelling van het team worden vooraf met de klant besproken.",
        "team.replacement",
        "covered",
    ),
    (
        "Le prestataire s'engage à assurer la stabilité de l'équipe pendant toute la durée du "
        "projet.",
        "team.replacement",
        "covered",
    ),
    # documentation supplied in the present tense, handing over to the internal team,
    # documenting changes
    (
        "Le prestataire fournit la documentation utilisateur en français et en néerlandais à "
        "la mise en production.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Na de livegang volgt een overdracht naar het interne IT-team in twee sessies.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "The Supplier will document all configuration changes in the customer's wiki.",
        "team.knowledge_transfer",
        "covered",
    ),
    # a status e-mail; evaluation meetings; an escalation path between people
    ("A short status e-mail is sent every Friday afternoon.", "reporting.progress", "covered"),
    (
        "Elk kwartaal vindt een evaluatiegesprek plaats tussen de accountmanager en de klant.",
        "reporting.governance",
        "covered",
    ),
    (
        "Eventuele problemen worden eerst voorgelegd aan de projectleiders, daarna aan de "
        "zaakvoerders.",
        "reporting.governance",
        "covered",
    ),
]

THIRD_WRONG_SENSE = [
    # the client paying is the payment terms, not a contribution to the work
    ("Vous devez payer les factures dans les 30 jours.", "timing.client_obligations"),
    ("U betaalt de facturen binnen dertig dagen na factuurdatum.", "timing.client_obligations"),
    # a payment completed within a term is the payment terms
    ("Payment shall be completed within 30 days of the invoice.", "timing.planning"),
    ("Le paiement doit être réalisé dans les 30 jours.", "timing.planning"),
    # timesheets document the hours, not the solution
    ("The Supplier shall document its work in timesheets.", "team.knowledge_transfer"),
    # the client's own reports in a portal
    (
        "Le client peut générer des rapports de ventes depuis l'application.",
        "reporting.progress",
    ),
]

FOURTH_PATTERNS = [
    # the staff's knowledge or certificates; qualified staff without a level
    (
        "Onze medewerkers beschikken over de nodige kennis en Microsoft-certificaten.",
        "team.seniority",
        "covered",
    ),
    (
        "De prestaties worden uitgevoerd door gekwalificeerde medewerkers.",
        "team.seniority",
        "partial",
    ),
    # a work order or intervention report after each intervention
    (
        "Na elke interventie ontvangt de klant een werkbon met de gepresteerde uren.",
        "reporting.progress",
        "covered",
    ),
    (
        "Une fiche d'intervention est remise au client après chaque passage du technicien.",
        "reporting.progress",
        "covered",
    ),
    # the work starting on a date
    (
        "Les prestations débuteront le 1er février 2027 pour une durée estimée de trois mois.",
        "timing.planning",
        "covered",
    ),
    # the French project manager replaced, a change of consultant, replacement on absence
    (
        "Le prestataire s'engage à ne pas remplacer le chef de projet sans l'accord préalable "
        "du client.",
        "team.replacement",
        "covered",
    ),
    (
        "Tout changement d'intervenant est notifié au client au moins quinze jours à l'avance.",
        "team.replacement",
        "covered",
    ),
    (
        "Bij ziekte of afwezigheid van de consultant voorziet de leverancier binnen vijf "
        "werkdagen in vervanging.",
        "team.replacement",
        "covered",
    ),
    # a trained role of the supplier, with no level: partial
    (
        "Calls are answered by a trained customer support representative of the Supplier.",
        "team.seniority",
        "partial",
    ),
    # cancelling the order as the consequence of a delay
    (
        "In geval van vertraging van meer dan vier weken heeft de klant het recht de bestelling "
        "te annuleren.",
        "timing.delay",
        "covered",
    ),
    # the client missing its terms, replanned by common agreement: partial (shared definition)
    (
        "Si le client ne fournit pas les éléments demandés dans les délais, le planning est "
        "revu d'un commun accord.",
        "timing.delay",
        "partial",
    ),
]

FOURTH_WRONG_SENSE = [
    # the client's own contact for its invoices is no delivery team
    ("De klant duidt een contactpersoon aan voor de facturatie.", "team.named_team"),
    # a delay in exercising a right is the waiver boilerplate
    ("Any delay in exercising a right shall not be a waiver of that right.", "timing.delay"),
    (
        "Het niet of laattijdig uitoefenen van een recht geldt niet als afstand ervan.",
        "timing.delay",
    ),
    (
        "Le fait de ne pas exercer ou d'exercer tardivement un droit ne vaut pas renonciation.",
        "timing.delay",
    ),
    # a loan device of similar quality is no quality of the work
    (
        "Pendant la réparation, le prestataire prête au client un appareil de qualité similaire.",
        "team.quality",
    ),
    # the documentation the supplier needs from the client is input, not a handover
    (
        "Due dates may move if the Supplier does not receive the required materials or "
        "documentation in time.",
        "team.knowledge_transfer",
    ),
    # replacing a void clause or prior agreements is no replacement of people
    ("De nietige bepaling wordt vervangen door een geldige bepaling.", "team.replacement"),
    ("This Agreement replaces all prior agreements between the parties.", "team.replacement"),
]


FIFTH_PATTERNS = [
    # an estimated completion by quarter; a numbered phase with its dates
    ("Estimated completion: Q2 2027.", "timing.planning", "covered"),
    ("Phase 2 (Build) will run from 1 March 2027 to 30 April 2027.", "timing.planning", "covered"),
    # the client failing to provide its inputs, with the schedule adjusted and charged
    (
        "If Client fails to provide the required inputs, Contractor may adjust the schedule and "
        "charge any additional effort at the agreed rates.",
        "timing.delay",
        "covered",
    ),
]

FOUND_CASES = PATTERNS + MORE_PATTERNS + THIRD_PATTERNS + FOURTH_PATTERNS + FIFTH_PATTERNS
WRONG_SENSE_CASES = WRONG_SENSE + MORE_WRONG_SENSE + THIRD_WRONG_SENSE + FOURTH_WRONG_SENSE


@pytest.mark.parametrize(("text", "item_id", "expected"), FOUND_CASES)
def test_general_pattern_is_found(text, item_id, expected):
    assert status_of(text, item_id) == expected


@pytest.mark.parametrize(("text", "item_id"), WRONG_SENSE_CASES)
def test_wrong_sense_is_not_counted(text, item_id):
    assert status_of(text, item_id) == "missing"
