"""A periodic report: per running engagement, where the agreement, money, service and
relationship stand. Reads only, through each app's own read functions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q

from vendorpact.budget.figures import budgets_by_engagement
from vendorpact.concerns.models import OPEN_CONCERN_STATUSES, ConcernStatus
from vendorpact.core.checklist import Coverage, coverage
from vendorpact.core.health import BAND_LABELS
from vendorpact.core.terms import TermsAsOf
from vendorpact.engagements.models import Engagement
from vendorpact.engagements.services import (
    advice_for,
    checklist_statuses,
    suppliers_with_maintenance,
)
from vendorpact.health.services import results_by_engagement
from vendorpact.reminders.sources import reminders_for_org
from vendorpact.sla.figures import MonthRow, organisation_month


@dataclass
class EngagementSnapshot:
    engagement: Engagement
    coverage: Coverage
    urgent_advice: int
    notice_deadline: date | None
    terms: TermsAsOf | None = None  # the notice dates as of the report's day
    budget: object | None = None  # core BudgetSummary when the engagement has budget lines
    sla_month: MonthRow | None = None
    health_overall: float | None = None
    health_band: str = ""
    open_concerns: int = 0
    escalated_concerns: int = 0
    exit_decided: bool = False


@dataclass
class OrganisationReport:
    month: str  # YYYY-MM
    rows: list[EngagementSnapshot] = field(default_factory=list)
    reminders: tuple = ()

    @property
    def open_concerns(self) -> int:
        return sum(row.open_concerns for row in self.rows)


def _health(results, lang: str) -> tuple[float | None, str]:
    scored = [r for r in results if r.combined and r.combined.overall is not None]
    if not scored:
        return None, ""
    latest = max(scored, key=lambda result: result.check.period).combined
    return latest.overall, BAND_LABELS[latest.band].get(lang, "") if latest.band else ""


@dataclass(frozen=True)
class _Loaded:
    """What the snapshots read for all engagements at once (a fixed number of queries)."""

    budgets: dict
    health: dict
    maintained_suppliers: set


def engagement_snapshot(
    engagement,
    month: str,
    today: date,
    lang: str,
    loaded: _Loaded,
    sla_month: MonthRow | None = None,
) -> EngagementSnapshot:
    """`engagement` comes from `report_engagements` (checklist prefetched, open concerns
    counted); `sla_month`: its SLA figures of the month (`organisation_month`)."""
    budget = loaded.budgets[engagement.pk]
    overall, band = _health(loaded.health.get(engagement.pk, []), lang)
    standing = engagement.terms_on(today)
    advice = advice_for(engagement, today, maintained_suppliers=loaded.maintained_suppliers)
    return EngagementSnapshot(
        engagement=engagement,
        coverage=coverage(engagement.kind, checklist_statuses(engagement)),
        urgent_advice=sum(1 for a in advice if a.severity == "high"),
        notice_deadline=standing.next_notice_deadline,
        terms=standing,
        budget=budget.summary() if budget.lines else None,
        sla_month=sla_month,
        health_overall=overall,
        health_band=band,
        open_concerns=engagement.open_concern_count,
        escalated_concerns=engagement.escalated_concern_count,
        exit_decided=engagement.exit_decided_count > 0,
    )


def report_engagements(org) -> list[Engagement]:
    """The organisation's running engagements by supplier and title, with their checklist
    entries, number of open and of escalated concerns and whether exit was decided."""
    open_concerns = Count("concerns", filter=Q(concerns__status__in=OPEN_CONCERN_STATUSES))
    escalated = Count("concerns", filter=Q(concerns__status=ConcernStatus.ESCALATED))
    exit_decided = Count("concerns", filter=Q(concerns__status=ConcernStatus.EXIT_DECIDED))
    return list(
        Engagement.objects.filter(organisation=org)
        .running()
        .select_related("supplier")
        .prefetch_related("checklist_entries")
        .annotate(
            open_concern_count=open_concerns,
            escalated_concern_count=escalated,
            exit_decided_count=exit_decided,
        )
        .order_by("supplier__name", "title")
    )


def organisation_report(org, month: str, today: date, lang: str) -> OrganisationReport:
    engagements = report_engagements(org)
    ids = [e.pk for e in engagements]
    loaded = _Loaded(
        budgets=budgets_by_engagement(org.pk, engagements),
        health=results_by_engagement(org, ids),
        maintained_suppliers=suppliers_with_maintenance(org.pk),
    )
    sla_months = organisation_month(org, month)
    return OrganisationReport(
        month=month,
        rows=[
            engagement_snapshot(e, month, today, lang, loaded, sla_months.get(e.pk))
            for e in engagements
        ],
        reminders=reminders_for_org(org, today),
    )
