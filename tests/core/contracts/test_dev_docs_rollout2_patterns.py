"""General team, reporting and rollout patterns behind the misses on the round-2 development
documents (dev_docs_rollout2_documents.py), each family in nl, fr and en where it is said that
way, with a sentence in a wrong sense that must not count."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


FOUND = [
    # a successor or substitute for a team member; a member swapped or rotated off a project
    (
        "Valt een teamlid langer dan een week uit, dan stelt de leverancier binnen vijf "
        "werkdagen een opvolger beschikbaar.",
        "team.replacement",
    ),
    (
        "Toute substitution d'un membre de l'équipe est notifiée au client quinze jours à "
        "l'avance.",
        "team.replacement",
    ),
    (
        "The Supplier will not rotate the project manager off the project without the Client's "
        "prior written approval.",
        "team.replacement",
    ),
    (
        "Any consultant may only be substituted with the Client's prior written consent.",
        "team.replacement",
    ),
    (
        "Wisselt de leverancier een lid van het team, dan meldt zij dat tien werkdagen vooraf.",
        "team.replacement",
    ),
    # years of experience in other words, an accreditation held by the staff
    (
        "Our consultants have at least three years' hands-on experience with ERP systems.",
        "team.seniority",
    ),
    (
        "Les intervenants justifient d'au moins trois années d'expérience en migration.",
        "team.seniority",
    ),
    (
        "Onze ontwikkelaars hebben elk minimaal vier jaar werkervaring met SharePoint.",
        "team.seniority",
    ),
    (
        "All engineers assigned to the project hold the vendor's platform accreditation.",
        "team.seniority",
    ),
    # a handbook or guide for those who run or use the system; handed over to the client's people
    (
        "Bij de afsluiting bezorgt de leverancier een beheerdershandboek met de configuratie.",
        "team.knowledge_transfer",
    ),
    (
        "Before go-live, the Supplier hands the duty managers a configuration workbook and "
        "quick-reference cards.",
        "team.knowledge_transfer",
    ),
    (
        "Le prestataire remet un dossier d'exploitation à l'informaticien du client.",
        "team.knowledge_transfer",
    ),
    (
        "Na de livegang draagt de leverancier het platform over aan het functioneel beheer van "
        "de klant.",
        "team.knowledge_transfer",
    ),
    (
        "The Supplier hands the system over to the Client's IT team at the end of the project.",
        "team.knowledge_transfer",
    ),
    # checks on the work by the supplier
    (
        "Chaque lot migré fait l'objet d'un contrôle d'intégrité par le prestataire.",
        "team.quality",
    ),
    ("Each migrated batch undergoes integrity checks by the Supplier.", "team.quality"),
    (
        "De leverancier voert een steekproefsgewijze controle uit op 5 % van de dossiers.",
        "team.quality",
    ),
    # a team table row with a role and a name
    (
        "Rol | Naam | Inzet\nProjectleider | Sanne de Vries (Webreus) | 2 dagen per week",
        "team.named_team",
    ),
    # a steering body by another name; the parties meeting; a recurring call
    (
        "Een stuurcomité, samengesteld uit de directeur en de projectleider, komt maandelijks "
        "samen.",
        "reporting.governance",
    ),
    (
        "Les parties se réunissent toutes les deux semaines en comité de projet.",
        "reporting.governance",
    ),
    ("The parties meet every month to review the service levels.", "reporting.governance"),
    ("The parties hold a 30-minute check-in call every Tuesday.", "reporting.governance"),
    (
        "Stuurgroep: directeur en accountmanager; de stuurgroep komt eens per zes weken bijeen.",
        "reporting.governance",
    ),
    # a recurring written update
    (
        "The Supplier emails a short project update to the Client every Monday.",
        "reporting.progress",
    ),
    ("Elke vrijdag stuurt de projectleider een weekupdate.", "reporting.progress"),
    ("Une note de suivi est envoyée au client chaque semaine.", "reporting.progress"),
    # data loaded from the old system, the verb last; a legacy system's data carried over
    (
        "De cursistenhistoriek wordt vanuit de huidige Excel-lijsten en het oude leerplatform "
        "ingeladen.",
        "rollout.data_migration",
    ),
    (
        "Environ 240.000 actes sont migrés depuis l'ancienne GED avec leurs métadonnées.",
        "rollout.data_migration",
    ),
    (
        "Guest profiles held in the legacy PMS are carried over into the new system two days "
        "before go-live.",
        "rollout.data_migration",
    ),
    # deemed validated; the Dutch "afnametest"; a go/no-go decision before going live
    (
        "À défaut de réserves écrites dans ce délai, le lot est réputé validé.",
        "rollout.acceptance",
    ),
    (
        "Na de bouwfase voeren de sleutelgebruikers de afnametest uit met de testscripts.",
        "rollout.acceptance",
    ),
    (
        "Go-live takes place only after the Client has confirmed in writing that no blocking "
        "issue remains (go/no-go decision).",
        "rollout.acceptance",
    ),
    # an introduction for users; training by the verb; help when the system goes live
    (
        "Une demi-journée d'initiation est organisée pour tous les collaborateurs.",
        "rollout.user_support",
    ),
    (
        "The Supplier trains the Hotel's 14 front-office staff in two sessions of four hours.",
        "rollout.user_support",
    ),
    (
        "During the first three nights after go-live a consultant is on site to assist reception.",
        "rollout.user_support",
    ),
    (
        "De leverancier voorziet ondersteuning bij de livegang gedurende de eerste twee weken.",
        "rollout.user_support",
    ),
    # defects reported after go-live and fixed
    (
        "Defects reported after go-live are corrected by the Supplier free of charge.",
        "rollout.warranty",
    ),
    (
        "Les anomalies signalées après la mise en production sont corrigées sans frais.",
        "rollout.warranty",
    ),
]

PARTIAL = [
    # fixed "as soon as possible", no period, nothing on cost: open wording
    (
        "Bevindingen die na de livegang worden gemeld, lost de leverancier zo snel mogelijk op.",
        "rollout.warranty",
    ),
]

WRONG_SENSE = [
    (
        "This Agreement binds the parties and their respective successors and assigns.",
        "team.replacement",
    ),
    (
        "The Supplier, its employees, agents, successors and assigns shall indemnify the Client "
        "within 30 days.",
        "team.replacement",
    ),
    ("Backups are rotated off site every week.", "team.replacement"),
    ("The Customer may substitute another affiliate as the contracting party.", "team.replacement"),
    ("In the coming years the customer experience will improve.", "team.seniority"),
    (
        "The laboratory accreditation of the Client remains valid for 3 years.",
        "team.seniority",
    ),
    (
        "Het personeelshandboek van de klant is van toepassing op de consultants ter plaatse.",
        "team.knowledge_transfer",
    ),
    (
        "The Supplier shall comply with the Client's staff handbook and site rules.",
        "team.knowledge_transfer",
    ),
    ("De leverancier draagt de rechten over aan de klant na betaling.", "team.knowledge_transfer"),
    ("The Customer performs an integrity check on each batch on receipt.", "team.quality"),
    ("Le Client effectue un contrôle de qualité à la réception.", "team.quality"),
    ("The parties meet their obligations under applicable law.", "reporting.governance"),
    ("Check-in at the hotel is from 3 pm.", "reporting.governance"),
    ("Monthly updates of the virus definitions are included.", "reporting.progress"),
    (
        "Het personeel van de vorige leverancier wordt niet overgenomen.",
        "rollout.data_migration",
    ),
    (
        "Legacy features of the application are kept in version 5 for two years.",
        "rollout.data_migration",
    ),
    ("Le contrat est réputé conclu à la date de signature.", "rollout.acceptance"),
    ("De minimale afname bedraagt 50 licenties per jaar.", "rollout.acceptance"),
    (
        "The steering committee takes the go/no-go decision on the funding of phase 2.",
        "rollout.acceptance",
    ),
    ("L'initiative de la résiliation appartient au client.", "rollout.user_support"),
    ("The Supplier employs trained staff for every intervention.", "rollout.user_support"),
    ("Errors found after delivery must be reported to the helpdesk by e-mail.", "rollout.warranty"),
]


def test_rate_card_row_names_no_one():
    text = "Profiel | Tarief\nProjectleider | per dag | 950 EUR"
    assert status_of(text, "team.named_team") != "covered"


def flagged(text: str) -> bool:
    return "risk.best_efforts_only" in analyse_text(text, learned=False).risk_ids()


@pytest.mark.parametrize(("text", "item_id"), FOUND)
def test_general_pattern_settles_the_item(text, item_id):
    assert status_of(text, item_id) == "covered"


@pytest.mark.parametrize(("text", "item_id"), PARTIAL)
def test_general_pattern_is_partial_when_left_open(text, item_id):
    assert status_of(text, item_id) == "partial"


@pytest.mark.parametrize(("text", "item_id"), WRONG_SENSE)
def test_wrong_sense_does_not_count(text, item_id):
    assert status_of(text, item_id) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier spant zich in om de livegang in week 14 te halen.",
        "The Supplier uses reasonable endeavours to meet the go-live date of 1 March.",
        "Le prestataire s'efforce de respecter la date de mise en production.",
    ],
)
def test_best_efforts_for_a_go_live_date_is_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier spant zich in om de toestemming van de eigenaar te krijgen.",
        "Le prestataire s'efforce de préserver la confidentialité des données du client.",
    ],
)
def test_best_efforts_for_something_else_is_not_flagged(text):
    assert not flagged(text)
