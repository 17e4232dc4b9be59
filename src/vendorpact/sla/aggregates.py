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


def _counts(now: dt.datetime, within: Q | None = None) -> dict:
    """Count expressions of ``core.sla.monthly.MonthlyCompliance.add_outcomes``."""
    scope = within if within is not None else Q()
    measured = (MET, BREACHED)
    return {
        "tickets": Count("pk", filter=scope),
        "responded": Count("pk", filter=scope & Q(response_outcome__in=measured)),
        "response_late": Count("pk", filter=scope & Q(response_outcome=BREACHED)),
        "response_overdue": Count("pk", filter=scope & response_overdue(now)),
        "resolved": Count("pk", filter=scope & Q(resolution_outcome__in=measured)),
        "resolution_late": Count("pk", filter=scope & Q(resolution_outcome=BREACHED)),
        "resolution_overdue": Count("pk", filter=scope & resolution_overdue(now)),
    }


def _compliance(month: str, row: dict) -> MonthCompliance:
    return MonthCompliance(
        month=month,
        tickets=row["tickets"],
        responded=row["responded"],
        response_breached=row["response_late"] + row["response_overdue"],
        resolved=row["resolved"],
        resolution_breached=row["resolution_late"] + row["resolution_overdue"],
        response_overdue=row["response_overdue"],
        resolution_overdue=row["resolution_overdue"],
    )


def monthly_compliance(results: QuerySet, now: dt.datetime) -> dict[str, MonthCompliance]:
    """{month: counts} of the results (one engagement), one GROUP BY query."""
    rows = results.order_by().values("month").annotate(**_counts(now))
    return {row["month"]: _compliance(row["month"], row) for row in rows}


@dataclass(frozen=True)
class EngagementMonth:
    """One engagement's counts of one month, and its first and last month with tickets."""

    compliance: MonthCompliance | None  # None: no ticket created that month
    first_month: str
    last_month: str


def month_of_engagements(results: QuerySet, month: str, now) -> dict[int, EngagementMonth]:
    """{engagement id: counts of ``month``} over many engagements, one GROUP BY query."""
    rows = (
        results.order_by()
        .values("engagement_id")
        .annotate(first=Min("month"), last=Max("month"), **_counts(now, Q(month=month)))
    )
    return {
        row["engagement_id"]: EngagementMonth(
            _compliance(month, row) if row["tickets"] else None, row["first"], row["last"]
        )
        for row in rows
    }
