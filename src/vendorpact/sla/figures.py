"""Read side: the stored ticket results (``sla.results``) as the pages show them, monthly
compliance counted by the database, availability from the downtime log."""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q, QuerySet
from django.utils import timezone

from vendorpact.core.sla import SlaPolicy, StatusEvent, TicketResult, evaluate_ticket
from vendorpact.core.sla import Ticket as CoreTicket
from vendorpact.core.sla.availability import Downtime as CoreDowntime
from vendorpact.core.sla.availability import MonthAvailability, monthly_availability
from vendorpact.core.sla.calendar import to_epoch
from vendorpact.core.sla.imports.dates import EARLIEST_PLAUSIBLE, is_plausible, latest_plausible
from vendorpact.core.sla.monthly import MonthCompliance
from vendorpact.core.sla.outcome import BREACHED, MET, OVERDUE
from vendorpact.core.sla.stored import (
    resolution_outcome_as_of,
    resolution_remaining,
    response_outcome_as_of,
    response_remaining,
)
from vendorpact.sla import aggregates
from vendorpact.sla.models import (
    Downtime,
    ImportKind,
    ImportState,
    MonthResult,
    SlaImport,
    SlaTerms,
    Ticket,
    TicketEvent,
)
from vendorpact.sla.models import TicketResult as StoredResult
from vendorpact.sla.queries import ALL_TICKETS, TicketFilters, filter_results

_PARSED = threading.local()  # per thread: a calendar extends its intervals as it is used
POLICIES_KEPT = 64


def policy_of(terms: SlaTerms) -> SlaPolicy:
    """The parsed policy, kept per thread by its content: its business calendar builds its
    opening intervals on first use (tens of milliseconds), so each request need not."""
    kept: dict[str, SlaPolicy] = _PARSED.__dict__.setdefault("policies", {})
    key = json.dumps(terms.policy, sort_keys=True)
    policy = kept.get(key)
    if policy is None:
        if len(kept) >= POLICIES_KEPT:
            kept.clear()
        policy = kept[key] = SlaPolicy.from_dict(terms.policy)
    return policy


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


def implausible(field: str, today: dt.date) -> Q:
    """Moments outside the plausible window of ``core.sla.imports.dates`` (UTC dates)."""
    earliest = dt.datetime.combine(EARLIEST_PLAUSIBLE, dt.time(), dt.UTC)
    after = dt.datetime.combine(latest_plausible(today) + dt.timedelta(days=1), dt.time(), dt.UTC)
    return Q(**{f"{field}__lt": earliest}) | Q(**{f"{field}__gte": after})


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


def _epoch(moment: dt.datetime | None) -> float | None:
    return None if moment is None else to_epoch(moment)


def _flag(code: int) -> bool | None:
    """An outcome code as a ``TicketResult`` breach flag."""
    return {MET: False, BREACHED: True, OVERDUE: True}.get(code)


def result_as_of(stored: StoredResult, policy: SlaPolicy, now: dt.datetime) -> TicketResult:
    """The core result of a stored one as of ``now`` (open items judged from the due moments)."""
    moment = to_epoch(now)
    response = response_outcome_as_of(stored.response_outcome, _epoch(stored.response_due), moment)
    resolution = resolution_outcome_as_of(
        stored.resolution_outcome,
        stored.resolution_left_seconds,
        _epoch(stored.resolution_due),
        moment,
    )
    targets = policy.priorities[stored.priority]
    response_left = resolution_left = None
    if stored.is_open and stored.response_seconds is None and targets.response is not None:
        clock = policy.clock_for(targets.response)
        response_left = response_remaining(
            clock, targets.response.seconds, to_epoch(stored.created), moment
        )
    if stored.is_open and stored.resolution_left_seconds is not None:
        clock = policy.clock_for(targets.resolution)
        resolution_left = resolution_remaining(
            clock,
            stored.resolution_left_seconds,
            stored.resolution_running,
            to_epoch(stored.measured_until),
            moment,
        )
    return TicketResult(
        id=stored.ticket.external_id,
        priority=stored.priority,
        created=to_epoch(stored.created),
        response_seconds=stored.response_seconds,
        resolution_seconds=stored.resolution_seconds,
        response_breached=_flag(response),
        resolution_breached=_flag(resolution),
        response_due=_epoch(stored.response_due),
        resolution_due=_epoch(stored.resolution_due),
        response_remaining_seconds=response_left,
        resolution_remaining_seconds=resolution_left,
        customer_wait_seconds=stored.customer_wait_seconds,
        vendor_wait_seconds=stored.vendor_wait_seconds,
        reopen_count=stored.reopen_count,
    )


