"""Demo: NetCare's service levels, a Zendesk export of four months and a downtime log."""

from __future__ import annotations

import copy
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.sla import services
from vendorpact.sla.demo_export import build_export
from vendorpact.sla.models import ImportKind, ImportState, SlaTerms

ENGAGEMENT_TITLE = "Beheer en support IT-infrastructuur"
WORKDAY = [["08:30", "17:30"]]


def _target(minutes: int) -> dict:
    return {"minutes": minutes, "clock": "business"}


BUSINESS_DAY = 9 * 60  # 08:30-17:30

NETCARE_POLICY = {
    "timezone": "Europe/Brussels",
    "hours": {day: WORKDAY for day in ("mon", "tue", "wed", "thu", "fri")} | {"sat": [], "sun": []},
    "holidays": {"country": "BE", "subdivision": None},
    "closed_dates": [],
    "pause_statuses": ["pending", "waiting for customer"],
    "vendor_wait_statuses": ["hold"],
    "reopen": "continue",
    "priorities": {
        "P1": {"response": _target(60), "resolution": _target(4 * 60)},
        "P2": {"response": _target(2 * 60), "resolution": _target(8 * 60)},
        "P3": {"response": _target(4 * 60), "resolution": _target(3 * BUSINESS_DAY)},
        "P4": {"response": _target(BUSINESS_DAY), "resolution": _target(10 * BUSINESS_DAY)},
    },
    "priority_map": {"urgent": "P1", "high": "P2", "normal": "P3", "low": "P4"},
    "availability": {
        "target_percent": 99.5,
        "exclude_planned": True,
        "credits": [
            {"below_percent": 99.5, "credit_percent": 5},
            {"below_percent": 99.0, "credit_percent": 10},
            {"below_percent": 98.0, "credit_percent": 25},
        ],
        "credit_cap_percent": 30,
        "monthly_fee_eur": 1200,
    },
}


def _import(org, user, engagement, kind, name, text, events_text=None) -> None:
    events = None
    if events_text:
        events = SimpleUploadedFile("zendesk-statusgeschiedenis.csv", events_text.encode())
    sla_import = services.stage_import(
        org=org,
        actor=user,
        engagement=engagement,
        kind=kind,
        uploaded=SimpleUploadedFile(name, text.encode("utf-8")),
        events_uploaded=events,
        zone="Europe/Brussels",
        day_first=True,
    )
    services.confirm_import(org=org, actor=user, sla_import=sla_import, mode="good_rows")


def load(org, user, engagements_by_title) -> None:
    engagement = engagements_by_title.get(ENGAGEMENT_TITLE)
    if engagement is None:
        return
    if not SlaTerms.objects.filter(engagement=engagement).exists():
        services.save_terms(
            org=org,
            actor=user,
            engagement=engagement,
            policy=copy.deepcopy(NETCARE_POLICY),
            monthly_fee=Decimal("1200.00"),
            prefilled_from="",
        )
    done = set(engagement.sla_imports.filter(state=ImportState.DONE).values_list("kind", flat=True))
    if ImportKind.TICKETS in done and ImportKind.DOWNTIME in done:
        return
    export = build_export(SlaPolicy.from_dict(NETCARE_POLICY), timezone.now())
    if ImportKind.TICKETS not in done:
        _import(
            org,
            user,
            engagement,
            ImportKind.TICKETS,
            "zendesk-export-netcare.csv",
            export.tickets_csv,
            export.events_csv,
        )
    if ImportKind.DOWNTIME not in done:
        _import(
            org, user, engagement, ImportKind.DOWNTIME, "storingen-netcare.csv", export.downtime_csv
        )
