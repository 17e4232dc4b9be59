"""Patterns found on the development documents in dev_docs_small3_documents.py (short informal
documents of small suppliers), as general clauses written for this module in nl / fr / en,
each family with a sentence in a wrong sense where the cue must not count. Rules alone."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.structure import build_structure


def status(text: str, item_id: str) -> str:
    result = analyse_text(text, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


def check(cases):
    return pytest.mark.parametrize(("text", "item_id", "expected"), cases)


RESPONSE = "maintenance.response_time"


# -- the supplier answering within a time, in the first person ------------------------------


@check(
    [
        ("Bij een storing: wij reageren binnen 2 uur op uw melding.", RESPONSE, "covered"),
        ("Een vraag via mail? Ik beantwoord die binnen de 8 werkuren.", RESPONSE, "covered"),
        ("En cas de panne, nous répondons dans les 2 heures ouvrables.", RESPONSE, "covered"),
        ("Nous réagissons sous 4 heures à chaque appel.", RESPONSE, "covered"),
        ("If the server is down, we'll get back to you within one hour.", RESPONSE, "covered"),
        ("When a sync fails, I look into the problem within 2 hours.", RESPONSE, "covered"),
        # only a problem, a request or "it" is looked at, not a design
        ("We will look at the new design within two weeks of the workshop.", RESPONSE, "missing"),
        # the client answering the supplier
        ("De klant antwoordt binnen 5 werkdagen op onze vragen.", RESPONSE, "missing"),
    ]
)
def test_first_person_response(text, item_id, expected):
    assert status(text, item_id) == expected


# -- a service cancellable by the month -----------------------------------------------------


@check(
    [
        ("Het abonnement is maandelijks opzegbaar.", "exit.duration_renewal", "covered"),
        ("Het abonnement is maandelijks opzegbaar.", "exit.termination", "covered"),
        (
            "L'abonnement est résiliable mensuellement par simple mail.",
            "exit.termination",
            "covered",
        ),
        ("Le support est conclu de mois en mois.", "exit.duration_renewal", "covered"),
        (
            "Hosting: month to month, 30 days notice from either side.",
            "exit.duration_renewal",
            "covered",
        ),
        (
            "Hosting: month to month, 30 days notice from either side.",
            "exit.termination",
            "covered",
        ),
        # a billing period is no term
        ("Hosting is invoiced on a monthly basis.", "exit.duration_renewal", "missing"),
        ("Hosting is invoiced on a monthly basis.", "exit.termination", "missing"),
    ]
)
def test_by_the_month(text, item_id, expected):
    assert status(text, item_id) == expected


# -- work beyond the package, approved by the client ----------------------------------------


EXTRA = "budget.extra_costs"


@check(
    [
        ("Au-delà du forfait : 70 €/h HTVA, après accord de votre part.", EXTRA, "covered"),
        ("Extra hours at EUR 85/h, only after you OK our estimate.", EXTRA, "covered"),
        ("Bijkomende wensen: na uw akkoord op onze prijsopgave, aan 75 EUR/u.", EXTRA, "covered"),
        ("Boven het pakket rekenen we 60 EUR per uur, na uw goedkeuring.", EXTRA, "covered"),
        # extra hours worked by the client's staff settle no extra cost of the supplier
        ("Het team van de klant presteert geen overuren.", EXTRA, "missing"),
        # "after you receive" is no approval
        ("Extra hours are billed at EUR 85/h after you receive the report.", EXTRA, "partial"),
    ]
)
def test_beyond_the_package(text, item_id, expected):
    assert status(text, item_id) == expected


# -- a price list of key-value lines, one price a line ---------------------------------------


def test_price_lines_are_sentences_of_their_own():
    text = "Analyse en ontwerp: 650 EUR\nTotaal: 3.480 EUR excl. btw\nHosting: 35 EUR per maand\n"
    sentences = [s.text for s in build_structure([text]).sentences]
    assert sentences[:2] == ["Analyse en ontwerp: 650 EUR", "Totaal: 3.480 EUR excl. btw"]


def test_price_line_cut_off_goes_on():
    # the next line goes on in lowercase: one sentence
    text = "Total: EUR 3,000\nexcluding travel costs and licences.\n"
    assert len(build_structure([text]).sentences) == 1


@check(
    [
        (
            "Analyse en ontwerp: 650 EUR\nTotaal: 3.480 EUR excl. btw\nHosting: 35 EUR per maand",
            "budget.project_cost",
            "covered",
        ),
        ("Jaarlijks nazicht: 180 EUR excl. per jaar.", "budget.recurring_cost", "covered"),
        ("Prix : 180 € HTVA par an.", "budget.recurring_cost", "covered"),
        # a visit a year with a one-off price is no yearly fee
        (
            "Installatie: 390 EUR excl. btw, met 1 bezoek per jaar inbegrepen.",
            "budget.recurring_cost",
            "missing",
        ),
    ]
)
def test_prices_with_abbreviations(text, item_id, expected):
    assert status(text, item_id) == expected


# -- the client's data moved over, as a task of the offer ------------------------------------


MIGRATION = "rollout.data_migration"


@check(
    [
        ("Overzetten van uw mails en bestanden naar de nieuwe laptop: 2 u.", MIGRATION, "covered"),
        ("Reprise de vos rendez-vous depuis l'agenda Excel : 250 € HTVA.", MIGRATION, "covered"),
        ("Transfer of your files and e-mails to the new PC: EUR 120.", MIGRATION, "covered"),
        # a recurring export is no initial migration
        (
            "Het overzetten van de gegevens naar de boekhouding gebeurt elke nacht.",
            MIGRATION,
            "missing",
        ),
        # personal data sent abroad is data protection
        ("We do not allow any transfer of your data outside the EU.", MIGRATION, "missing"),
    ]
)
def test_data_moved_over(text, item_id, expected):
    assert status(text, item_id) == expected


# -- what is made is the client's, in plain words --------------------------------------------


@check(
    [
        ("The website is yours once the last invoice is paid.", "legal.ip", "covered"),
        ("De code van de app is na betaling volledig van u.", "legal.ip", "covered"),
        ("Le code source du module vous appartient dès le paiement.", "legal.ip", "covered"),
        ("De module is van uw kant nog te testen voor de livegang.", "legal.ip", "missing"),
        ("The scripts are yours to test before go-live.", "legal.ip", "missing"),
    ]
)
def test_deliverables_yours(text, item_id, expected):
    assert status(text, item_id) == expected


# -- the client's part in the informal address -----------------------------------------------


CLIENT_PART = "timing.client_obligations"


@check(
    [
        ("Zorg wel dat jullie de wachtwoorden tegen dan klaar hebben.", CLIENT_PART, "covered"),
        ("Jullie bezorgen ons de teksten en foto's binnen de eerste week.", CLIENT_PART, "covered"),
        ("Vous nous transmettez les accès au serveur avant le démarrage.", CLIENT_PART, "covered"),
        ("You give me admin access to the server before I start.", CLIENT_PART, "covered"),
        # a call to the supplier is no contribution to the work
        ("If anything breaks, you give us a call.", CLIENT_PART, "missing"),
        ("Zorg dat je ons belt als er iets stuk is.", CLIENT_PART, "missing"),
    ]
)
def test_client_part_informal(text, item_id, expected):
    assert status(text, item_id) == expected


# -- bugs fixed free of charge after delivery --------------------------------------------------


@check(
    [
        (
            "Bugs found in the first 60 days after go-live are fixed free of charge.",
            "rollout.warranty",
            "covered",
        ),
        (
            "Les bugs signalés dans les 3 mois après la mise en ligne sont corrigés gratuitement.",
            "rollout.warranty",
            "covered",
        ),
        (
            "Bugs caused by your own changes are not fixed free of charge.",
            "rollout.warranty",
            "missing",
        ),
    ]
)
def test_bugs_fixed_for_free(text, item_id, expected):
    assert status(text, item_id) == expected


# -- a call back in the infinitive; updates as part of a small service -----------------------


@check(
    [
        ("We beloven binnen 2 werkuren terug te bellen.", RESPONSE, "covered"),
        ("Ik probeer altijd binnen de werkdag terug te bellen.", RESPONSE, "partial"),
        ("Wij vragen u ons binnen 2 dagen terug te bellen.", RESPONSE, "missing"),
        (
            "Twee keer per jaar kom ik langs voor updates en een controle van de back-up.",
            "maintenance.updates",
            "covered",
        ),
        (
            "Onderhoud: 35 EUR per maand (updates WordPress en plugins, back-up).",
            "maintenance.updates",
            "covered",
        ),
    ]
)
def test_call_back_and_updates(text, item_id, expected):
    assert status(text, item_id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pour les mises à jour sur l'avancement, contactez le chef de projet.",
        "Voor updates over de planning bel je de projectleider.",
        "For updates on the project, call the project manager.",
    ],
)
def test_news_updates_are_no_software_updates(text):
    assert status(text, "maintenance.updates") != "covered"


# -- a statement of the hours used; a one-person supplier stood in for ------------------------


@check(
    [
        (
            "Chaque mois, vous recevez un relevé des heures prestées.",
            "reporting.progress",
            "covered",
        ),
        (
            "Elk kwartaal krijgt u een overzicht van de gepresteerde uren.",
            "reporting.progress",
            "covered",
        ),
        ("Every month you get an overview of the hours spent.", "reporting.progress", "covered"),
        (
            "Un relevé des heures d'ouverture du magasin est affiché.",
            "reporting.progress",
            "missing",
        ),
        (
            "Bij vakantie word ik vervangen door een collega die uw dossier kent.",
            "team.replacement",
            "covered",
        ),
        (
            "If I am ill for more than 3 days, I am replaced by a fellow developer.",
            "team.replacement",
            "covered",
        ),
        ("La pièce défectueuse est remplacée par une pièce neuve.", "team.replacement", "missing"),
    ]
)
def test_hours_statement_and_stand_in(text, item_id, expected):
    assert status(text, item_id) == expected


# -- "Objet :" is an e-mail header only with its addressing ----------------------------------


CONVENTION = """\
CONVENTION DE SUPPORT
Objet : support informatique de vos postes de travail.
Au-delà du forfait : 75 €/h HTVA, après accord de votre part par mail.

