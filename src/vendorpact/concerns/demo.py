"""Demo data for the bakery: two concerns about the managed service provider.

`load(org, user, engagements_by_title)` is idempotent: it adds only what is not there yet.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from vendorpact.concerns import services as concern_services
from vendorpact.concerns.models import Concern

MSP = "Beheer en support IT-infrastructuur"


@transaction.atomic
def load(org, user, engagements_by_title: dict) -> None:
    msp = engagements_by_title.get(MSP)
    if msp is not None:
        _concerns(org, user, msp)


def _concerns(org, user, engagement) -> None:
    today = timezone.localdate()
    title = "Tickets over kassastoringen blijven dagen open"
    if not Concern.objects.filter(engagement=engagement, title=title).exists():
        concern = concern_services.create_concern(
            org=org,
            actor=user,
            engagement=engagement,
            data={
                "title": title,
                "since": today - timedelta(days=45),
                "raised_on": today - timedelta(days=30),
                "impact": "Kassa's in Aalst en Lokeren vielen 3 keer uit; klanten konden enkel "
                "cash betalen. Afgesproken reactietijd is 4 werkuren.",
                "raised_with": "Tom Peeters (accountmanager)",
            },
        )
        concern_services.change_status(
            org=org,
            actor=user,
            concern=concern,
            status="in_consultation",
            on=today - timedelta(days=22),
            note="Overleg met Tom: NetCare bekijkt een vaste technieker voor de kassa's.",
        )
    resolved = "Facturen zonder detail van de gewerkte uren"
    if not Concern.objects.filter(engagement=engagement, title=resolved).exists():
        concern = concern_services.create_concern(
            org=org,
            actor=user,
            engagement=engagement,
            data={
                "title": resolved,
                "raised_on": today - timedelta(days=80),
                "raised_with": "Tom Peeters",
                "impact": "We konden de facturen niet nakijken.",
            },
        )
        concern_services.change_status(
            org=org,
            actor=user,
            concern=concern,
            status="resolved",
            on=today - timedelta(days=60),
            note="Vanaf de factuur van september staan de uren per ticket erbij.",
        )
