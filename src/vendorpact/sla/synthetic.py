"""A large synthetic ticket history for one engagement (benchmarks and tests of scale).

Tickets are spread over the two years before ``now`` with a mix that exercises every rule:
answered and unanswered, resolved and open (some past their targets, some paused), waits for
the customer and for a third party, reopened tickets and unknown priorities. The rows are
written with ``bulk_create``, then the stored results computed once.
"""

from __future__ import annotations

import datetime as dt
import random

from vendorpact.sla.models import Ticket, TicketEvent
from vendorpact.sla.results import recompute_engagement

SPAN_DAYS = 730
PRIORITIES = ("urgent", "high", "normal", "low", "P1", "P3", "unknown")
BATCH = 2000


def _resolution_hours(rng: random.Random) -> float:
    """Most tickets within hours, some within days, a few after weeks (calendar hours)."""
    draw = rng.random()
    if draw < 0.8:
        return rng.uniform(0.5, 6)
    if draw < 0.95:
        return rng.uniform(6, 48)
    return rng.uniform(48, 400)


def _ticket(rng: random.Random, number: int, now: dt.datetime, engagement) -> tuple:
    created = now - dt.timedelta(minutes=rng.randrange(60, SPAN_DAYS * 24 * 60))
    answered = created + dt.timedelta(minutes=rng.randrange(1, 240))
    resolved = answered + dt.timedelta(hours=_resolution_hours(rng))
    kind = rng.random()
    if kind < 0.04 or resolved >= now:  # still open
        resolved = None
        answered = answered if rng.random() < 0.5 and answered < now else None
    ticket = Ticket(
        organisation_id=engagement.organisation_id,
        engagement=engagement,
        supplier_id=engagement.supplier_id,
        external_id=f"S-{number}",
        priority_raw="",
        priority=rng.choice(PRIORITIES),
        created=created,
        first_response=answered,
        resolved=resolved,
        status="open" if resolved is None else "solved",
        subject=f"Synthetic ticket {number}",
    )
    return ticket, created, resolved


def _events(rng: random.Random, created, resolved, now) -> list[tuple[dt.datetime, str]]:
    """A status history for about half the tickets: waits, sometimes a reopen."""
    if rng.random() < 0.5:
        return []
    end = resolved or now
    span = max((end - created).total_seconds(), 120.0)
    first, second = sorted(rng.uniform(0, span) for _ in range(2))
    wait = rng.choice(("pending", "hold", "waiting for customer", "in progress"))
    events = [
        (created + dt.timedelta(seconds=first), wait),
        (created + dt.timedelta(seconds=second), "open"),
    ]
    if resolved is not None and rng.random() < 0.1:  # solved, reopened, solved again
        events[1:] = [
            (created + dt.timedelta(seconds=second), "solved"),
            (created + dt.timedelta(seconds=(second + span) / 2), "open"),
        ]
    if resolved is None and rng.random() < 0.3:  # left waiting: the clock is stopped
        events = events[:1]
    return [(moment.replace(microsecond=0), status) for moment, status in events]


def build_tickets(
    engagement, count: int, now: dt.datetime, seed: int = 7, first_number: int = 0
) -> None:
    """``count`` tickets (numbered from ``first_number``) with their status history on the
    engagement, then its results stored."""
    rng = random.Random(seed)
    last = first_number + count
    for start in range(first_number, last, BATCH):
        tickets, histories = [], []
        for number in range(start, min(start + BATCH, last)):
            ticket, created, resolved = _ticket(rng, number, now, engagement)
            tickets.append(ticket)
            histories.append(_events(rng, created, resolved, now))
        Ticket.objects.bulk_create(tickets, batch_size=500)
        saved = Ticket.objects.filter(
            engagement=engagement, external_id__in=[t.external_id for t in tickets]
        ).values_list("external_id", "pk")
        pks = dict(saved)
        events = [
            TicketEvent(
                organisation_id=engagement.organisation_id,
                ticket_id=pks[ticket.external_id],
                at=moment,
                status=status,
            )
            for ticket, history in zip(tickets, histories, strict=True)
            for moment, status in history
        ]
        TicketEvent.objects.bulk_create(events, batch_size=500)
    recompute_engagement(engagement.pk)