Fait à Namur, le 2 décembre 2026, en deux exemplaires.

Pour le Client                          Pour le Prestataire
Anne Dupont, gérante                    Luc Martin
"""

MAIL = """\
De : Luc Martin <luc@martin-it.be>
À : Anne Dupont <anne@cabinet-dupont.be>
Objet : RE: devis support 2027

Bonjour Luc, c'est d'accord pour le devis, vous pouvez commencer en janvier.
Anne
"""


def test_object_clause_of_a_signed_convention_is_no_email():
    assert status(CONVENTION, "risk.unsigned") == "not"


def test_email_with_addressing_and_acceptance_is_unsigned():
    assert status(MAIL, "risk.unsigned") == "raised"


# -- a small supplier's service in its own words ---------------------------------------------


@check(
    [
        (
            "Jaarlijkse check-up: 1x per jaar kom ik langs voor de updates.",
            "maintenance.services",
            "covered",
        ),
        (
            "Compris : dépannage à distance et sur place, 40 heures par an.",
            "maintenance.services",
            "covered",
        ),
        (
            "A yearly check-up of your PCs and backups is included: EUR 180.",
            "maintenance.services",
            "covered",
        ),
        (
            "De medische check-up van het personeel is de zaak van de werkgever.",
            "maintenance.services",
            "missing",
        ),
    ]
)
def test_periodic_check(text, item_id, expected):
    assert status(text, item_id) == expected


@check(
    [
        (
            "Disponibilité : lu-ve de 8h30 à 17h30, par téléphone ou par mail.",
            "maintenance.availability",
            "missing",
        ),
        ("Beschikbaarheid: ma-vr 8u-18u via telefoon.", "maintenance.availability", "missing"),
        (
            "Disponibilité : 99,5 % par mois, hors maintenance planifiée.",
            "maintenance.availability",
            "covered",
        ),
    ]
)
def test_support_hours_under_an_availability_key(text, item_id, expected):
    assert status(text, item_id) == expected
