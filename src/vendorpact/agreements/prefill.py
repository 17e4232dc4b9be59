"""What VendorPact already knows about an engagement, as agreement terms (the terms.json shape of
docs/agreement-terms.md), with where each value came from; and which checklist items a draft
settles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import Q
from django.utils import translation

from vendorpact.budget.models import BudgetKind, BudgetLine
from vendorpact.core.agreements.library import clauses_for
from vendorpact.core.agreements.terms_json import FORMAT
from vendorpact.core.checklist import expected_items
from vendorpact.core.sla.policy import PolicyError, SlaPolicy
from vendorpact.engagements.models import ChecklistStatus, Engagement, NoticeUnit, Renewal
from vendorpact.planning.models import ItemKind, ItemStatus, Milestone, Seniority, TeamMember
from vendorpact.sla.models import SlaTerms

LANGS = ("nl", "en", "fr")
OPEN_STATUSES = (ChecklistStatus.MISSING, ChecklistStatus.PARTIAL)
MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "year": 12, "": 1}
DAYS_PER_MONTH = 30
# source codes; the view shows them as words
ORGANISATION = "organisation"
SUPPLIER = "supplier"
CONTACT = "contact"
ENGAGEMENT = "engagement"
BUDGET = "budget"
PLANNING = "planning"
TEAM = "team"
SLA = "sla"
ANALYSIS = "analysis"


def items_to_settle(engagement: Engagement, mode: str) -> list[str]:
    """Full agreement: every expected item of the kind. Addendum: the expected items whose
    checklist entry is missing or partial. Only items the clause library has a clause for."""
    expected = [item.id for item in expected_items(engagement.kind)]
    if mode == "addendum":
        open_ids = set(
            engagement.checklist_entries.filter(status__in=OPEN_STATUSES).values_list(
                "item_id", flat=True
            )
        )
        expected = [item_id for item_id in expected if item_id in open_ids]
    return [item_id for item_id in expected if clauses_for(item_id, engagement.kind)]


class Prefill:
    """terms: the terms dict; sources: JSON path -> source code of each pre-filled value."""

    def __init__(self) -> None:
        self.terms: dict = {}
        self.sources: dict[str, str] = {}

    def put(self, path: str, value, source: str) -> None:
        if value in (None, "", [], {}):
            return
        *parents, last = path.split(".")
        target = self.terms
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
        self.sources[path] = source

    def has(self, path: str) -> bool:
        return path in self.sources


def prefill_terms(engagement: Engagement, *, as_of: date) -> Prefill:
    found = Prefill()
    found.terms = {"format": FORMAT, "kind": engagement.kind}
    _parties(found, engagement)
    _engagement_fields(found, engagement)
    _budget(found, engagement)
    _planning(found, engagement, as_of)
    _sla(found, engagement)
    _analysis(found, engagement)
    return found


def _address(street: str, postal_code: str, city: str) -> str:
    place = " ".join(part for part in (postal_code, city) if part)
    return ", ".join(part for part in (street, place) if part)


def _parties(found: Prefill, engagement: Engagement) -> None:
    org = engagement.organisation
    found.put("client.name", org.name, ORGANISATION)
    found.put("client.vat", org.vat_number, ORGANISATION)
    found.put("client.address", _address(org.street, org.postal_code, org.city), ORGANISATION)
    supplier = engagement.supplier
    found.put("supplier.name", supplier.name, SUPPLIER)
    found.put("supplier.vat", supplier.vat_number, SUPPLIER)
    found.put(
        "supplier.address",
        _address(supplier.street, supplier.postal_code, supplier.city),
        SUPPLIER,
    )
    contact = supplier.contacts.order_by("pk").first()
    if contact is not None:
        found.put("supplier.representative", contact.name, CONTACT)
        found.put("supplier.function", contact.role, CONTACT)


def _engagement_fields(found: Prefill, engagement: Engagement) -> None:
    if engagement.start_date:
        found.put("start_date", engagement.start_date.isoformat(), ENGAGEMENT)
    found.put("term_months", engagement.duration_months, ENGAGEMENT)
    if engagement.renewal != Renewal.NONE:
        found.put("renewal_months", engagement.renewal_months, ENGAGEMENT)
    if engagement.notice_value:
        days = engagement.notice_value
        if engagement.notice_unit == NoticeUnit.MONTHS:
            days *= DAYS_PER_MONTH
        found.put("notice_days", days, ENGAGEMENT)


def _number(value) -> int | float:
    """A JSON number: an int when it is whole."""
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(round(value, 2))


def _lines(text: str) -> list[str]:
    return [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]


def _budget(found: Prefill, engagement: Engagement) -> None:
    lines = list(BudgetLine.objects.of_engagement(engagement).filter(is_reserve=False))
    one_off = sum((line.amount for line in lines if line.kind == BudgetKind.ONE_OFF), Decimal(0))
    monthly = sum(
        (
            line.amount / MONTHS_PER_PERIOD.get(line.period, 1)
            for line in lines
            if line.kind == BudgetKind.RECURRING
        ),
        Decimal(0),
    )
    rates = [line for line in lines if line.kind == BudgetKind.RATE]
    if one_off:
        price_path = (
            "prices.project_price" if engagement.kind == "project" else "prices.startup_fee"
        )
        found.put(price_path, _number(one_off), BUDGET)
    elif engagement.kind == "project" and engagement.contract_value:
        found.put("prices.project_price", _number(engagement.contract_value), ENGAGEMENT)
    if monthly:
        found.put("prices.monthly_fee", _number(monthly), BUDGET)
    found.put(
        "prices.rates",
        [
            {"role": line.label, "unit": line.rate_unit or "hour", "amount": _number(line.amount)}
            for line in rates
        ],
        BUDGET,
    )
    caps = [line.cap for line in rates if line.cap is not None]
    if caps and engagement.kind == "tm":
        found.put("prices.budget_cap", _number(sum(caps, Decimal(0))), BUDGET)
    included = [text for line in lines for text in _lines(line.included_scope)]
    excluded = [text for line in lines for text in _lines(line.excluded_scope)]
    found.put("scope.included", included, BUDGET)
    found.put("scope.excluded", excluded, BUDGET)


def _seniority(value: str) -> dict[str, str] | str:
    if not value:
        return ""
    label = Seniority(value).label
    texts = {}
    for lang in LANGS:
        with translation.override(lang):
            texts[lang] = str(label)
    return texts


def _planning(found: Prefill, engagement: Engagement, as_of: date) -> None:
    milestones = (
        Milestone.objects.of_engagement(engagement)
        .filter(kind=ItemKind.MILESTONE)
        .exclude(status=ItemStatus.CANCELLED)
    )
    found.put(
        "milestones",
        [{"name": m.title, "date": m.due_date.isoformat()} for m in milestones],
        PLANNING,
    )
    members = TeamMember.objects.of_engagement(engagement).filter(
        Q(until__isnull=True) | Q(until__gte=as_of)
    )
    # the clauses call the first supplier member the account manager: the supplier's key people
    # come first
    ordered = sorted(members, key=lambda m: (m.side != "supplier", not m.is_key_person, m.name))
    team = []
    for member in ordered:
        entry = {"name": member.name, "role": member.role or member.name, "party": member.side}
        if member.seniority:
            entry["seniority"] = _seniority(member.seniority)
        team.append(entry)
    found.put("team", team, TEAM)


def _hours(target) -> int | float | None:
    if target is None:
        return None
    return _number(Decimal(str(target.seconds)) / 3600)


def _priority_number(name: str, position: int) -> int:
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits) if digits and 1 <= int(digits) <= 4 else position


def _in_urgency_order(priorities: dict) -> list:
    """Numbered names (P1, Prio 2) by number, others by their targets: stored policies are JSON
    objects whose key order the database need not keep (PostgreSQL's jsonb does not)."""

    def urgency(item):
        name, targets = item
        digits = "".join(ch for ch in name if ch.isdigit())
        seconds = [t.seconds if t else float("inf") for t in (targets.response, targets.resolution)]
        return (int(digits) if digits else float("inf"), *seconds, name)

    return sorted(priorities.items(), key=urgency)


def _sla(found: Prefill, engagement: Engagement) -> None:
    sla = SlaTerms.objects.filter(engagement=engagement).first()
    if sla is None:
        return
    try:
        policy = SlaPolicy.from_dict(sla.policy)
    except PolicyError:
        return  # the service-levels tab reports a broken policy; the user fills in by hand
    priorities = []
    for position, (name, targets) in enumerate(_in_urgency_order(policy.priorities), start=1):
        response, resolution = _hours(targets.response), _hours(targets.resolution)
        number = _priority_number(name, position)
        taken = {p["priority"] for p in priorities}
        if position <= 4 and number not in taken and None not in (response, resolution):
            priorities.append(
                {"priority": number, "response_hours": response, "resolution_hours": resolution}
            )
    found.put("priorities", priorities, SLA)
    found.put("support", _support(sla.policy.get("hours")), SLA)
    availability = policy.availability
    if availability is not None:
        found.put("availability", {"percent": availability.target_percent, "period": "month"}, SLA)
        steps = [
            {"below_percent": step.below_percent, "credit_percent": step.credit_percent}
            for step in availability.credits
        ]
        found.put("service_credits.steps", steps, SLA)
        found.put("service_credits.cap_percent", availability.credit_cap_percent, SLA)
    if not found.has("prices.monthly_fee"):
        fee = sla.monthly_fee or (availability.monthly_fee_eur if availability else None)
        if fee:
            found.put("prices.monthly_fee", _number(fee), SLA)


def _support(hours) -> dict | None:
    if hours == "24x7":
        return {"days": "all", "opens": "00:00", "closes": "24:00"}
    if not isinstance(hours, dict):
        return None
    ranges = [r for day in ("mon", "tue", "wed", "thu", "fri") for r in hours.get(day) or []]
    if not ranges:
        return None
    weekend = any(hours.get(day) for day in ("sat", "sun"))
    return {
        "days": "all" if weekend else "weekdays",
        "opens": min(r[0] for r in ranges),
        "closes": max(r[1] for r in ranges),
    }


ANALYSED_FIGURES = (
    ("payment_term_days", "payment_days"),
    ("warranty_days", "warranty_days"),
    ("notice_period_days", "notice_days"),
    ("contract_term_months", "term_months"),
    ("renewal_term_months", "renewal_months"),
)


def _analysis(found: Prefill, engagement: Engagement) -> None:
    """Figures the analyser read from the engagement's documents (newest analysis first), for
    what the register does not hold yet."""
    for analysis in engagement.analyses.done().order_by("-finished_at", "-pk"):
        figures = (analysis.result or {}).get("figures", {})
        for key, path in ANALYSED_FIGURES:
            if figures.get(key) is not None and not found.has(path):
                found.put(path, int(round(figures[key])), ANALYSIS)
        percent = figures.get("availability_percent")
        if percent is not None and not found.has("availability"):
            found.put("availability", {"percent": percent, "period": "month"}, ANALYSIS)
