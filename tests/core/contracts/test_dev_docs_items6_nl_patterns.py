"""General phrasings of checklist items the rules missed on the Dutch training documents of
rounds 5-20 (items round 6, Dutch first: informal offers and small suppliers' terms), in nl, fr
and en where the family exists, each with a wrong-sense negative. Own sentences, not the
documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


UPDATES = "maintenance.updates"
DATA_RETURN = "exit.data_return"
MIGRATION = "rollout.data_migration"
CLIENT_DUTIES = "timing.client_obligations"

# -- updates that come by themselves or with the subscription --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe versies en updates krijg je automatisch, zonder meerprijs.",
        "Updates van de kassasoftware worden automatisch geïnstalleerd.",
        "In het maandbedrag zitten de hosting, de back-ups en de updates.",
        "Inbegrepen: support, hosting en updates.",
        "Les mises à jour de l'application sont installées automatiquement.",
        "Updates of the booking app are included in the monthly fee.",
    ],
)
def test_updates_received_or_included_are_covered(text):
    assert status_of(text, UPDATES) == "covered"


def test_updates_rolled_out_without_a_rhythm_are_found():
    text = "Updates van het portaal rollen we buiten de openingsuren uit."
    assert status_of(text, UPDATES) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Niet inbegrepen: updates, hardware en opleiding.",
        "U krijgt updates over de voortgang van uw ticket automatisch per mail.",
        "Updates van de planning krijg je automatisch per mail.",
        "Status updates are sent automatically every week.",
    ],
)
def test_updates_of_a_ticket_or_excluded_are_not_covered(text):
    assert status_of(text, UPDATES) != "covered"


# -- the client exports its data itself up to or after the end --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je kan je klantenfiches zelf exporteren naar Excel, ook nog 60 dagen na een opzegging.",
        "Tot de einddatum kan de klant in het portaal een volledige back-up downloaden.",
        "Après une résiliation, vous pouvez exporter vos fiches au format CSV.",
        "Until the end date, the Customer can download a full backup of its data.",
    ],
)
def test_export_by_the_client_at_the_end_is_data_return(text):
    assert status_of(text, DATA_RETURN) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Je kan de werkbonnen altijd exporteren naar Excel voor je boekhouder.",
        "Tot de einddatum van de actie krijg je 10% korting op een volledige back-up.",
        "Until the end date of the promotion you get a full backup for free.",
    ],
)
def test_export_without_the_end_of_the_contract_is_no_data_return(text):
    assert status_of(text, DATA_RETURN) == "missing"


# -- data migration: inverted word order, a site moved, existing content taken over ------------


@pytest.mark.parametrize(
    "text",
    [
        "Daarna importeren we je ledenlijst uit Excel.",
        "We nemen de bestaande teksten en foto's van je huidige website over.",
        "Bij de start verhuizen we je webshop vanaf de huidige hostingpartij.",
        "Nous reprenons les articles de votre site actuel.",
        "Le déménagement de votre site depuis l'hébergeur actuel est compris.",
    ],
)
def test_data_imported_or_moved_over_is_migration(text):
    assert status_of(text, MIGRATION) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De verhuis van jullie kantoor naar Gent plannen we in maart.",
        "We nemen de bestaande contracten met uw operator over.",
        "Importeren we ook goederen uit China? Nee.",
    ],
)
def test_an_office_move_or_contracts_taken_over_is_no_migration(text):
    assert status_of(text, MIGRATION) == "missing"


# -- what the supplier needs from the client, inverted or told to see to -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Voor de installatie hebben we ten laatste een week vooraf van jullie nodig: de "
        "lijst met gebruikers.",
        "Zorg er wel voor dat alle kassa's vrijdag om 18 uur afgesloten zijn.",
        "Zorgen jullie ervoor dat de netwerkkast vóór 4 januari bereikbaar is?",
        "By Monday we'll need from you the list of users and their e-mail addresses.",
        "We hebben van jullie tegen maandag de prijslijst in Excel nodig.",
    ],
)
def test_what_the_client_must_provide_is_an_obligation(text):
    assert status_of(text, CLIENT_DUTIES) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        "We zorgen er wel voor dat alles op 4 januari klaarstaat.",
        "Hebben we nog iets van jullie nodig? Nee, alles is in orde.",
        "Heb je van ons nog iets nodig, laat het weten.",
        "Als jullie van ons iets nodig hebben, bel gerust.",
    ],
)
def test_the_supplier_seeing_to_it_is_no_client_obligation(text):
    assert status_of(text, CLIENT_DUTIES) == "missing"


# -- the time to resolve named without a commitment: partial -----------------------------------

RESOLUTION = "maintenance.resolution_time"


@pytest.mark.parametrize(
    "text",
    [
        "Wij geven geen garantie over de duur van een herstelling.",
        "De leverancier verbindt zich niet tot een termijn voor de oplossing van een storing.",
        "Hoe snel een fout hersteld is, hangt af van de oorzaak.",
        "Bij een panne bellen we binnen het uur terug en lossen we het zo snel mogelijk op.",
        "We cannot say how quickly a fault will be fixed.",
    ],
)
def test_resolution_without_a_commitment_is_partial(text):
    assert status_of(text, RESOLUTION) == "partial"


def test_a_committed_resolution_time_is_covered():
    text = "We verbinden ons ertoe blokkerende storingen binnen 8 uur op te lossen."
    assert status_of(text, RESOLUTION) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De termijn voor de oplossing van een geschil is dertig dagen.",
        "Hoe snel de bestelling geleverd wordt, hangt af van de fabrikant.",
    ],
)
def test_a_dispute_or_a_delivery_is_no_resolution_time(text):
    assert status_of(text, RESOLUTION) == "missing"


# -- governance: the people who meet named by what they do, with a period ----------------------

GOVERNANCE = "reporting.governance"


@pytest.mark.parametrize(
    "text",
    [
        "Eenmaal per jaar evalueren de zaakvoerders de samenwerking.",
        "Elke maand bespreken de projectleiders de openstaande punten.",
        "Elk kwartaal zitten we een uurtje samen met je office manager.",
        "In maart plannen we een overleg met de directie.",
        "Chaque année, les gérants évaluent la collaboration.",
        "Each year the parties evaluate the cooperation.",
    ],
)
def test_a_periodic_evaluation_is_governance(text):
    assert status_of(text, GOVERNANCE) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Elk jaar evalueren we de prijzen op basis van de index.",
        "In het pakket zitten de hosting en de support samen.",
        "Na de opleiding plannen we een nieuwe datum voor de livegang.",
    ],
)
def test_prices_a_package_or_a_date_are_no_governance(text):
    assert status_of(text, GOVERNANCE) == "missing"


# -- transition: the client's next party in an informal offer ----------------------------------

TRANSITION = "exit.transition"


@pytest.mark.parametrize(
    "text",
    [
        "Stoppen jullie, dan houden we een overdrachtssessie van een halve dag met jullie "
        "nieuwe partij.",
        "Bij het einde dragen we de wachtwoorden over aan je nieuwe IT-partner.",
        "We helpen uw volgende leverancier op weg tegen ons gewone uurtarief.",
        "De leverancier helpt de opvolger van de stad bij de overname.",
        "Stoppen jullie, dan help ik de nieuwe partij op weg, aan EUR 65 per uur.",
        "Bij opzegging werken wij mee aan de overdracht van uw nummers naar uw nieuwe operator.",
        "Na het einde verleent de leverancier drie maanden medewerking aan de overgang.",
    ],
)
def test_help_for_the_clients_next_party_is_transition(text):
    assert status_of(text, TRANSITION) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Als jullie nieuwe IT-partner nemen wij het beheer over vanaf 1 januari.",
        "De leverancier mag de overeenkomst niet overdragen aan een andere partij.",
        "We helpen je nieuwe medewerker op weg met een korte opleiding.",
        "Als uw nieuwe operator zorgen wij voor de nummeroverdracht.",
    ],
)
def test_the_supplier_as_new_partner_or_an_assignment_is_no_transition(text):
    assert status_of(text, TRANSITION) == "missing"


# -- extra work named by what the price leaves out, overtime, a quote per enhancement ----------

EXTRA = "budget.extra_costs"


@pytest.mark.parametrize(
    "text",
    [
        "Werkzaamheden die niet onder het forfait vallen, rekenen we aan tegen EUR 80 per uur.",
        "Extra koppelingen doen we op nacalculatie.",
        "Overuren worden alleen gepresteerd na voorafgaande toestemming van de klant.",
        "Voor elke gewenste uitbreiding bezorgen we eerst een offerte.",
        "Les interventions non comprises dans le forfait sont facturées en régie.",
        "Pour toute nouvelle évolution, nous remettons un devis.",
        "Work not covered by the fixed fee is charged at EUR 90 per hour.",
        "For any new feature we send a quote first.",
    ],
)
def test_extra_work_named_otherwise_is_found(text):
    assert status_of(text, EXTRA) != "missing"


def test_overtime_approved_first_and_invoiced_is_covered():
    text = (
        "Overwerk gebeurt alleen na voorafgaande toestemming van de klant en wordt gefactureerd "
        "tegen 125 % van het uurtarief."
    )
    assert status_of(text, EXTRA) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Schade door blikseminslag valt niet onder het onderhoudscontract.",
        "Overwerk is niet toegestaan.",
        "Voor elke aanpassing van de planning overleggen we eerst met jullie.",
    ],
)
def test_an_exclusion_or_a_planning_change_is_no_extra_work(text):
    assert status_of(text, EXTRA) == "missing"


# -- acceptance: the client's OK or findings, a test period with the client ------------------

ACCEPTANCE = "rollout.acceptance"


@pytest.mark.parametrize(
    "text",
    [
        "De klant geeft binnen 5 werkdagen na oplevering akkoord of een lijst met opmerkingen.",
        "Van 4 tot 15 maart: twee testweken met jullie en twee filialen.",
        "Pas als jullie zeggen dat alles oké is, gaan we live.",
        "Le client donne sa validation ou une liste de remarques sous 10 jours.",
        "The Customer gives its approval or a list of findings within 10 working days.",
        "We go live once you have approved the test version.",
    ],
)
def test_the_clients_ok_on_the_delivery_is_acceptance(text):
    assert status_of(text, ACCEPTANCE) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Je krijgt een gratis testperiode van 30 dagen met je team.",
        "Na de oplevering van de toestellen sturen we de factuur.",
        "Pas als jullie akkoord zijn met de offerte, bestellen we de toestellen.",
    ],
)
def test_a_trial_an_invoice_or_the_offer_accepted_is_no_acceptance(text):
    assert status_of(text, ACCEPTANCE) == "missing"


def test_export_in_a_format_before_the_end_is_data_return():
    text = (
        "U kunt alle gesprekken als csv-bestand exporteren; dertig dagen na het einde wissen "
        "wij alles."
    )
    assert status_of(text, DATA_RETURN) != "missing"


def test_the_end_of_the_month_is_not_the_end_of_the_contract():
    text = "Je kan de omzet als csv exporteren; na het einde van de maand sturen we de factuur."
    assert status_of(text, DATA_RETURN) == "missing"


def test_the_current_list_moved_over_across_a_line_is_migration():
    text = (
        "- Ik zet jullie huidige ledenlijst (ongeveer 300 leden) en de abonnementen\n"
        "  over vanuit jullie Excel."
    )
    assert status_of(text, MIGRATION) == "covered"


def test_the_current_list_converted_with_info_about_is_no_migration():
    text = "We zetten je huidige klantenlijst om en sturen je info over de nieuwe app."
    assert status_of(text, MIGRATION) == "missing"


# -- progress: an overview or a short mail with its rhythm -------------------------------------

PROGRESS = "reporting.progress"


@pytest.mark.parametrize(
    "text",
    [
        "Elk trimester sturen we een overzicht van de tickets per afdeling.",
        "Tijdens het project krijg je elke maandag een korte statusmail.",
        "Elke vrijdag stuur ik een kort mailtje met hoe ver ik sta.",
        "Chaque mois, vous recevez un récapitulatif des interventions.",
        "Every Friday you get a short overview of what was done.",
    ],
)
def test_a_periodic_overview_or_status_mail_is_progress(text):
    assert status_of(text, PROGRESS) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Elke maand sturen we een overzicht van je facturen.",
        "Every month you receive an overview of your invoices.",
    ],
)
def test_an_overview_of_invoices_is_no_progress(text):
    assert status_of(text, PROGRESS) == "missing"


# -- planning: a step the supplier plans on a calendar date -----------------------------------

PLANNING = "timing.planning"


@pytest.mark.parametrize(
    "text",
    [
        "De upgrade naar versie 9: die plannen we op zaterdag 13 februari 2027.",
        "Nous la planifions le samedi 13 février 2027.",
        "We schedule the upgrade for Saturday 13 February 2027.",
    ],
)
def test_a_step_planned_on_a_date_is_planning(text):
    assert status_of(text, PLANNING) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De betaling is gepland op 30 januari 2027.",
        "Bij een panne plannen we een interventie.",
    ],
)
def test_a_payment_date_or_an_undated_visit_is_no_planning(text):
    assert status_of(text, PLANNING) == "missing"


# -- response promised without a time: partial ---------------------------------------------------

RESPONSE = "maintenance.response_time"


@pytest.mark.parametrize(
    "text",
    [
        "Vragen worden zo snel mogelijk beantwoord.",
        "Storingen pakken we zo snel mogelijk op.",
        "We antwoorden meestal nog dezelfde werkdag.",
        "Les demandes sont traitées dans les meilleurs délais.",
        "Tickets are handled as soon as possible.",
    ],
)
def test_a_response_without_a_time_is_partial(text):
    assert status_of(text, RESPONSE) == "partial"


def test_goods_delivered_as_soon_as_possible_is_no_response_time():
    assert status_of("Bestellingen worden zo snel mogelijk geleverd.", RESPONSE) == "missing"


# -- dispute resolution: the managers first, the court only after a first step ---------------

DISPUTES = "legal.dispute_resolution"


@pytest.mark.parametrize(
    "text",
    [
        "Bij een geschil overleggen eerst de zaakvoerders van beide partijen.",
        "Partijen leggen een geschil pas aan de rechter voor nadat ze samen overlegd hebben.",
        "Les parties ne saisissent le tribunal qu'après une tentative de conciliation.",
        "The parties only go to court after a meeting of their managers.",
    ],
)
def test_a_first_step_before_court_is_dispute_resolution(text):
    assert status_of(text, DISPUTES) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Bij een geschil is enkel de rechtbank van Gent bevoegd.",
        "Een geschil over de factuur moet eerst per aangetekende brief gemeld worden.",
    ],
)
def test_a_competent_court_or_a_notice_is_no_dispute_resolution(text):
    assert status_of(text, DISPUTES) == "missing"


# -- seniority: years in the trade said with a verb, the fitters' certificate ------------------

SENIORITY = "team.seniority"


@pytest.mark.parametrize(
    "text",
    [
        "Ik bouw al twaalf jaar webshops in WordPress.",
        "Het onderhoud gebeurt door technici met een fabriekscertificaat.",
        "Nous développons des applications depuis quinze ans.",
        "We have been installing access systems for over ten years.",
    ],
)
def test_years_in_the_trade_are_seniority(text):
    assert status_of(text, SENIORITY) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The system has been running for five years.",
        "Het contract loopt al twee jaar.",
    ],
)
def test_a_system_or_contract_running_for_years_is_no_seniority(text):
    assert status_of(text, SENIORITY) == "missing"
