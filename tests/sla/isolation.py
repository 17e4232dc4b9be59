"""Objects of organisation A for the isolation matrix (tests/test_isolation.py and the API one)."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.sla.conftest import SMALL_ZENDESK, netcare_policy
from vendorpact.sla import services
from vendorpact.sla.models import (
    ColumnMapping,
    Downtime,
    SlaImport,
    SlaTerms,
    Ticket,
    TicketEvent,
)

DOWNTIME = "start,end,scope,planned\n03/10/2026 10:00,03/10/2026 11:00,servers,nee\n"


def staged_import(tenancy, engagement):
    found = SlaImport.objects.filter(organisation=tenancy.org_a, state="preview").first()
    if found:
        return found
    if not SlaTerms.objects.filter(engagement=engagement).exists():
        services.save_terms(
            org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, policy=netcare_policy()
        )
    return services.stage_import(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        kind="tickets",
        uploaded=SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode()),
        zone="Europe/Brussels",
        day_first=True,
    )


def done_import(tenancy, engagement):
    """An imported downtime log of org A: a batch that could be removed."""
    found = SlaImport.objects.filter(organisation=tenancy.org_a, state="done").first()
    if found:
        return found
    staged = services.stage_import(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        kind="downtime",
        uploaded=SimpleUploadedFile("storingen.csv", DOWNTIME.encode()),
        zone="Europe/Brussels",
        day_first=True,
    )
    return services.confirm_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=staged)


def ticket(tenancy, engagement):
    found, _ = Ticket.objects.get_or_create(
        organisation=tenancy.org_a,
        supplier=engagement.supplier,
        external_id="4100",
        defaults={
            "engagement": engagement,
            "priority": "P1",
            "priority_raw": "Urgent",
            "created": dt.datetime(2026, 10, 5, 9, 0, tzinfo=dt.UTC),
        },
    )
    return found


FACTORIES = {
    "sla-imports": lambda tenancy, engagement: staged_import(tenancy, engagement).pk,
    "sla-tickets": lambda tenancy, engagement: ticket(tenancy, engagement).pk,
}
SNAPSHOT_MODELS = [SlaTerms, ColumnMapping, SlaImport, Ticket, TicketEvent, Downtime]
API_PARAMS = {
    "sla_import_id": lambda tenancy, engagement: done_import(tenancy, engagement).pk,
}
_SLA = "/api/v1/orgs/{org_slug}/engagements/{engagement_id}/sla"
API_BODIES = {
    ("put", _SLA + "/terms"): lambda params: {"policy": netcare_policy()},
    ("post", _SLA + "/tickets/import"): lambda params: {
        "file": SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode())
    },
    ("post", _SLA + "/downtime/import"): lambda params: {
        "file": SimpleUploadedFile("storingen.csv", DOWNTIME.encode())
    },
    ("post", _SLA + "/downtimes"): {"start": "2026-10-03T10:00", "end": "2026-10-03T11:00"},
    ("post", _SLA + "/tickets"): {
        "external_id": "TEL-1",
        "priority": "P1",
        "created": "2026-10-05T09:00:00+02:00",
    },
}
