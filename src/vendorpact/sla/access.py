"""Tenant-scoped fetches of SLA imports and tickets (404 outside the organisation)."""

from vendorpact.orgs.access import get_object_for_user
from vendorpact.sla.models import SlaImport, Ticket


def get_sla_import_for_user(user, org, pk) -> SlaImport:
    return get_object_for_user(
        SlaImport.objects.select_related("engagement__supplier"), user, org, pk
    )


def get_ticket_for_user(user, org, pk) -> Ticket:
    return get_object_for_user(
        Ticket.objects.select_related("engagement__supplier").prefetch_related("events"),
        user,
        org,
        pk,
    )
