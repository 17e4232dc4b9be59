"""One supplier across the clients a user serves: suppliers matched by VAT number over the
user's organisations, their figures combined per supplier, and the peers' medians. Reads a fixed
number of queries whatever the number of organisations and engagements."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Sum
from django.utils import timezone

from vendorpact.budget.figures import budgets_across_organisations
from vendorpact.budget.models import ExtraCost
from vendorpact.concerns.models import Concern
from vendorpact.core import portfolio as core
from vendorpact.engagements.models import Engagement
from vendorpact.health.services import results_across_organisations
from vendorpact.portfolio.sources import sla_months, user_organisations
from vendorpact.sla.credits import credits_by_engagement
from vendorpact.sla.models import MonthResult, TicketResult

PERIOD_MONTHS = 12
ACCEPTED_EXTRA_COSTS = ("approved", "invoiced")


def _matched_engagements(orgs) -> list[Engagement]:
    """Every engagement (running or ended) with a supplier that has a VAT number."""
    return list(
        Engagement.objects.filter(organisation__in=orgs)
        .exclude(supplier__vat_number="")
        .select_related("supplier", "organisation")
        .order_by("organisation__name", "title", "pk")
    )


def _counts(queryset, field: str = "pk") -> dict[int, int]:
    rows = queryset.values("engagement_id").annotate(n=Count(field)).order_by()
    return {row["engagement_id"]: row["n"] for row in rows}


def _sla(ids, months) -> dict[int, tuple[int, int]]:
    rows = (
        MonthResult.objects.filter(engagement_id__in=ids, month__in=months)
        .values("engagement_id")
        .annotate(
            measured=Sum("responded") + Sum("resolved"),
            late=Sum("response_late") + Sum("resolution_late"),
        )
        .order_by()
    )
    return {row["engagement_id"]: (row["measured"], row["late"]) for row in rows}


def _accepted_extra_costs(ids) -> dict[int, object]:
    rows = (
        ExtraCost.objects.filter(engagement_id__in=ids, status__in=ACCEPTED_EXTRA_COSTS)
        .values("engagement_id")
        .annotate(total=Sum("estimate"))
        .order_by()
    )
    return {row["engagement_id"]: row["total"] for row in rows}


def _ticket_seconds(ids, since: date) -> dict[int, tuple[list, list]]:
    start = timezone.make_aware(datetime.combine(since, time.min))
    rows = TicketResult.objects.filter(engagement_id__in=ids, created__gte=start).values_list(
        "engagement_id", "response_seconds", "resolution_seconds"
    )
    seconds: dict[int, tuple[list, list]] = defaultdict(lambda: ([], []))
    for engagement_id, response, resolution in rows:
        if response is not None:
            seconds[engagement_id][0].append(response)
        if resolution is not None:
            seconds[engagement_id][1].append(resolution)
    return seconds


def _latest_side(results, side: str) -> float | None:
    scored = [r for r in results if getattr(r, side) and getattr(r, side).overall is not None]
    if not scored:
        return None
    return getattr(max(scored, key=lambda r: r.check.period), side).overall


@dataclass(frozen=True)
class SupplierPortfolio:
    figures: dict[str, core.SupplierFigures]  # by VAT key
    names: dict[str, str]  # by VAT key: the name most of the user's organisations use
    engagements: dict[str, list[Engagement]]  # by VAT key


def supplier_portfolio(user, today: date) -> SupplierPortfolio:
    orgs = user_organisations(user)
    engagements = _matched_engagements(orgs)
    ids = [e.pk for e in engagements]
    concerns = _counts(Concern.objects.filter(engagement_id__in=ids))
    months = sla_months(today, PERIOD_MONTHS)
    sla = _sla(ids, months)
    credits = credits_by_engagement(ids, set(months))
    extra = _accepted_extra_costs(ids)
    seconds = _ticket_seconds(ids, today - timedelta(days=365))
    budgets = budgets_across_organisations(engagements)
    health = results_across_organisations(engagements)
    pairs, names, by_key = [], defaultdict(Counter), defaultdict(list)
    for e in engagements:
        key = core.vat_key(e.supplier.vat_number)
        names[key][e.supplier.name] += 1
        by_key[key].append(e)
        measured, late = sla.get(e.pk, (0, 0))
        response, resolution = seconds.get(e.pk, ([], []))
        results = health.get(e.pk, [])
        row = core.SupplierEngagement(
            client_id=e.organisation_id,
            engagement_id=e.pk,
            kind=e.kind,
            years=core.engagement_years(e.start_date, e.end_date, today),
            concerns=concerns.get(e.pk, 0),
            sla_measured=measured,
            sla_late=late,
            credits_eur=credits.get(e.pk),
            budget=budgets[e.pk].summary().budget,
            extra_costs=extra.get(e.pk, core.ZERO),
            client_health=_latest_side(results, "client"),
            supplier_health=_latest_side(results, "supplier"),
            response_seconds=tuple(response),
            resolution_seconds=tuple(resolution),
        )
        pairs.append((key, row))
    return SupplierPortfolio(
        figures=core.by_supplier(pairs),
        names={key: counter.most_common(1)[0][0] for key, counter in names.items()},
        engagements=dict(by_key),
    )
