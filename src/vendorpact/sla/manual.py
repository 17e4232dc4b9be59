"""Entering one outage or one ticket by hand, next to the imports: each call is one
transaction, validated by the model (``full_clean``) as the form and the API see it."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from vendorpact.sla.models import Downtime, SlaTerms, Ticket
from vendorpact.sla.results import request_recompute


@transaction.atomic
def add_downtime(
    *,
    org,
    actor,
    engagement,
    start: datetime,
    end: datetime,
    scope: str = "",
    planned: bool = False,
    description: str = "",
) -> Downtime:
    """Store one outage (no import batch: removing a batch never removes it)."""
    downtime = Downtime(
        organisation=org,
        engagement=engagement,
        start=start,
        end=end,
        scope=scope,
        planned=planned,
        description=description,
    )
    downtime.full_clean(validate_constraints=False)
    same = Downtime.objects.filter(engagement=engagement, start=start, end=end, scope=scope)
    if same.exists():
        raise ValidationError(_("This outage is already recorded."))
    downtime.save()
    return downtime


def contract_priorities(engagement) -> list[str]:
    """The priorities of the engagement's SLA terms, in the order they were agreed."""
    terms = SlaTerms.objects.filter(engagement=engagement).first()
    return list((terms.policy.get("priorities") or {}) if terms else ())


@transaction.atomic
def add_ticket(
    *,
    org,
    actor,
    engagement,
    external_id: str,
    priority: str,
    created: datetime,
    first_response: datetime | None = None,
    resolved: datetime | None = None,
    status: str = "",
    subject: str = "",
) -> Ticket:
    """Store one ticket of a priority of the SLA terms; the stored SLA results are recomputed
    as after an import."""
    if priority not in contract_priorities(engagement):
        raise ValidationError({"priority": _("Choose a priority of the SLA terms.")})
    ticket = Ticket(
        organisation=org,
        engagement=engagement,
        supplier=engagement.supplier,
        external_id=external_id.strip(),
        priority_raw=priority,
        priority=priority,
        created=created,
        first_response=first_response,
        resolved=resolved,
        status=status,
        subject=subject,
    )
    ticket.full_clean(validate_constraints=False)
    known = Ticket.objects.filter(supplier=engagement.supplier, external_id=ticket.external_id)
    if known.exists():
        raise ValidationError(
            {"external_id": _("This supplier already has a ticket with this number.")}
        )
    ticket.save()
    request_recompute(engagement)
    return ticket