def month_row(
    label: str,
    counts: MonthCompliance | None,
    measured: MonthAvailability | None,
    current: str,
) -> MonthRow:
    row = MonthRow(label, in_progress=label >= current)
    if measured is not None and measured.has_data:
        row.availability = measured
    row.no_availability_data = measured is not None and not measured.has_data
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
    return row


def local_month(policy: SlaPolicy, moment: dt.datetime) -> str:
    return moment.astimezone(policy.calendar.zone).strftime("%Y-%m")


def availability_months(
    policy: SlaPolicy, downtimes: list[Downtime], ticket_months: set[str], wanted=None
) -> dict[str, MonthAvailability]:
    """Availability per month from the first to the last month with tickets or outages
    (``wanted``: only that month, when within that span)."""
    labels = ticket_months | {local_month(policy, d.start) for d in downtimes}
    if not labels or (wanted is not None and not min(labels) <= wanted <= max(labels)):
        return {}
    first, last = (wanted, wanted) if wanted is not None else (min(labels), max(labels))
    rows = monthly_availability(
        [core_downtime(d) for d in downtimes],
        policy.availability,
        policy.calendar.timezone,
        dt.date.fromisoformat(f"{first}-01"),
        dt.date.fromisoformat(f"{last}-01"),
        ticket_months=ticket_months,
    )
    return {row.month: row for row in rows}


class EngagementSla:
    """Everything the SLA pages show for one engagement, read from the stored results: a
    bounded number of queries whatever the number of tickets."""

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

    @property
    def results_pending(self) -> bool:
        """The stored results wait for the worker: the figures may be out of date."""
        terms = self.terms
        return terms is not None and terms.results_computed_version < terms.results_version

    def results(self) -> QuerySet[StoredResult]:
        return StoredResult.objects.filter(engagement=self.engagement)

    def filtered(self, filters: TicketFilters = ALL_TICKETS) -> QuerySet[StoredResult]:
        """The results the ticket list's filters keep, newest first; none without terms."""
        if self.policy is None:
            return self.results().none()
        return filter_results(self.results(), filters, self.now)

    def rows(self, results) -> list[EvaluatedTicket]:
        """Stored results (a page of them) as rows with their ticket."""
        if self.policy is None:
            return []
        return [
            EvaluatedTicket(stored.ticket, result_as_of(stored, self.policy, self.now))
            for stored in results.select_related("ticket")
        ]

    def ticket_months(self) -> list[str]:
        """The months with tickets, oldest first."""
        return list(self.results().order_by("month").values_list("month", flat=True).distinct())

    @cached_property
    def month_figures(self) -> dict[str, aggregates.MonthFigures]:
        if self.policy is None:
            return {}
        months = MonthResult.objects.filter(engagement=self.engagement)
        open_results = self.results().filter(is_open=True)
        return aggregates.engagement_months(months, open_results, self.now)

    @property
    def compliance(self) -> dict[str, MonthCompliance]:
        return {label: month.compliance for label, month in self.month_figures.items()}

    @property
    def ticket_count(self) -> int:
        return sum(month.compliance.tickets for month in self.month_figures.values())

    @cached_property
    def stored_ticket_count(self) -> int:
        return Ticket.objects.filter(engagement=self.engagement).count()

    @cached_property
    def unmapped_count(self) -> int:
        """Tickets left out for a priority the terms do not know (0 while results wait)."""
        if self.policy is None or self.results_pending:
            return 0
        return self.terms.results_unmapped

    @cached_property
    def out_of_range_tickets(self) -> set[int]:
        """Stored tickets with a moment outside the plausible window, left out of the figures:
        looked for only when tickets are left out for another reason than their priority."""
        if self.policy is not None and not self.results_pending:
            left_out = self.stored_ticket_count - self.ticket_count - self.unmapped_count
            if left_out <= 0:
                return set()
        today = self.now.date()
        moments = implausible("created", today) | implausible("first_response", today)
        moments |= implausible("resolved", today)
        tickets = Ticket.objects.filter(engagement=self.engagement)
        events = TicketEvent.objects.filter(ticket__engagement=self.engagement)
        events = events.filter(implausible("at", today))
        return set(tickets.filter(moments).values_list("pk", flat=True)) | set(
            events.values_list("ticket_id", flat=True)
        )

    @property
    def out_of_range_count(self) -> int:
        """Stored tickets and downtimes left out because of an implausible timestamp."""
        downtimes = len(self.stored_downtimes) - len(self.downtimes)
        return len(self.out_of_range_tickets) + downtimes

    @property
    def breach_count(self) -> int:
        """Tickets with a breach (measured or open and overdue)."""
        return sum(month.tickets_with_breach for month in self.month_figures.values())

    def latest_breaches(self, limit: int = 50) -> list[EvaluatedTicket]:
        return self.rows(self.filtered(TicketFilters(breached="any"))[:limit])

    @property
    def breaches(self) -> list[EvaluatedTicket]:
        """Every ticket with a breach, oldest first (loads them all: small sets, tests)."""
        return self.rows(self.filtered(TicketFilters(breached="any")).reverse())

    @property
    def evaluated(self) -> list[EvaluatedTicket]:
        """Every ticket, oldest first (loads them all: small sets, tests)."""
        return self.rows(self.filtered().reverse())

    def breaches_of_month(self, label: str) -> list[EvaluatedTicket]:
        return self.rows(self.filtered(TicketFilters(month=label, breached="any")).reverse())

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

    def _availability(self, ticket_months: set[str]) -> dict[str, MonthAvailability]:
        if self.policy.availability is None or not self.has_downtime_log:
            return {}
        return availability_months(self.policy, self.downtimes, ticket_months)

    @cached_property
    def months(self) -> list[MonthRow]:
        if self.policy is None:
            return []
        compliance = self.compliance
        availability = self._availability(set(compliance))
        current = local_month(self.policy, self.now)
        return [
            month_row(label, compliance.get(label), availability.get(label), current)
            for label in sorted(set(compliance) | set(availability))
        ]

    def month(self, label: str) -> MonthRow | None:
        return next((row for row in self.months if row.month == label), None)


