"""Queries over the stored ticket results: breaches as of a moment, counts per month.

Open items are judged at query time from their stored due moments (``core.sla.stored``): an
unanswered ticket is overdue once ``now`` is past ``response_due``; an open ticket when its
clock had already run past the target (``resolution_left_seconds`` < 0) or ``now`` is past
``resolution_due``. The database counts per month (GROUP BY), never the application.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Max, Min, Q, QuerySet

from vendorpact.core.sla.monthly import MonthCompliance
from vendorpact.core.sla.outcome import BREACHED, MET, NOT_JUDGED


def response_overdue(now: dt.datetime) -> Q:
    return Q(is_open=True, response_outcome=NOT_JUDGED, response_due__lt=now)


def resolution_overdue(now: dt.datetime) -> Q:
    past = Q(resolution_left_seconds__lt=0) | Q(resolution_due__lt=now)
    return Q(is_open=True, resolution_outcome=NOT_JUDGED) & past


def response_breached(now: dt.datetime) -> Q:
    """A measured response over its target, or still unanswered past it."""
    return Q(response_outcome=BREACHED) | response_overdue(now)


def resolution_breached(now: dt.datetime) -> Q:
    return Q(resolution_outcome=BREACHED) | resolution_overdue(now)


def any_breach(now: dt.datetime) -> Q:
    return response_breached(now) | resolution_breached(now)


def breach_filter(choice: str, now: dt.datetime) -> Q | None:
    """The ticket list's "breached" filter (any, response, resolution, no), None for all."""
    if choice == "any":
        return any_breach(now)
    if choice == "response":
        return response_breached(now)
    if choice == "resolution":
        return resolution_breached(now)
    if choice == "no":
        return ~any_breach(now)
    return None


MEASURED = (MET, BREACHED)


def measured_counts(results: QuerySet) -> QuerySet:
    """Per month, the counts that do not depend on the moment of looking (stored as
    ``MonthResult`` rows with the results)."""
    return (
        results.order_by()
        .values("month")
        .annotate(
            tickets=Count("pk"),
            responded=Count("pk", filter=Q(response_outcome__in=MEASURED)),
            response_late=Count("pk", filter=Q(response_outcome=BREACHED)),
            resolved=Count("pk", filter=Q(resolution_outcome__in=MEASURED)),
            resolution_late=Count("pk", filter=Q(resolution_outcome=BREACHED)),
            late_tickets=Count(
                "pk", filter=Q(response_outcome=BREACHED) | Q(resolution_outcome=BREACHED)
            ),
        )
    )


def _overdue_counts(now: dt.datetime) -> dict:
    """Over open results only (an open ticket's resolution is never measured)."""
    overdue = response_overdue(now) | resolution_overdue(now)
    return {
        "response_overdue": Count("pk", filter=response_overdue(now)),
        "resolution_overdue": Count("pk", filter=resolution_overdue(now)),
        "newly_late": Count("pk", filter=overdue & ~Q(response_outcome=BREACHED)),
    }


@dataclass(frozen=True)
class MonthFigures:
    compliance: MonthCompliance
    tickets_with_breach: int


def _figures(month: str, measured, overdue: dict | None) -> MonthFigures:
    """``MonthlyCompliance.add_outcomes`` counts from the stored and the open counts."""
    overdue = overdue or {"response_overdue": 0, "resolution_overdue": 0, "newly_late": 0}
    compliance = MonthCompliance(
        month=month,
        tickets=measured.tickets,
        responded=measured.responded,
        response_breached=measured.response_late + overdue["response_overdue"],
        resolved=measured.resolved,
        resolution_breached=measured.resolution_late + overdue["resolution_overdue"],
        response_overdue=overdue["response_overdue"],
        resolution_overdue=overdue["resolution_overdue"],
    )
    return MonthFigures(compliance, measured.late_tickets + overdue["newly_late"])


def engagement_months(months: QuerySet, open_results: QuerySet, now) -> dict[str, MonthFigures]:
    """{month: figures} of one engagement: its ``MonthResult`` rows and its open results."""
    overdue = open_results.order_by().values("month").annotate(**_overdue_counts(now))
    by_month = {row["month"]: row for row in overdue}
    return {m.month: _figures(m.month, m, by_month.get(m.month)) for m in months}


@dataclass(frozen=True)
class EngagementMonth:
    """One engagement's figures of one month, and its first and last month with tickets."""

    figures: MonthFigures | None  # None: no ticket created that month
    first_month: str
    last_month: str


def month_of_engagements(
    months: QuerySet, open_results: QuerySet, month: str, now
) -> dict[int, EngagementMonth]:
    """{engagement id: figures of ``month``} over many engagements (``MonthResult`` rows and
    open results of an organisation): three queries, each over all the engagements."""
    spans = (
        months.order_by().values("engagement_id").annotate(first=Min("month"), last=Max("month"))
    )
    measured = {m.engagement_id: m for m in months.filter(month=month)}
    overdue = {
        row["engagement_id"]: row
        for row in open_results.filter(month=month)
        .order_by()
        .values("engagement_id")
        .annotate(**_overdue_counts(now))
    }
    result = {}
    for span in spans:
        engagement_id = span["engagement_id"]
        row = measured.get(engagement_id)
        figures = None if row is None else _figures(month, row, overdue.get(engagement_id))
        result[engagement_id] = EngagementMonth(figures, span["first"], span["last"])
    return result
