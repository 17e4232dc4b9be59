"""Figure patterns generalised from training rounds 19-20: "conclus pour" in the plural, an
option to extend whose notice is only the means ("prolongé pour 12 mois par notification"),
warning the other party ("en nous prévenant un mois avant"), a service "arrêté" with notice,
a renewal from school year to school year, and replying or taking over remotely as a
response; nl, fr and en, each with a sentence where the number must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


def response_hours(text: str) -> list[float]:
    return sorted(t["hours"] for t in figures_of(text).response_times)


def test_services_concluded_in_the_plural_are_the_term():
    text = (
        "13.1 La maintenance et l'hébergement sont conclus pour quatre ans à compter de la mise "
        "en production, puis reconduits tacitement par périodes de deux ans."
    )
    figures = figures_of(text)
    assert figures.contract_term_months == 48
    assert figures.renewal_term_months == 24


@pytest.mark.parametrize(
    "text",
    [
        "Il peut être prolongé une seule fois pour 12 mois par notification écrite de la "
        "Mutualité au plus tard deux mois avant son échéance.",
        "It may be extended once by 12 months by written notice of the Client at the latest two "
        "months before its expiry.",
        "Het kan eenmaal met 12 maanden verlengd worden bij aangetekende kennisgeving van de "
        "klant, uiterlijk twee maanden voor het einde.",
    ],
)
def test_an_extension_by_notice_is_the_renewal_not_the_notice(text):
    figures = figures_of(text)
    assert figures.renewal_term_months == 12
    assert figures.notice_period_days != 360


def test_a_notice_by_registered_letter_still_counts():
    text = "Either party may terminate the agreement with 30 days' notice by registered letter."
    assert figures_of(text).notice_period_days == 30


@pytest.mark.parametrize(
    "text",
    [
        "Vous pouvez l'arrêter à chaque date anniversaire en nous prévenant un mois avant.",
        "You can cancel it on each anniversary by letting us know a month before.",
        "Les abonnements peuvent ensuite être arrêtés à tout moment avec un préavis d'un mois.",
    ],
)
def test_warning_the_other_party_or_a_stopped_service_gives_the_notice(text):
    assert figures_of(text).notice_period_days == 30


@pytest.mark.parametrize(
    "text",
    [
        "Le serveur peut être arrêté pendant un mois pour maintenance.",
        "En nous prévenant, vous recevez la facture un mois plus tôt.",
    ],
)
def test_a_stopped_server_or_an_earlier_invoice_is_no_notice(text):
    assert figures_of(text).notice_period_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat est reconduit tacitement d'année scolaire en année scolaire.",
        "Het contract wordt stilzwijgend verlengd van schooljaar tot schooljaar.",
        "The contract renews automatically from school year to school year.",
    ],
)
def test_a_renewal_from_school_year_to_school_year_is_twelve_months(text):
    assert figures_of(text).renewal_term_months == 12


@pytest.mark.parametrize(
    "text",
    [
        "If the platform is down for all your users, we reply within 2 business hours.",
        "En cas de panne bloquante, on prend la main à distance dans les 2 heures ouvrables.",
        "For a blocking fault we take remote control within 2 hours.",
    ],
)
def test_replying_or_taking_over_remotely_is_a_response(text):
    assert response_hours(text) == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Please reply to this offer within 10 days.",
        "The Client takes control of the accounts within 2 days after the end.",
    ],
)
def test_a_reply_to_an_offer_or_the_client_taking_control_is_no_response(text):
    assert 2 not in response_hours(text) and 48 not in response_hours(text)


@pytest.mark.parametrize(
    "text",
    [
        "The delivery deadline may be extended once by 2 months.",
        "De waarborg kan eenmaal met 12 maanden verlengd worden.",
        "La garantie peut être prolongée une fois de 12 mois.",
    ],
)
def test_an_extended_deadline_or_warranty_is_no_renewal(text):
    assert figures_of(text).renewal_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "The questionnaire is answered within 10 days by the Client.",
        "The Client replies within 5 working days to any change proposal.",
        "De vragenlijst wordt binnen 10 dagen door de klant beantwoord.",
    ],
)
def test_the_client_answering_is_no_response_time(text):
    assert response_hours(text) == []


def test_the_service_desk_replying_is_a_response():
    assert response_hours("The service desk will reply within 2 hours to every P1 ticket.") == [2]
