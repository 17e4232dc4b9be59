"""Service credits of many engagements over a span of months, read in three queries."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from vendorpact.core.sla.imports.dates import is_plausible
from vendorpact.sla.figures import availability_months, policy_of
from vendorpact.sla.models import Downtime, ImportKind, ImportState, SlaImport, SlaTerms


def credits_by_engagement(
    engagement_ids, months: set[str], now: dt.datetime | None = None
) -> dict[int, float]:
    """{engagement id: service credits (EUR) of `months`} for each engagement with an
    availability target and an imported downtime log (as on its SLA page, month by month).
    Credits arise only in months with downtime, so those months are the ones computed."""
    ids = list(engagement_ids)
    today = (now or timezone.now()).date()
    logged = set(
        SlaImport.objects.filter(
            engagement_id__in=ids, kind=ImportKind.DOWNTIME, state=ImportState.DONE
        ).values_list("engagement_id", flat=True)
    )
    downtimes: dict[int, list[Downtime]] = {}
    for downtime in Downtime.objects.filter(engagement_id__in=logged).order_by("start"):
        if is_plausible(downtime.start, today) and is_plausible(downtime.end, today):
            downtimes.setdefault(downtime.engagement_id, []).append(downtime)
    credits = {}
    for terms in SlaTerms.objects.filter(engagement_id__in=logged):
        policy = policy_of(terms)
        if policy.availability is None:
            continue
        rows = availability_months(policy, downtimes.get(terms.engagement_id, []), set())
        credits[terms.engagement_id] = sum(
            row.credit_eur for month, row in rows.items() if month in months
        )
    return credits
