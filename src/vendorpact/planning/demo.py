"""Demo planning, team and meetings for the webshop project (idempotent)."""

from __future__ import annotations

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from vendorpact.planning import services
from vendorpact.planning.models import Milestone

WEBSHOP = "Nieuwe webshop met online bestellingen"

STATUS_REPORT = """Statusrapport Pixelwerf – webshop Bakkerij Verhaegen

Gedaan: productcatalogus opgeleverd, betaalmodule op de testomgeving.
Volgende stap: acceptatietest click & collect.
Risico: productteksten en foto's zijn nog niet aangeleverd; de livegang schuift mee.
Team: Lies Maes neemt de ontwikkeling over van Jonas De Wilde.
"""


def _milestone(org, user, engagement, **data) -> Milestone:
    return services.create_milestone(org=org, actor=user, engagement=engagement, data=data)


def _planning(org, user, engagement, start, today) -> None:
    design = _milestone(
        org,
        user,
        engagement,
        title="Ontwerp webshop goedgekeurd",
        owner_side="supplier",
        owner_person="Sofie Claes",
        original_due=start + timedelta(days=21),
        status="done",
    )
    design.done_on = start + timedelta(days=19)
    design.save(update_fields=["done_on"])
    catalogue = _milestone(
        org,
        user,
        engagement,
        title="Productcatalogus en winkelmand opgeleverd",
        kind="deliverable",
        owner_side="supplier",
        owner_person="Jonas De Wilde",
        original_due=start + timedelta(days=60),
        depends_on=design,
    )
    services.record_slip(
        org=org,
        actor=user,
        milestone=catalogue,
        new_due=start + timedelta(days=81),
        reason="Ontwikkelaar vervangen; de nieuwe ontwikkelaar moest zich inwerken.",
        caused_by="supplier",
        on=start + timedelta(days=55),
    )
    services.mark_done(org=org, actor=user, milestone=catalogue, on=start + timedelta(days=80))
    texts = _milestone(
        org,
        user,
        engagement,
        title="Productteksten en foto's aanleveren",
        kind="deliverable",
        owner_side="client",
        owner_person="Lotte Verhaegen",
        original_due=today - timedelta(days=6),
        status="in_progress",
    )
    acceptance = _milestone(
        org,
        user,
        engagement,
        title="Acceptatietest click & collect",
        owner_side="client",
        owner_person="Ruben Maes",
        original_due=today + timedelta(days=14),
        depends_on=texts,
    )
    _milestone(
        org,
        user,
        engagement,
        title="Livegang webshop",
        owner_side="supplier",
        owner_person="Sofie Claes",
        original_due=today + timedelta(days=30),
        depends_on=acceptance,
    )


def _team(org, user, engagement, start) -> None:
    def member(**data):
        return services.create_team_member(org=org, actor=user, engagement=engagement, data=data)

    sofie = member(
        name="Sofie Claes",
        role="Projectleider",
        seniority="senior",
        is_key_person=True,
        since=start,
    )
    jonas = member(
        name="Jonas De Wilde",
        role="Lead developer",
        seniority="senior",
        is_key_person=True,
        since=start,
    )
    member(
        name="Lotte Verhaegen",
        side="client",
        role="Zaakvoerder, beslist over budget",
        counterpart=sofie,
        since=start,
    )
    member(
        name="Ruben Maes",
        side="client",
        role="Verantwoordelijke e-commerce",
        counterpart=jonas,
        since=start,
    )
    services.record_swap(
        org=org,
        actor=user,
        leaving=jonas,
        joining={"name": "Lies Maes", "role": "Developer", "seniority": "medior"},
        on=start + timedelta(days=50),
        knowledge_transfer="partly",
        notice_as_agreed="no",
        note="Pas gemeld op de dag zelf; overdracht van één halve dag.",
    )


def _meetings(org, user, engagement, start, today) -> None:
    services.create_meeting(
        org=org,
        actor=user,
        engagement=engagement,
        data={
            "date": start + timedelta(days=3),
            "kind": "steering",
            "attendees": "Lotte Verhaegen\nRuben Maes\nSofie Claes (Pixelwerf)",
            "decisions": "Planning en offerte PW-2026-014 bevestigd. Meerwerk enkel na "
            "schriftelijk akkoord van Lotte.",
        },
        action_items=[
            {
                "title": "Huisstijl en logo's bezorgen",
                "owner_side": "client",
                "owner_person": "Ruben Maes",
                "original_due": start + timedelta(days=10),
                "status": "done",
            },
        ],
    )
    status = services.create_meeting(
        org=org,
        actor=user,
        engagement=engagement,
        data={
            "date": today - timedelta(days=20),
            "kind": "status",
            "attendees": "Ruben Maes\nSofie Claes (Pixelwerf)\nLies Maes (Pixelwerf)",
            "decisions": "Koppeling met de kassa wordt als meerwerk ingediend (MW-02).",
        },
        action_items=[
            {
                "title": "Offerte meerwerk kassakoppeling bezorgen",
                "owner_side": "supplier",
                "owner_person": "Sofie Claes",
                "original_due": today - timedelta(days=13),
                "status": "done",
            },
            {
                "title": "Openingsuren per filiaal doorgeven",
                "owner_side": "client",
                "owner_person": "Ruben Maes",
                "original_due": today + timedelta(days=5),
            },
        ],
    )
    report = SimpleUploadedFile(
        "statusrapport-pixelwerf.txt", STATUS_REPORT.encode("utf-8"), "text/plain"
    )
    services.attach_status_report(org=org, actor=user, meeting=status, uploaded=report)


@transaction.atomic
def load(org, user, engagements_by_title) -> None:
    """Planning, team and meetings of the webshop project; does nothing the second time."""
    engagement = engagements_by_title.get(WEBSHOP)
    if engagement is None or Milestone.objects.filter(engagement=engagement).exists():
        return
    today = timezone.localdate()
    start = engagement.start_date or today - timedelta(days=120)
    _planning(org, user, engagement, start, today)
    _team(org, user, engagement, start)
    _meetings(org, user, engagement, start, today)
