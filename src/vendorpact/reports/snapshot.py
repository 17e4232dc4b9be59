"""A periodic report: per running engagement, where the agreement, money, service and
relationship stand. Reads only, through each app's own read functions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vendorpact.budget.figures import EngagementBudget
from vendorpact.core.checklist import Coverage, coverage
from vendorpact.core.health import BAND_LABELS
from vendorpact.core.terms import TermsAsOf
from vendorpact.engagements.models import Engagement
from vendorpact.engagements.services import advice_for, checklist_statuses
from vendorpact.relations.health_services import results_for
from vendorpact.relations.models import Concern
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


@dataclass
class OrganisationReport:
    month: str  # YYYY-MM
    rows: list[EngagementSnapshot] = field(default_factory=list)
    reminders: tuple = ()

    @property
    def open_concerns(self) -> int:
        return sum(row.open_concerns for row in self.rows)


def _health(engagement, lang: str) -> tuple[float | None, str]:
    scored = [r for r in results_for(engagement) if r.combined and r.combined.overall is not None]
    if not scored:
        return None, ""
    latest = max(scored, key=lambda result: result.check.period).combined
    return latest.overall, BAND_LABELS[latest.band].get(lang, "") if latest.band else ""


def engagement_snapshot(
    engagement, month: str, today: date, lang: str, sla_month: MonthRow | None = None
) -> EngagementSnapshot:
    """``sla_month``: the engagement's SLA figures of the month (``organisation_month``)."""
    budget = EngagementBudget(engagement)
    overall, band = _health(engagement, lang)
    standing = engagement.terms_on(today)
    return EngagementSnapshot(
        engagement=engagement,
        coverage=coverage(engagement.kind, checklist_statuses(engagement)),
        urgent_advice=sum(1 for a in advice_for(engagement, today) if a.severity == "high"),
        notice_deadline=standing.next_notice_deadline,
        terms=standing,
        budget=budget.summary() if budget.lines else None,
        sla_month=sla_month,
        health_overall=overall,
        health_band=band,
        open_concerns=Concern.objects.filter(engagement=engagement).open().count(),
    )


def organisation_report(org, month: str, today: date, lang: str) -> OrganisationReport:
    engagements = (
        Engagement.objects.filter(organisation=org)
        .exclude(status="ended")
        .select_related("supplier")
        .order_by("supplier__name", "title")
    )
    sla_months = organisation_month(org, month)
    return OrganisationReport(
        month=month,
        rows=[
            engagement_snapshot(e, month, today, lang, sla_months.get(e.pk)) for e in engagements
        ],
        reminders=reminders_for_org(org, today),
    )
