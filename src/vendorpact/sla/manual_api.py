"""API: enter one outage or one ticket (the same services as the pages)."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from ninja import Router, Schema, Status

from vendorpact.common.api_errors import ERRORS
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role
from vendorpact.sla import manual

router = Router(tags=["service levels"])
BASE = "/orgs/{org_slug}/engagements/{engagement_id}/sla"


class DowntimeIn(Schema):
    start: datetime
    end: datetime
    scope: str = ""
    planned: bool = False
    description: str = ""


class DowntimeOut(DowntimeIn):
    id: int


class TicketIn(Schema):
    external_id: str
    priority: str
    created: datetime
    first_response: datetime | None = None
    resolved: datetime | None = None
    status: str = ""
    subject: str = ""


class TicketOut(TicketIn):
    id: int


def _aware(moment: datetime | None) -> datetime | None:
    """A time without a zone is in the installation's time zone (Europe/Brussels)."""
    if moment is None or not timezone.is_naive(moment):
        return moment
    return timezone.make_aware(moment)


@router.post(BASE + "/downtimes", response={201: DowntimeOut, **ERRORS})
def add_downtime(request, org_slug: str, engagement_id: int, payload: DowntimeIn):
    """Enter one outage."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    values = payload.dict() | {"start": _aware(payload.start), "end": _aware(payload.end)}
    downtime = manual.add_downtime(org=org, actor=request.auth, engagement=engagement, **values)
    return Status(201, downtime)


@router.post(BASE + "/tickets", response={201: TicketOut, **ERRORS})
def add_ticket(request, org_slug: str, engagement_id: int, payload: TicketIn):
    """Enter one ticket of a priority of the SLA terms; the SLA figures are recalculated."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    values = payload.dict()
    for name in ("created", "first_response", "resolved"):
        values[name] = _aware(values[name])
    ticket = manual.add_ticket(org=org, actor=request.auth, engagement=engagement, **values)
    return Status(201, ticket)
