"""The shared "partial" definition (detectors/partial.py, issue 9): wording that leaves a stated
level, date or figure open makes the item partial, for every item alike; the same words next to
a binding commitment do not. Development clauses written for this module, in nl, fr and en."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


RESPONSE = "maintenance.response_time"
RESOLUTION = "maintenance.resolution_time"
SUPPORT_HOURS = "maintenance.support_hours"
UPDATES = "maintenance.updates"
PLANNING = "timing.planning"


# -- left to a later agreement: the figure is there, but not yet settled ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reactietijd voor prioriteit 1: 4 uur, nog te bepalen na de pilootfase.",
        "Délai d'intervention pour la priorité 1 : 4 heures, à préciser après la phase pilote.",
        "Response time for Priority 1: 4 hours, to be confirmed after the pilot phase.",
    ],
)
def test_figure_still_to_be_confirmed_is_partial(text):
    assert status(RESPONSE, text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "De reactietijd van 4 uur wordt vastgelegd in een afzonderlijke overeenkomst.",
        "Les délais d'intervention de 4 heures feront l'objet d'un accord ultérieur entre les "
        "parties.",
        "A response time of 4 hours for Priority 1 incidents will be laid down in a separate "
        "agreement.",
    ],
)
def test_level_left_to_a_separate_or_later_agreement_is_partial(text):
    assert status(RESPONSE, text) == "partial"


# -- not obliged unless agreed ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier is niet verplicht nieuwe versies binnen 30 dagen te installeren, tenzij "
        "schriftelijk anders overeengekomen.",
        "Le prestataire n'est pas tenu d'installer les mises à jour dans les 30 jours, sauf "
        "accord écrit.",
        "The Supplier has no obligation to deliver new releases within 30 days of their "
        "publication unless agreed otherwise.",
    ],
)
def test_no_obligation_unless_agreed_is_partial(text):
    assert status(UPDATES, text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "De klant is niet verplicht een minimum aantal licenties af te nemen; de licentieprijs "
        "bedraagt € 10 per gebruiker per maand.",
        "Le client n'est pas tenu d'un volume minimum ; la redevance est de 10 € par utilisateur "
        "et par mois.",
        "The Customer is not required to purchase a minimum number of licences; the licence fee "
        "is € 10 per user per month.",
    ],
)
def test_client_not_obliged_leaves_the_suppliers_price_covered(text):
    assert status("budget.recurring_cost", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Facturen zijn betaalbaar binnen 30 dagen na factuurdatum, tenzij anders overeengekomen.",
        "Les factures sont payables à 30 jours date de facture, sauf convention contraire.",
        "Invoices are payable within 30 days of the invoice date unless otherwise agreed.",
    ],
)
def test_unless_otherwise_agreed_alone_does_not_weaken_a_commitment(text):
    assert status("budget.payment_terms", text) == "covered"


# -- aims and best efforts ----------------------------------------------------------------------


def test_french_aim_at_an_availability_is_partial():
    text = "Le prestataire vise une disponibilité de 99,5 % par mois."
    assert status("maintenance.availability", text) == "partial"


def test_french_objective_for_a_restore_time_is_partial():
    text = "Le prestataire a pour objectif un délai de rétablissement de 8 heures ouvrées."
    assert status(RESOLUTION, text) == "partial"


def test_dutch_objective_for_a_repair_time_is_partial():
    text = "De leverancier heeft als doelstelling een hersteltijd van 8 werkuren."
    assert status(RESOLUTION, text) == "partial"


def test_english_will_try_to_resolve_is_partial():
    text = "Supplier will try to resolve Priority 1 incidents within 8 hours."
    assert status(RESOLUTION, text) == "partial"


def test_french_doing_everything_possible_to_intervene_is_partial():
    text = "Le prestataire met tout en oeuvre pour intervenir dans les 4 heures."
    assert status(RESPONSE, text) == "partial"


def test_english_reasonable_commercial_efforts_are_partial():
    text = "Supplier will use reasonable commercial efforts to respond within 4 hours."
    assert status(RESPONSE, text) == "partial"


def test_target_that_is_stated_as_a_commitment_is_covered():
    text = (
        "The target availability of 99.9% per month is a commitment: service credits apply "
        "below it."
    )
    assert status("maintenance.availability", text) == "covered"


# -- indicative, non-binding ---------------------------------------------------------------------


def test_french_indicative_calendar_is_partial():
    text = "Le calendrier ci-dessous est indicatif : mise en production le 1er juin 2027."
    assert status(PLANNING, text) == "partial"


def test_dutch_non_binding_delivery_times_are_partial():
    text = (
        "De opgegeven leveringstermijnen zijn vrijblijvend: oplevering van fase 1 binnen 6 weken "
        "na bestelling."
    )
    assert status(PLANNING, text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "De planning in bijlage is indicatief; de bindende mijlpalen zijn: ontwerp op 1 maart "
        "2027 en livegang op 1 juni 2027.",
        "Le planning est donné à titre indicatif ; les jalons contractuels sont : conception le "
        "1er mars 2027 et mise en production le 1er juin 2027.",
        "An indicative planning is annexed; the binding milestones are: design by 1 March 2027 "
        "and go-live by 1 June 2027.",
    ],
)
def test_indicative_planning_next_to_binding_milestones_is_covered(text):
    assert status(PLANNING, text) == "covered"


def test_dates_that_are_indicative_and_not_binding_stay_partial():
    text = "The delivery dates are indicative and not binding: go-live on 1 June 2027."
    assert status(PLANNING, text) == "partial"


# -- in principle, if possible -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De helpdesk is in principe bereikbaar op werkdagen van 8u30 tot 17u.",
        "Le helpdesk est en principe joignable les jours ouvrables de 9h à 17h.",
        "Support is in principle available from 9:00 to 17:00 on business days.",
    ],
)
def test_support_hours_in_principle_are_partial(text):
    assert status(SUPPORT_HOURS, text) == "partial"


def test_the_word_principle_alone_does_not_weaken_support_hours():
    text = (
        "The principle of this support is simple: the helpdesk is open from 8:00 to 18:00 on "
        "business days."
    )
    assert status(SUPPORT_HOURS, text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier reageert indien mogelijk binnen 4 uur.",
        "Le prestataire intervient si possible dans les 4 heures.",
        "The Supplier will respond within 4 hours where possible.",
    ],
)
def test_response_time_if_possible_is_partial(text):
    assert status(RESPONSE, text) == "partial"


# -- a request by the client is no hedge ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Op verzoek van de klant komt de leverancier binnen 4 uur ter plaatse; de reactietijd "
        "bedraagt 1 uur.",
        "Sur demande du client, le prestataire intervient sur site dans les 4 heures.",
        "The Client may request support by phone, and the Supplier shall then respond within 4 "
        "hours.",
    ],
)
def test_service_at_the_clients_request_stays_covered(text):
    assert status(RESPONSE, text) == "covered"


# -- the content held in another agreement -------------------------------------------------------


def test_dutch_confidentiality_by_reference_to_another_agreement_is_partial():
    text = (
        "De bepalingen van de geheimhoudingsovereenkomst van 12 januari 2026 inzake "
        "vertrouwelijkheid zijn van toepassing."
    )
    assert status("legal.confidentiality", text) == "partial"


def test_dutch_data_processing_by_reference_to_the_processing_agreement_is_partial():
    text = (
        "De bepalingen van de verwerkersovereenkomst van 12 januari 2026 zijn van toepassing op "
        "de verwerking van persoonsgegevens."
    )
    assert status("legal.data_protection", text) == "partial"


def test_english_data_processing_by_reference_to_the_processing_agreement_is_partial():
    text = (
        "The terms of the data processing agreement of 12 January 2026 apply to all personal "
        "data processed under this order."
    )
    assert status("legal.data_protection", text) == "partial"


def test_own_warranty_period_next_to_a_reference_to_another_agreement_stays_covered():
    text = (
        "The Supplier corrects defects reported within 90 days after delivery free of charge; "
        "the other warranty terms of the licence agreement apply."
    )
    assert status("rollout.warranty", text) == "covered"


def test_reference_to_this_agreements_own_provisions_is_no_cross_reference():
    text = (
        "The provisions of this Agreement apply and are governed by Belgian law; the courts of "
        "Ghent have jurisdiction."
    )
    assert status("legal.governing_law", text) == "covered"


# -- an obligation of result or an engagement next to an aim settles it ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier streeft naar een reactietijd van 4 uur; voor incidenten van prioriteit 1 "
        "geldt een resultaatsverbintenis van 2 uur.",
        "Le prestataire vise un délai d'intervention de 4 heures, ce qui constitue une "
        "obligation de résultat.",
        "The Supplier aims to respond within 4 hours, which is an obligation of result.",
    ],
)
def test_aim_stated_as_an_obligation_of_result_is_covered(text):
    assert status(RESPONSE, text) == "covered"


def test_french_objective_that_constitutes_an_engagement_is_covered():
    text = "L'objectif de disponibilité de 99,5 % par mois constitue un engagement du prestataire."
    assert status("maintenance.availability", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier streeft naar een reactietijd van 4 uur, zonder resultaatsverbintenis.",
        "Le prestataire vise un délai d'intervention de 4 heures et n'est pas tenu d'une "
        "obligation de résultat.",
        "The Supplier aims to respond within 4 hours; this is not an obligation of result.",
    ],
)
def test_aim_without_an_obligation_of_result_stays_partial(text):
    assert status(RESPONSE, text) == "partial"


# -- an approximate level ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het platform is ongeveer 24 uur per dag, 7 dagen per week bereikbaar voor de gebruikers.",
        "Le helpdesk est joignable les jours ouvrables, environ de 9h à 17h.",
        "The platform is available approximately 24 hours a day, seven days a week.",
    ],
)
def test_approximate_service_hours_are_partial(text):
    assert status(SUPPORT_HOURS, text) == "partial"


def test_an_approximate_volume_of_the_work_does_not_weaken_it():
    text = (
        "Reprise des dossiers du logiciel précédent (environ 4.000 fiches) à partir d'un export "
        "CSV, comprise dans le forfait."
    )
    assert status("rollout.data_migration", text) == "covered"


def test_french_purpose_of_the_contract_is_no_aim():
    text = (
        "Le présent contrat vise à régler les conditions de la maintenance, dont un délai "
        "d'intervention de 4 heures."
    )
    assert status(RESPONSE, text) == "covered"


# -- the hedge bears on the clause that names the topic (engine.py) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier reageert binnen 4 uur op storingen; hij streeft ernaar de dienst binnen "
        "8 uur te herstellen.",
        "Le prestataire intervient dans les 4 heures ; il s'efforce de rétablir le service dans "
        "les 8 heures.",
        "The Supplier responds to incidents within 4 hours; it aims to restore the service "
        "within 8 hours.",
    ],
)
def test_aim_for_the_restore_time_leaves_the_response_time_covered(text):
    assert status(RESPONSE, text) == "covered"


def test_aim_for_the_restore_time_makes_the_restore_time_partial():
    text = (
        "The Supplier responds to incidents within 4 hours; it aims to restore the service "
        "within 8 hours."
    )
    assert status(RESOLUTION, text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Le délai d'intervention est de 4 heures ; ce délai est indicatif.",
        "The response time is 4 hours; this time is indicative only.",
    ],
)
def test_hedge_that_refers_back_to_the_figure_keeps_it_partial(text):
    assert status(RESPONSE, text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Er is geen gegarandeerde beschikbaarheid; de leverancier streeft naar 99,5% per maand.",
        "Une disponibilité de 99,5 % par mois est visée, mais n'est pas garantie.",
        "The availability is not guaranteed; the Supplier aims at 99.5% per month.",
    ],
)
def test_aim_after_a_denied_guarantee_stays_partial(text):
    assert status("maintenance.availability", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Gegarandeerde beschikbaarheid: 99,5% per maand; streefwaarde: 99,9% per maand.",
        "Disponibilité garantie : 99,5 % par mois ; objectif de disponibilité : 99,9 % par mois.",
        "Guaranteed availability: 99.5% per month; target availability: 99.9% per month.",
    ],
)
def test_guaranteed_level_next_to_a_higher_target_is_covered(text):
    assert status("maintenance.availability", text) == "covered"
