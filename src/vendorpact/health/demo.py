"""Demo data for the bakery: two quarters of health checks with the managed service provider,
answered by both sides.

`load(org, user, engagements_by_title)` is idempotent: it adds only what is not there yet.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from vendorpact.core.health import QUESTIONS
from vendorpact.core.terms import add_months
from vendorpact.health import services as health_services
from vendorpact.health.models import HealthCheck

MSP = "Beheer en support IT-infrastructuur"


@transaction.atomic
def load(org, user, engagements_by_title: dict) -> None:
    msp = engagements_by_title.get(MSP)
    if msp is not None:
        _health_checks(org, user, msp)


# Likert answers per theme: the client was lukewarm last-but-one quarter and improved; the
# supplier sees the relation more positively than the client, above all on responsiveness.
HEALTH_ANSWERS = {
    "earlier": {
        "client": {
            "agreements": 3,
            "costs": 3,
            "planning": 3,
            "team": 2,
            "reporting": 2,
            "communication": 3,
            "responsiveness": 2,
            "satisfaction": 3,
        },
        "supplier": {
            "agreements": 4,
            "costs": 4,
            "planning": 3,
            "team": 3,
            "reporting": 4,
            "communication": 4,
            "responsiveness": 4,
            "satisfaction": 4,
        },
    },
    "later": {
        "client": {
            "agreements": 4,
            "costs": 4,
            "planning": 3,
            "team": 3,
            "reporting": 3,
            "communication": 4,
            "responsiveness": 2,
            "satisfaction": 3,
        },
        "supplier": {
            "agreements": 4,
            "costs": 4,
            "planning": 4,
            "team": 4,
            "reporting": 4,
            "communication": 4,
            "responsiveness": 4,
            "satisfaction": 4,
        },
    },
}


def _answers(per_theme: dict[str, int]) -> dict[str, int]:
    return {q.id: per_theme[q.theme] for q in QUESTIONS}


def _health_checks(org, user, engagement) -> None:
    today = timezone.localdate()
    periods = {
        "earlier": health_services.period_for(add_months(today, -6)),
        "later": health_services.period_for(add_months(today, -3)),
    }
    for key, period in periods.items():
        if HealthCheck.objects.filter(engagement=engagement, period=period).exists():
            continue
        check = health_services.create_health_check(
            org=org, actor=user, engagement=engagement, period=period
        )
        health_services.answer_as_client(
            org=org, actor=user, check=check, answers=_answers(HEALTH_ANSWERS[key]["client"])
        )
        _link, token = health_services.create_link(
            org=org, actor=user, check=check, sent_to="Tom Peeters"
        )
        health_services.answer_via_link(
            token=token,
            answers=_answers(HEALTH_ANSWERS[key]["supplier"]),
            respondent="Tom Peeters",
            comment="Wij ervaren de samenwerking als constructief.",
        )
