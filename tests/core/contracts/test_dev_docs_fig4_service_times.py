"""Response-time and payment patterns generalised from the training rounds 13-17: the
passive answer, the technician who contacts the client and looking into a case are response
cues; a threshold ("more than an hour") and an acceptance window are no response time; an
option not taken gives way to the main formula; the French participle of paying ("payées
dans les 30 jours") and a service that is "disponible" a share of the time; nl, fr and en,
each with a sentence where the number must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text


def response_hours(text: str) -> list[float]:
    times = analyse_text(text, learned=False).figures.response_times
    return sorted(t["hours"] for t in times)


@pytest.mark.parametrize(
    "text",
    [
        "A P1 incident (a user cannot open archived mail) is answered within 2 working hours.",
        "Een P1-incident wordt binnen 2 werkuren beantwoord.",
        "After a breakdown is reported, a technician contacts the Client by telephone within 2 "
        "working hours.",
        "Après le signalement d'une panne, un technicien contacte le Client dans les 2 heures.",
    ],
)
def test_an_answer_or_a_contact_is_a_response_time(text):
    assert response_hours(text) == [2]


@pytest.mark.parametrize(
    "text",
    [
        "The Client's questions are answered in the project meeting of 2 hours.",
        "The Supplier contacts the Client's bank within 5 days after the invoice.",
    ],
)
def test_an_answer_in_a_meeting_or_another_contact_is_no_response_time(text):
    assert 2 not in response_hours(text) and 120 not in response_hours(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hulp na de installatie rekenen we per uur aan; voor grotere tussenkomsten (meer dan een "
        "uur) geven we vooraf een inschatting.",
        "For larger interventions (more than 4 hours) we send an estimate first.",
        "Pour les interventions de plus de 4 heures, nous envoyons d'abord une estimation.",
    ],
)
def test_a_threshold_is_no_response_time(text):
    assert response_hours(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De koppeling is geaccepteerd wanneer de klant dat bevestigt, of wanneer ze tien "
        "werkdagen draait zonder blokkerende bevindingen.",
        "The interface is deemed accepted when the Client confirms it, or after it runs ten "
        "working days without blocking findings.",
        "L'interface est réputée acceptée lorsque le Client le confirme, ou après dix jours "
        "ouvrables sans anomalie bloquante.",
    ],
)
def test_an_acceptance_window_is_no_response_time(text):
    assert response_hours(text) == []


def test_a_limit_below_stays_a_response_time():
    text = "Les incidents critiques sont pris en charge en moins de 2 heures."
    assert response_hours(text) == [2]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "3.6 Les factures sont adressées au service des finances et payées dans les 30 "
            "jours de leur réception.",
            30,
        ),
        ("Les factures sont réglées dans les 45 jours de leur date.", 45),
    ],
)
def test_the_french_participle_of_paying_is_the_payment_term(text, days):
    assert analyse_text(text, learned=False).figures.payment_term_days == days


def test_sending_an_invoice_is_no_payment_term():
    text = "Les factures sont adressées dans les 10 jours suivant la fin du mois."
    assert analyse_text(text, learned=False).figures.payment_term_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Le service est disponible 99,5 % du temps, mesuré par mois.",
        "La plateforme sera disponible à 99,5 % par mois.",
        "Het platform is 99,5 % van de tijd beschikbaar.",
        "The platform will be available 99.5% of the time each month.",
    ],
)
def test_a_service_that_is_available_a_share_of_the_time(text):
    assert analyse_text(text, learned=False).figures.availability_percent == 99.5


@pytest.mark.parametrize(
    "text",
    [
        "Le technicien est disponible 95 % du temps en semaine pour les projets.",
        "Les pièces sont disponibles à 98 % en stock.",
    ],
)
def test_a_person_or_a_stock_that_is_available_is_no_availability(text):
    assert analyse_text(text, learned=False).figures.availability_percent is None


@pytest.mark.parametrize(
    "text",
    [
        "Support standaard inbegrepen: we reageren binnen 8 werkuren op elke melding. Optioneel "
        "kan u het Premium-pakket nemen (EUR 90 per maand) met een reactietijd van 2 uur.",
        "Le support standard est compris : nous réagissons dans les 8 heures ouvrables. En "
        "option, la formule Premium (90 EUR par mois) offre une réaction en 2 heures.",
        "Standard support is included: we respond within 8 business hours. As an option, the "
        "Premium plan (EUR 90 per month) offers a 2-hour response.",
    ],
)
def test_the_response_of_an_option_not_taken_gives_way_to_the_main_one(text):
    assert response_hours(text) == [8]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "Support standaard: reactie binnen 8 werkuren. U kiest voor het Premium-pakket, "
            "optioneel: reactie binnen 2 uur.",
            [2, 8],
        ),
        ("As an option, the Premium plan offers a response within 2 hours.", [2]),
    ],
)
def test_an_option_chosen_or_alone_still_counts(text, hours):
    assert response_hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "We reageren binnen 4 werkuren. Komen er geen panden meer door, dan kijken we er binnen "
        "2 uur naar.",
        "We respond within 4 business hours. If no listings come through, we look into it "
        "within 2 hours.",
        "Nous répondons dans les 4 heures ouvrables. Si plus aucune annonce n'arrive, nous "
        "examinons le problème dans les 2 heures.",
    ],
)
def test_looking_into_a_severe_case_is_its_response_time(text):
    assert min(response_hours(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "We kijken elk jaar samen naar de rapporten, binnen 10 werkdagen na het jaareinde.",
        "We look at the invoices within 10 days after month end.",
        "Nous examinons les factures dans les 10 jours suivant la fin du mois.",
    ],
)
def test_looking_at_reports_or_invoices_is_no_response_time(text):
    assert response_hours(text) == []
