"""Import batches of service levels (reads only): same file imported before, rows dated outside
the engagement, and what removing a batch would remove."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import Q

from vendorpact.core.import_batches import OutsidePeriod, engagement_period, outside_period
from vendorpact.sla.models import Downtime, ImportState, SlaImport, Ticket, TicketEvent


@dataclass(frozen=True)
class BatchContents:
    """What an imported file added and would be removed with it."""

    tickets: int
    events: int
    downtimes: int
    updated: int  # tickets that existed already: they stay, with the values from this file

    @property
    def total(self) -> int:
        return self.tickets + self.events + self.downtimes


def earlier_import(sla_import: SlaImport) -> SlaImport | None:
    """The latest import of the very same file (same SHA-256) into this engagement that is
    still in place."""
    if not sla_import.sha256:
        return None
    return (
        SlaImport.objects.filter(
            organisation_id=sla_import.organisation_id,
            engagement_id=sla_import.engagement_id,
            kind=sla_import.kind,
            sha256=sla_import.sha256,
            state=ImportState.DONE,
        )
        .exclude(pk=sla_import.pk)
        .select_related("created_by")
        .order_by("-created_at", "-pk")
        .first()
    )


def outside_engagement(sla_import: SlaImport, moments) -> OutsidePeriod:
    """Rows (by their date in the file's time zone) before the engagement's start or after its
    end."""
    zone = ZoneInfo(sla_import.timezone)
    period = engagement_period(sla_import.engagement.terms)
    return outside_period((moment.astimezone(zone).date() for moment in moments), period)


def added_moments(sla_import: SlaImport) -> list:
    """When the rows the batch added happened: tickets created, outages started."""
    scope = {"organisation_id": sla_import.organisation_id, "source_import": sla_import}
    return list(Ticket.objects.filter(**scope).values_list("created", flat=True)) + list(
        Downtime.objects.filter(**scope).values_list("start", flat=True)
    )


def events_of(sla_import: SlaImport):
    """Status events that go with the batch: those it added, and those of its tickets."""
    return TicketEvent.objects.filter(
        Q(source_import=sla_import) | Q(ticket__source_import=sla_import),
        organisation_id=sla_import.organisation_id,
    )


def batch_contents(sla_import: SlaImport) -> BatchContents:
    scope = {"organisation_id": sla_import.organisation_id, "source_import": sla_import}
    return BatchContents(
        tickets=Ticket.objects.filter(**scope).count(),
        events=events_of(sla_import).distinct().count(),
        downtimes=Downtime.objects.filter(**scope).count(),
        updated=sla_import.updated,
    )


def can_remove(sla_import: SlaImport) -> bool:
    """An imported file, or one whose import failed part-way (the rows written stay with it)."""
    return sla_import.state in (ImportState.DONE, ImportState.FAILED)