def evaluate_one(sla: EngagementSla, ticket: Ticket) -> EvaluatedTicket | None:
    """One ticket under the engagement's current terms (None without terms or priority)."""
    priority = contract_priority(sla.policy, ticket) if sla.policy else None
    if priority is None or not has_plausible_dates(ticket, sla.now.date()):
        return None
    return EvaluatedTicket(
        ticket, evaluate_ticket(core_ticket(ticket, priority), sla.policy, sla.now)
    )


def _engagement_month(terms: SlaTerms, counts, downtimes, logged: bool, label: str, now):
    """One engagement's row of ``label``, as ``EngagementSla.month`` gives it."""
    policy = policy_of(terms)
    availability = {}
    if policy.availability is not None and logged:
        ticket_months = set() if counts is None else {counts.first_month, counts.last_month}
        if counts is not None and counts.figures is not None:
            ticket_months.add(label)
        availability = availability_months(policy, downtimes, ticket_months, wanted=label)
    compliance = None if counts is None or counts.figures is None else counts.figures.compliance
    if compliance is None and label not in availability:
        return None
    return month_row(label, compliance, availability.get(label), local_month(policy, now))


def organisation_month(org, label: str, now: dt.datetime | None = None) -> dict[int, MonthRow]:
    """{engagement id: figures of ``label``} for every engagement of the organisation with SLA
    terms and figures that month: five queries, whatever the number of engagements or
    tickets (the counts in one GROUP BY over all engagements)."""
    now = now or timezone.now()
    counts = aggregates.month_of_engagements(
        MonthResult.objects.filter(organisation=org),
        StoredResult.objects.filter(organisation=org, is_open=True),
        label,
        now,
    )
    logged = set(
        SlaImport.objects.filter(
            organisation=org, kind=ImportKind.DOWNTIME, state=ImportState.DONE
        ).values_list("engagement_id", flat=True)
    )
    downtimes: dict[int, list[Downtime]] = {}
    today = now.date()
    for downtime in Downtime.objects.filter(organisation=org).order_by("start"):
        if is_plausible(downtime.start, today) and is_plausible(downtime.end, today):
            downtimes.setdefault(downtime.engagement_id, []).append(downtime)
    rows = {}
    for terms in SlaTerms.objects.filter(organisation=org):
        engagement_id = terms.engagement_id
        if engagement_id not in counts and engagement_id not in downtimes:
            continue
        row = _engagement_month(
            terms,
            counts.get(engagement_id),
            downtimes.get(engagement_id, []),
            engagement_id in logged,
            label,
            now,
        )
        if row is not None:
            rows[engagement_id] = row
    return rows
