"""Service-time patterns generalised from the training rounds 5-7: verbs of taking up a call,
rows per priority under a lead-in or a "Prio" header, and the hours that are no service time
(a time of day, a weekly schedule, a training session, a bundle of minutes); each with a
sentence where the number must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.service_durations import service_durations


def response_hours(text: str) -> list[float]:
    return [t["hours"] for t in analyse_text(text, learned=False).figures.response_times]


def first_priority(text: str) -> float | None:
    times = analyse_text(text, learned=False).figures.response_times
    first = [t["hours"] for t in times if t["priority"] == "P1"]
    return min(first or [t["hours"] for t in times]) if times else None


# -- verbs of taking up a call ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Le helpdesk prend en charge les demandes dans les 4 heures ouvrables.", 4),
        ("Urgent calls (a lost device) are picked up within 1 hour.", 1),
        ("If the platform is unavailable, we start working on it within 1 hour after a report.",
         1),
        ("Blokkerende problemen pakken we binnen twee uur op.", 2),
    ],
)  # fmt: skip
def test_taking_up_a_call_is_a_response(text, hours):
    assert response_hours(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        "The trackers are picked up at the depot within 5 working days after the end.",
        "We start working on the project within 10 working days of the order.",
        "Le Client prend en charge les frais de transport dans les 30 jours.",
        "Wij pakken de verhuizing binnen twee weken op.",
    ],
)
def test_picking_up_hardware_bearing_costs_or_starting_a_project_is_no_response(text):
    assert response_hours(text) == []


# -- rows per priority under a lead-in or a "Prio" header --------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Response times:\nPriority 1 - platform unavailable 2 business hours\nPriority 2 - a "
         "function does not work 1 business day", 2),
        ("8.3 Archivio reageert op meldingen binnen de volgende termijnen:\nP1 - systeem "
         "onbeschikbaar: 1 uur, 24/7\nP2 - een functie onbeschikbaar: 4 werkuren", 1),
        ("Délais de prise en charge :\nP1 - plateforme indisponible : 2 heures\nP2 - fonction "
         "dégradée : 1 jour ouvrable", 2),
        ("5.3 Reactie- en oplostijden:\nPrio Omschrijving Reactie Oplossing\nP1 app "
         "onbereikbaar 30 minuten 4 uur\nP2 functie verstoord 2 uur 1 werkdag", 0.5),
    ],
)  # fmt: skip
def test_rows_per_priority_under_a_lead_in(text, hours):
    assert first_priority(text) == hours


def test_a_lead_in_without_a_kind_of_time_gives_no_response():
    text = "Contacts:\nP1 - Jan Peeters 0478 12 34 56\nP2 - An Claes 0478 65 43 21"
    assert response_hours(text) == []


# -- hours that are no service time -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "une astreinte répond 7 jours sur 7 de 7h00 à 22h00",
        "de helpdesk reageert van 8u30 tot 17u30",
        "support responds from 8h30 to 17h30",
    ],
)
def test_a_time_of_day_is_no_duration(text):
    assert all(d.hours not in (7.0, 8.5, 17.5, 22.0) for d in service_durations(text))


def test_hours_and_minutes_still_count():
    assert [d.hours for d in service_durations("prise en charge en 0h30")] == [0.5]


@pytest.mark.parametrize(
    "text",
    [
        "Une formation de 30 minutes est donnée lors de l'installation et nous réagissons "
        "dans les 2 heures.",
        "De teamleiders krijgen ter plaatse een instructie van een uur; meldingen worden binnen "
        "2 werkuren in behandeling genomen.",
        "We give a one-hour online training and respond to calls within 2 hours.",
        "Forfait 3.000 minutes nationales ; prise en charge dans les 2 heures.",
        "Our on-call desk responds 7 days a week within 2 hours.",
    ],
)
def test_sessions_schedules_and_bundles_are_no_response_time(text):
    assert response_hours(text) == [2]
