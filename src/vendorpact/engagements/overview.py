"""Read-side summaries of engagements for lists and the dashboard."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from vendorpact.common.data_versions import cached_by_organisation
from vendorpact.core.checklist import coverage
from vendorpact.engagements.models import ChecklistEntry, EngagementStatus, Kind
from vendorpact.engagements.services import advice_for, suppliers_with_maintenance

# The labels of the kinds and statuses (translated when shown): a dict lookup per row instead
# of get_<field>_display(), which rebuilds the choices mapping on each call.
KIND_LABELS = dict(Kind.choices)
STATUS_LABELS = dict(EngagementStatus.choices)


def checklist_statuses_of(engagements) -> dict[int, dict[str, str]]:
    """{engagement pk: {item id: status}} of the given engagements, in one query."""
    statuses: dict[int, dict[str, str]] = defaultdict(dict)
    rows = ChecklistEntry.objects.filter(engagement__in=[e.pk for e in engagements])
    for engagement_id, item_id, status in rows.values_list("engagement_id", "item_id", "status"):
        statuses[engagement_id][item_id] = status
    return statuses


@dataclass(frozen=True)
class AdviceInputs:
    """What advising many engagements of one organisation reads besides the engagements."""

    maintained_suppliers: set[int]
    statuses: dict[int, dict[str, str]]  # {engagement pk: {item id: status}}


def advice_inputs(engagements) -> AdviceInputs:
    """The AdviceInputs of the given engagements (of one organisation), in two queries."""
    engagements = list(engagements)
    if not engagements:
        return AdviceInputs(set(), {})
    return AdviceInputs(
        maintained_suppliers=suppliers_with_maintenance(engagements[0].organisation_id),
        statuses=checklist_statuses_of(engagements),
    )


def engagement_rows(engagements, today=None, inputs: AdviceInputs | None = None) -> list[dict]:
    """One row per engagement; advice and notice dates all computed for the same `today`.

    A fixed number of queries whatever the number of engagements (the checklist entries of all
    of them are read at once), none when `inputs` (covering these engagements) are given."""
    today = today or timezone.localdate()
    engagements = list(engagements)
    if not engagements:
        return []
    inputs = inputs or advice_inputs(engagements)
    rows = []
    for engagement in engagements:
        standing = engagement.terms_on(today)
        checklist = inputs.statuses.get(engagement.pk, {})
        rows.append(
            {
                "engagement": engagement,
                "kind_label": KIND_LABELS.get(engagement.kind, engagement.kind),
                "status_label": STATUS_LABELS.get(engagement.status, engagement.status),
                "coverage": coverage(engagement.kind, checklist),
                "advice": advice_for(
                    engagement,
                    today,
                    maintained_suppliers=inputs.maintained_suppliers,
                    checklist=checklist,
                ),
                "terms": standing,
                "deadline": standing.next_notice_deadline,
            }
        )
    return rows


def by_notice_deadline(engagements, today: date) -> list:
    """The engagements whose next notice deadline comes first, then those without one (by
    title)."""

    def key(engagement):
        deadline = engagement.terms_on(today).next_notice_deadline
        return (deadline is None, deadline or today, engagement.title, engagement.pk)

    return sorted(engagements, key=key)


def urgent_advice_count(engagements, today: date, inputs: AdviceInputs | None = None) -> int:
    """The number of high-severity points of advice over the given engagements."""
    engagements = list(engagements)
    if not engagements:
        return 0
    inputs = inputs or advice_inputs(engagements)
    return sum(
        1
        for engagement in engagements
        for advice in advice_for(
            engagement,
            today,
            maintained_suppliers=inputs.maintained_suppliers,
            checklist=inputs.statuses.get(engagement.pk, {}),
        )
        if advice.severity == "high"
    )


# The summary's inputs (engagements and checklist entries) are watched tables: see
# EngagementsConfig.ready().
SUMMARY_CACHE_SECONDS = 10 * 60


@dataclass(frozen=True)
class DashboardSummary:
    """How many engagements run, the pks of the first `shown` of them by notice deadline, and
    the number of high-severity points of advice over all of them."""

    running_count: int
    first_pks: tuple[int, ...]
    urgent_advice: int


def computed_dashboard_summary(engagements, today: date, shown: int) -> DashboardSummary:
    engagements = list(engagements)
    return DashboardSummary(
        running_count=len(engagements),
        first_pks=tuple(e.pk for e in by_notice_deadline(engagements, today)[:shown]),
        urgent_advice=urgent_advice_count(engagements, today),
    )


def dashboard_summary(org, running, today: date, shown: int) -> DashboardSummary:
    """The summary of the organisation's `running` engagements (a queryset, read only when the
    summary is not cached), cached per day and data version: on a large organisation loading
    and advising every engagement is most of the dashboard's work."""
    cached = cached_by_organisation(
        "dashboard-summary",
        [org.pk],
        lambda _pks: {org.pk: computed_dashboard_summary(running, today, shown)},
        variant=f"{today.isoformat()}:{shown}",
        timeout=SUMMARY_CACHE_SECONDS,
    )
    return cached[org.pk]


def first_engagements(running, summary: DashboardSummary) -> list:
    """The summary's first engagements, in its order, with their suppliers (one query)."""
    by_pk = running.filter(pk__in=summary.first_pks).select_related("supplier").in_bulk()
    return [by_pk[pk] for pk in summary.first_pks if pk in by_pk]
