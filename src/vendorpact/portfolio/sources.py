"""Read everything the portfolio shows for a user's organisations, in a fixed number of queries
whatever the number of organisations and engagements (one query per kind of record, over all
organisations at once)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Sum

from vendorpact.budget.figures import budgets_across_organisations
from vendorpact.budget.models import ExtraCost
from vendorpact.concerns.models import Concern
from vendorpact.core import portfolio as core
from vendorpact.core.checklist import coverage
from vendorpact.core.reminders import Reminder
from vendorpact.core.terms import add_months
from vendorpact.engagements.models import Engagement, EngagementStatus
from vendorpact.engagements.services import checklist_statuses
from vendorpact.health.services import latest_scored, results_across_organisations
from vendorpact.orgs.models import Membership
from vendorpact.reminders.sources import reminders_by_org
from vendorpact.sla.models import MonthResult

SLA_MONTHS = 3


def user_organisations(user) -> list:
    """Every organisation the user belongs to (and only those), by name."""
    return [m.organisation for m in Membership.objects.for_user(user)]


def has_portfolio(user) -> bool:
    return Membership.objects.for_user(user).count() >= 2


def sla_months(today: date, count: int = SLA_MONTHS) -> list[str]:
    """The `count` calendar months up to and including today's, as YYYY-MM."""
    first = today.replace(day=1)
    return [add_months(first, -offset).strftime("%Y-%m") for offset in range(count)]


def _running_engagements(orgs) -> list[Engagement]:
    return list(
        Engagement.objects.filter(organisation__in=orgs)
        .running()
        .select_related("supplier")
        .prefetch_related("checklist_entries")
        .order_by("title", "pk")
    )


def _open_concerns(orgs) -> dict[int, list[date]]:
    rows = (
        Concern.objects.open()
        .filter(organisation__in=orgs)
        .exclude(engagement__status=EngagementStatus.ENDED)
        .values_list("engagement_id", "raised_on")
    )
    grouped: dict[int, list[date]] = defaultdict(list)
    for engagement_id, raised_on in rows:
        grouped[engagement_id].append(raised_on)
    return grouped


def _sla_counts(orgs, months: list[str]) -> dict[int, tuple[int, int]]:
    """{engagement id: (measured, late)} over the stored monthly results of `months`."""
    rows = (
        MonthResult.objects.filter(organisation__in=orgs, month__in=months)
        .values("engagement_id")
        .annotate(
            responded=Sum("responded"),
            response_late=Sum("response_late"),
            resolved=Sum("resolved"),
            resolution_late=Sum("resolution_late"),
        )
        .order_by()
    )
    return {
        row["engagement_id"]: (
            row["responded"] + row["resolved"],
            row["response_late"] + row["resolution_late"],
        )
        for row in rows
    }


def _unapproved_costs(orgs) -> dict[int, Decimal]:
    rows = (
        ExtraCost.objects.filter(organisation__in=orgs, status="reported")
        .values("engagement_id")
        .annotate(total=Sum("estimate"))
        .order_by()
    )
    return {row["engagement_id"]: row["total"] for row in rows}


@dataclass(frozen=True)
class Portfolio:
    today: date
    months: list[str]  # the SLA period, most recent first
    rows: list[core.ClientRow]
    reminders: list[tuple[object, Reminder]]  # (organisation, reminder), by due date


def engagement_facts(orgs, today: date) -> dict[int, list[core.EngagementFacts]]:
    """{organisation id: facts of each of its running engagements}."""
    engagements = _running_engagements(orgs)
    months = sla_months(today)
    concerns = _open_concerns(orgs)
    sla = _sla_counts(orgs, months)
    costs = _unapproved_costs(orgs)
    budgets = budgets_across_organisations(engagements)
    health = results_across_organisations(engagements)
    facts: dict[int, list[core.EngagementFacts]] = defaultdict(list)
    for engagement in engagements:
        summary = budgets[engagement.pk].summary()
        latest = latest_scored(health.get(engagement.pk, []))
        measured, late = sla.get(engagement.pk, (0, 0))
        facts[engagement.organisation_id].append(
            core.EngagementFacts(
                engagement_id=engagement.pk,
                title=engagement.title,
                next_notice_deadline=engagement.terms_on(today).next_notice_deadline,
                coverage_percent=coverage(engagement.kind, checklist_statuses(engagement)).percent,
                open_concerns_raised_on=tuple(concerns.get(engagement.pk, ())),
                sla_measured=measured,
                sla_late=late,
                health_overall=latest.combined.overall if latest else None,
                unapproved_extra_costs=costs.get(engagement.pk, core.ZERO),
                budget=summary.budget,
                forecast=summary.forecast,
            )
        )
    return facts


def portfolio_for(user, today: date) -> Portfolio:
    orgs = user_organisations(user)
    facts = engagement_facts(orgs, today)
    rows = [core.client_row(o.pk, o.name, o.slug, facts.get(o.pk, []), today) for o in orgs]
    by_org = reminders_by_org(orgs, today)
    reminders = sorted(
        ((org, reminder) for org in orgs for reminder in by_org[org.pk]),
        key=lambda pair: (pair[1].due, pair[0].name),
    )
    return Portfolio(today, sla_months(today), rows, reminders)
