"""The service-time patterns generalised from the training rounds 12-17: a priority defined
with a duration of its own before the colon that opens its times, and the noun of calling
back, each in nl, fr and en and each with a sentence where the time must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.priority_rows import times_start


def highest_response(text: str):
    times = analyse_text(text, learned=False).figures.response_times
    first = [t["hours"] for t in times if t["priority"] == "P1"]
    return min(first or [t["hours"] for t in times]) if times else None


# -- a priority's definition has a duration of its own ------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "5.3 Response and resolution times:\n"
            "  Priority 1 - no orders possible, or a delivery within 24 hours is at risk:\n"
            "               response 15 minutes, workaround within 4 hours\n"
            "  Priority 2 - a function is not working: response 2 business hours, resolution\n"
            "               within 2 business days\n",
            0.25,
        ),
        (
            "7.2 Délais de réponse et de résolution :\n"
            "  Priorité 1 - arrêt de la production de plus de 2 heures : réponse 30 minutes,\n"
            "               contournement dans les 4 heures\n"
            "  Priorité 2 - fonction dégradée : réponse 4 heures, résolution 3 jours\n",
            0.5,
        ),
        (
            "6.1 Reactie- en oplostijden:\n"
            "  Prioriteit 1 - geen registratie mogelijk binnen 48 uur na de melding: reactie\n"
            "                 1 uur, oplossing binnen 8 uur\n"
            "  Prioriteit 2 - een functie werkt niet: reactie 4 uur, oplossing 2 werkdagen\n",
            1,
        ),
    ],
)
def test_a_duration_in_the_definition_of_a_priority_is_no_service_time(text, hours):
    assert highest_response(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        # the colon only names the next time: the first time stays the response
        "Priority 1 - response 1 hour; resolution: 4 hours",
        "Prioriteit 1 - 1 uur; Prioriteit 2: 4 uur",
        "Priorité 1 - intervention 2 heures, résolution : 8 heures",
    ],
)
def test_a_colon_after_a_service_time_opens_no_times(text):
    assert times_start(text, 10) == 10


# -- the noun of calling back ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "Le Prestataire s'engage sur les délais suivants : priorité 1 (une caisse ne peut "
            "plus encaisser) : rappel dans les 30 minutes.",
            0.5,
        ),
        ("For a Priority 1 incident the Supplier guarantees a callback within 1 hour.", 1),
        ("Bij een storing van prioriteit 1 wordt de klant teruggebeld binnen 2 uur.", 2),
    ],
)
def test_a_callback_is_a_response(text, hours):
    assert highest_response(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "Un rappel de paiement est envoyé dans les 15 jours suivant l'échéance.",
        "The portal offers a callback function for the integration within 2 hours of set-up.",
    ],
)
def test_a_reminder_or_a_callback_function_is_no_response(text):
    assert highest_response(text) is None
