"""What the check-up reads of an organisation, as core.checkup.EngagementFacts: a fixed number
of queries whatever the number of engagements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import timezone

from vendorpact.analysis.models import Analysis, AnalysisState
from vendorpact.budget.figures import budgets_by_engagement
from vendorpact.concerns.models import OPEN_CONCERN_STATUSES, ConcernStatus
from vendorpact.core.checkup import EngagementFacts, SlaFacts
from vendorpact.engagements.models import Engagement
from vendorpact.health.services import results_by_engagement
from vendorpact.planning.models import Side, Slip
from vendorpact.sla.figures import organisation_month
from vendorpact.sla.models import MonthResult

WINDOW_MONTHS = 12


def window_months(as_of: dt.date) -> list[str]:
    """The 12 whole months before the month of `as_of`, oldest first (YYYY-MM)."""
    year, month = as_of.year, as_of.month
    labels = []
    for _ in range(WINDOW_MONTHS):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        labels.append(f"{year:04d}-{month:02d}")
    return labels[::-1]


def checkup_engagements(org) -> list[Engagement]:
    """The organisation's running engagements by supplier and title, with their checklist
    entries and their open and resolved concerns counted."""
    return list(
        Engagement.objects.filter(organisation=org)
        .running()
        .select_related("supplier")
        .prefetch_related("checklist_entries")
        .annotate(
            concerns_open=Count(
                "concerns", filter=Q(concerns__status__in=OPEN_CONCERN_STATUSES), distinct=True
            ),
            concerns_resolved=Count(
                "concerns", filter=Q(concerns__status=ConcernStatus.RESOLVED), distinct=True
            ),
        )
        .order_by("supplier__name", "title")
    )


def raised_risks(org) -> dict[int, tuple[str, ...]]:
    """Risk ids flagged by any finished analysis, per engagement."""
    risks: dict[int, set[str]] = {}
    done = Analysis.objects.filter(organisation=org, state=AnalysisState.DONE)
    for engagement_id, result in done.values_list("engagement_id", "result"):
        for risk in (result or {}).get("risks", []):
            risks.setdefault(engagement_id, set()).add(risk["id"])
    return {key: tuple(sorted(value)) for key, value in risks.items()}


def sla_facts(org, as_of: dt.date) -> dict[int, SlaFacts]:
    """Measured and late responses and resolutions, and service credits earned, over the
    window: one grouped query plus a fixed number per month of the window."""
    months = window_months(as_of)
    counts = (
        MonthResult.objects.filter(organisation=org, month__in=months)
        .order_by()
        .values("engagement_id")
        .annotate(
            responded=Sum("responded"),
            response_late=Sum("response_late"),
            resolved=Sum("resolved"),
            resolution_late=Sum("resolution_late"),
        )
    )
    now = timezone.make_aware(dt.datetime.combine(as_of, dt.time()))
    credits: dict[int, Decimal] = {}
    for label in months:
        for engagement_id, row in organisation_month(org, label, now).items():
            amount = Decimal(str(row.credit_eur)).quantize(Decimal("0.01"))
            credits[engagement_id] = credits.get(engagement_id, Decimal("0")) + amount
    facts = {
        row["engagement_id"]: SlaFacts(
            measured=row["responded"] + row["resolved"],
            late=row["response_late"] + row["resolution_late"],
            credits_eur=credits.get(row["engagement_id"], Decimal("0")),
        )
        for row in counts
    }
    for engagement_id, amount in credits.items():
        if engagement_id not in facts and amount > 0:
            facts[engagement_id] = SlaFacts(measured=0, late=0, credits_eur=amount)
    return facts


def slips_by_side(org, as_of: dt.date) -> dict[tuple[int, str], int]:
    """Slips recorded in the year before `as_of`, per (engagement id, side that caused it)."""
    since = as_of - dt.timedelta(days=365)
    rows = (
        Slip.objects.filter(organisation=org, recorded_on__gt=since, recorded_on__lte=as_of)
        .exclude(caused_by="")
        .order_by()
        .values("milestone__engagement_id", "caused_by")
        .annotate(count=Count("pk"))
    )
    return {(row["milestone__engagement_id"], row["caused_by"]): row["count"] for row in rows}


def both_sides_health(results) -> tuple[float | None, float | None]:
    """Client and supplier overall of the latest health check both sides answered."""
    both = [
        r
        for r in results
        if r.client and r.supplier and r.client.overall is not None
        if r.supplier.overall is not None
    ]
    if not both:
        return None, None
    latest = max(both, key=lambda result: result.check.period)
    return latest.client.overall, latest.supplier.overall


def organisation_facts(org, as_of: dt.date) -> list[EngagementFacts]:
    engagements = checkup_engagements(org)
    budgets = budgets_by_engagement(org.pk, engagements)
    health = results_by_engagement(org, [e.pk for e in engagements])
    risks = raised_risks(org)
    sla = sla_facts(org, as_of)
    slips = slips_by_side(org, as_of)
    facts = []
    for engagement in engagements:
        budget = budgets[engagement.pk]
        summary = budget.summary() if budget.lines else None
        client, supplier = both_sides_health(health.get(engagement.pk, []))
        facts.append(
            EngagementFacts(
                engagement_id=engagement.pk,
                title=engagement.title,
                supplier=engagement.supplier.name,
                kind=engagement.kind,
                checklist={e.item_id: e.status for e in engagement.checklist_entries.all()},
                raised_risks=risks.get(engagement.pk, ()),
                sla=sla.get(engagement.pk),
                budget=summary.budget if summary else None,
                invoiced=summary.invoiced if summary else Decimal("0"),
                slips_supplier=slips.get((engagement.pk, Side.SUPPLIER), 0),
                slips_client=slips.get((engagement.pk, Side.CLIENT), 0),
                concerns_open=engagement.concerns_open,
                concerns_resolved=engagement.concerns_resolved,
                health_client=client,
                health_supplier=supplier,
                notice_deadline=engagement.terms_on(as_of).next_notice_deadline,
            )
        )
    return facts
