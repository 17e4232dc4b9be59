"""More general timing/team/reporting patterns behind the development documents' misses
(nl/fr/en), each with a wrong-sense negative (continued from test_dev_docs_project_items.py)."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


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


@pytest.mark.parametrize(
    ("text", "item_id", "expected"), THIRD_PATTERNS + FOURTH_PATTERNS + FIFTH_PATTERNS
)
def test_general_pattern_is_found(text, item_id, expected):
    assert status_of(text, item_id) == expected


@pytest.mark.parametrize(("text", "item_id"), THIRD_WRONG_SENSE + FOURTH_WRONG_SENSE)
def test_wrong_sense_is_not_counted(text, item_id):
    assert status_of(text, item_id) == "missing"
