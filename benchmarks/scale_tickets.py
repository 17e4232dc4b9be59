"""Tickets for the large tenant of web_scale.py, imported the way a user imports them.

Every fourth running engagement gets NetCare's service levels (``sla.services.save_terms``)
when none of the organisation's engagements has terms. The tickets are spread over those
engagements as a real organisation has them: a few engagements with many tickets (40 %, 12 %,
8 % and 5 % of them on the first four), the rest evenly over the others. Per engagement a
Zendesk export with its status history over the last 60 months (``sla.demo_export``) is
staged and confirmed (``sla.services``); a file over the inline limit is written by the import
task (``sla.import_tasks.run_import``, as the worker runs it) and the stored results of an
engagement over the inline limit are computed by the recompute task's function
(``sla.results.recompute_pending``), so the per-ticket results and the month rows are those
of production.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.engagements.models import Engagement
from vendorpact.sla import import_tasks, services
from vendorpact.sla.demo import NETCARE_POLICY
from vendorpact.sla.demo_export import build_export
from vendorpact.sla.models import ImportKind, ImportState, SlaImport, SlaTerms, Ticket, TicketEvent
from vendorpact.sla.results import recompute_pending

MONTHS = 60  # five years
BIG_SHARES = (0.40, 0.12, 0.08, 0.05)
TERMS_EVERY = 4  # every fourth running engagement has service levels


@dataclass
class TicketImport:
    engagements: int
    tickets: int
    events: int
    largest: int
    export_seconds: float
    import_seconds: float  # stage, confirm, import task and stored results
    skipped: Counter = field(default_factory=Counter)  # rows the imports left out, by reason


def ticket_counts(total: int, engagements: int) -> list[int]:
    """How many of ``total`` tickets each of ``engagements`` engagements gets."""
    if engagements == 0:
        return []
    big = [round(total * share) for share in BIG_SHARES[: max(engagements - 1, 0)]]
    rest = total - sum(big)
    others = engagements - len(big)
    return big + [rest // others + (1 if k < rest % others else 0) for k in range(others)]


def sla_engagements(org, user) -> list[Engagement]:
    """The running engagements with service levels, after giving some of them NetCare's."""
    running = list(Engagement.objects.filter(organisation=org).running().order_by("pk"))
    if not SlaTerms.objects.filter(organisation=org).exists():
        for engagement in running[::TERMS_EVERY]:
            services.save_terms(
                org=org, actor=user, engagement=engagement, policy=dict(NETCARE_POLICY)
            )
    with_terms = set(SlaTerms.objects.filter(organisation=org).values_list("engagement_id"))
    return [e for e in running if (e.pk,) in with_terms]


def import_tickets(org, user, total: int) -> TicketImport:
    """Spread ``total`` tickets over the organisation's engagements with service levels."""
    engagements = sla_engagements(org, user)
    policy = SlaPolicy.from_dict(NETCARE_POLICY)
    now = timezone.now()
    export_seconds = import_seconds = 0.0
    skipped = Counter()
    first_number = 1  # ticket numbers are unique per supplier; suppliers have many engagements
    for seed, (engagement, count) in enumerate(
        zip(engagements, ticket_counts(total, len(engagements)), strict=True)
    ):
        if count == 0:
            continue
        started = time.perf_counter()
        export = build_export(
            policy, now, seed=seed, count=count, months=MONTHS, first_number=first_number
        )
        first_number += count
        export_seconds += time.perf_counter() - started
        started = time.perf_counter()
        done = _import(org, user, engagement, export)
        skipped.update(row.get("code", "") for row in done.skipped)
        import_seconds += time.perf_counter() - started
    started = time.perf_counter()
    recompute_pending()  # what the queued recompute tasks do
    import_seconds += time.perf_counter() - started
    return TicketImport(
        engagements=len(engagements),
        tickets=Ticket.objects.filter(organisation=org).count(),
        events=TicketEvent.objects.filter(organisation=org).count(),
        largest=ticket_counts(total, len(engagements))[0],
        export_seconds=export_seconds,
        import_seconds=import_seconds,
        skipped=skipped,
    )


def _import(org, user, engagement, export) -> SlaImport:
    staged = services.stage_import(
        org=org,
        actor=user,
        engagement=engagement,
        kind=ImportKind.TICKETS,
        uploaded=SimpleUploadedFile("zendesk-export.csv", export.tickets_csv.encode()),
        events_uploaded=SimpleUploadedFile("statusgeschiedenis.csv", export.events_csv.encode()),
        zone="Europe/Brussels",
        day_first=True,
    )
    confirmed = services.confirm_import(org=org, actor=user, sla_import=staged)
    if confirmed.state == ImportState.IMPORTING:  # queued: run it as the worker does
        confirmed = import_tasks.run_import(staged.pk)
    assert confirmed.state == ImportState.DONE, (engagement.pk, confirmed.state)
    return confirmed
