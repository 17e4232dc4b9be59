"""Read side: model rows -> core records, evaluation, monthly compliance and availability."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from django.utils import timezone

from vendorpact.core.sla import SlaPolicy, StatusEvent, TicketResult, evaluate_ticket
from vendorpact.core.sla import Ticket as CoreTicket
from vendorpact.core.sla.availability import Downtime as CoreDowntime
from vendorpact.core.sla.availability import MonthAvailability, monthly_availability
from vendorpact.core.sla.imports.dates import is_plausible
from vendorpact.core.sla.monthly import MonthlyCompliance
from vendorpact.sla.models import Downtime, ImportKind, ImportState, SlaTerms, Ticket


def policy_of(terms: SlaTerms) -> SlaPolicy:
    return SlaPolicy.from_dict(terms.policy)


def contract_priority(policy: SlaPolicy, ticket: Ticket) -> str | None:
    """The contract priority of a stored ticket under the current policy."""
    return policy.resolve_priority(ticket.priority) or policy.resolve_priority(ticket.priority_raw)


def core_ticket(ticket: Ticket, priority: str) -> CoreTicket:
    return CoreTicket(
        id=ticket.external_id,
        priority=priority,
        created=ticket.created,
        first_response=ticket.first_response,
        resolved=ticket.resolved,
        events=tuple(StatusEvent(e.at, e.status) for e in ticket.events.all()),
        status=ticket.status,
        subject=ticket.subject,
    )


def has_plausible_dates(ticket: Ticket, today: dt.date) -> bool:
    """False for a ticket stored with a timestamp the calendar cannot handle (e.g. year 1),
    which is left out of the figures instead of failing the page."""
    moments = [ticket.created, ticket.first_response, ticket.resolved]
    moments += [event.at for event in ticket.events.all()]
    return all(is_plausible(moment, today) for moment in moments if moment is not None)


def core_downtime(downtime: Downtime) -> CoreDowntime:
    return CoreDowntime(
        start=downtime.start,
        end=downtime.end,
        scope=downtime.scope,
        planned=downtime.planned,
        reference=downtime.description,
    )


@dataclass
class EvaluatedTicket:
    ticket: Ticket
    result: TicketResult

    @property
    def breached(self) -> bool:
        """A measured breach, or still open past a target ("open, overdue")."""
        return bool(self.result.response_breached or self.result.resolution_breached)

    @property
    def overdue(self) -> bool:
        return self.result.response_overdue or self.result.resolution_overdue

    @property
    def is_open(self) -> bool:
        return self.ticket.resolved is None and self.result.resolution_seconds is None

    @property
    def remaining_seconds(self) -> float | None:
        """Time left on the clock that is still running (response first, then resolution)."""
        if self.result.response_seconds is None and self.result.response_remaining_seconds:
            return self.result.response_remaining_seconds
        if self.is_open:
            return self.result.resolution_remaining_seconds
        return None


@dataclass
class MonthRow:
    month: str
    tickets: int = 0
    responded: int = 0
    response_breached: int = 0
    response_percent: float | None = None
    resolved: int = 0
    resolution_breached: int = 0
    resolution_percent: float | None = None
    response_overdue: int = 0  # open tickets past a target: included in the breaches
    resolution_overdue: int = 0
    availability: MonthAvailability | None = None  # None without a log or without data
    no_availability_data: bool = False  # a downtime log exists but says nothing of this month
    in_progress: bool = False

    @property
    def breaches(self) -> int:
        return self.response_breached + self.resolution_breached

    @property
    def overdue(self) -> int:
        return self.response_overdue + self.resolution_overdue

    @property
    def downtime_minutes(self) -> int | None:
        return None if self.availability is None else round(self.availability.downtime_seconds / 60)

    @property
    def credit_eur(self) -> float:
        return 0.0 if self.availability is None else self.availability.credit_eur

    @property
    def has_claim(self) -> bool:
        return self.credit_eur > 0 or self.breaches > 0


class EngagementSla:
    """Everything the SLA pages show for one engagement, computed from the stored history."""

    def __init__(self, engagement, now: dt.datetime | None = None) -> None:
        self.engagement = engagement
        self.now = now or timezone.now()
        self.terms = SlaTerms.objects.filter(engagement=engagement).first()

    @cached_property
    def policy(self) -> SlaPolicy | None:
        return None if self.terms is None else policy_of(self.terms)

    @cached_property
    def zone_name(self) -> str:
        return (
            self.policy.calendar.timezone if self.policy else timezone.get_current_timezone_name()
        )

    @cached_property
    def stored_tickets(self) -> list[Ticket]:
        return list(Ticket.objects.for_engagement(self.engagement).order_by("created", "pk"))

    @cached_property
    def tickets(self) -> list[Ticket]:
        today = self.now.date()
        return [t for t in self.stored_tickets if has_plausible_dates(t, today)]

    @property
    def out_of_range_count(self) -> int:
        """Stored tickets and downtimes left out because of an implausible timestamp."""
        tickets = len(self.stored_tickets) - len(self.tickets)
        return tickets + len(self.stored_downtimes) - len(self.downtimes)

    @cached_property
    def evaluated(self) -> list[EvaluatedTicket]:
        if self.policy is None:
            return []
        rows = []
        for ticket in self.tickets:
            priority = contract_priority(self.policy, ticket)
            if priority is None:
                continue
            result = evaluate_ticket(core_ticket(ticket, priority), self.policy, self.now)
            rows.append(EvaluatedTicket(ticket, result))
        return rows

    @property
    def unmapped_count(self) -> int:
        return len(self.tickets) - len(self.evaluated) if self.policy else 0

    @property
    def breaches(self) -> list[EvaluatedTicket]:
        return [row for row in self.evaluated if row.breached]

    @cached_property
    def compliance(self) -> MonthlyCompliance:
        months = MonthlyCompliance(self.zone_name)
        for row in self.evaluated:
            months.add_result(row.result)
        return months

    @cached_property
    def stored_downtimes(self) -> list[Downtime]:
        return list(Downtime.objects.filter(engagement=self.engagement).order_by("start"))

    @cached_property
    def downtimes(self) -> list[Downtime]:
        today = self.now.date()
        return [
            d
            for d in self.stored_downtimes
            if is_plausible(d.start, today) and is_plausible(d.end, today)
        ]

    @cached_property
    def has_downtime_log(self) -> bool:
        return self.engagement.sla_imports.filter(
            kind=ImportKind.DOWNTIME, state=ImportState.DONE
        ).exists()

    def _local_month(self, moment: dt.datetime) -> str:
        return moment.astimezone(self.policy.calendar.zone).strftime("%Y-%m")

    def _availability(self, ticket_months: set[str]) -> dict[str, MonthAvailability]:
        terms = self.policy.availability if self.policy else None
        if terms is None or not self.has_downtime_log:
            return {}
        labels = ticket_months | {self._local_month(d.start) for d in self.downtimes}
        if not labels:
            return {}
        first, last = (dt.date.fromisoformat(f"{label}-01") for label in (min(labels), max(labels)))
        rows = monthly_availability(
            [core_downtime(d) for d in self.downtimes],
            terms,
            self.zone_name,
            first,
            last,
            ticket_months=ticket_months,
        )
        return {row.month: row for row in rows}

    @cached_property
    def months(self) -> list[MonthRow]:
        if self.policy is None:
            return []
        compliance = {m.month: m for m in self.compliance.result()}
        availability = self._availability(set(compliance))
        current = self._local_month(self.now)
        rows = []
        for label in sorted(set(compliance) | set(availability)):
            measured = availability.get(label)
            row = MonthRow(label, in_progress=label >= current)
            if measured is not None and measured.has_data:
                row.availability = measured
            row.no_availability_data = measured is not None and not measured.has_data
            counts = compliance.get(label)
            if counts is not None:
                row.tickets = counts.tickets
                row.responded = counts.responded
                row.response_breached = counts.response_breached
                row.response_percent = counts.response_compliance_percent
                row.resolved = counts.resolved
                row.resolution_breached = counts.resolution_breached
                row.resolution_percent = counts.resolution_compliance_percent
                row.response_overdue = counts.response_overdue
                row.resolution_overdue = counts.resolution_overdue
            rows.append(row)
        return rows

    def month(self, label: str) -> MonthRow | None:
        return next((row for row in self.months if row.month == label), None)

    def tickets_of_month(self, label: str) -> list[EvaluatedTicket]:
        zone = self.policy.calendar.zone
        return [
            row
            for row in self.evaluated
            if row.ticket.created.astimezone(zone).strftime("%Y-%m") == label
        ]


def evaluate_one(sla: EngagementSla, ticket: Ticket) -> EvaluatedTicket | None:
    """One ticket under the engagement's current terms (None without terms or priority)."""
    priority = contract_priority(sla.policy, ticket) if sla.policy else None
    if priority is None or not has_plausible_dates(ticket, sla.now.date()):
        return None
    return EvaluatedTicket(
        ticket, evaluate_ticket(core_ticket(ticket, priority), sla.policy, sla.now)
    )
