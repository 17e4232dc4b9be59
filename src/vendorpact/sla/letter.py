"""The service-credit claim letter for one month: its facts, and the PDF (WeasyPrint).

The letter argues for the client: it quotes only the supplier's service-level commitments
(targets, availability, credit rule) from the analysed documents, never their exclusions, and
shows how the month's credit follows from the measured availability.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from babel.dates import format_date
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from vendorpact.core.contracts.commitments import TOPICS, commitment_quotes
from vendorpact.core.service_credit import CreditCalculation, credit_calculation
from vendorpact.core.sla.policy import CLOCK_CALENDAR, Target
from vendorpact.core.sla.policy_fields import business_day_minutes
from vendorpact.core.vat import VatError, parse_vat
from vendorpact.engagements.models import DocumentKind
from vendorpact.sla.figures import EngagementSla, EvaluatedTicket


def month_title(label: str, lang: str) -> str:
    """A month key such as 2026-11 as "november 2026" in the letter's language (CLDR)."""
    year, month = (int(part) for part in label.split("-"))
    return format_date(dt.date(year, month, 1), "MMMM y", locale=lang)


def valid_month(label: str) -> bool:
    try:
        dt.date.fromisoformat(f"{label}-01")
    except (TypeError, ValueError):
        return False
    return len(label) == 7


def default_month(sla: EngagementSla) -> str | None:
    """The latest month that gives something to claim, else the latest month with figures."""
    claims = [row.month for row in sla.months if row.has_claim]
    if claims:
        return claims[-1]
    return sla.months[-1].month if sla.months else None


# --- sender and addressee -----------------------------------------------------------------


@dataclass
class Party:
    name: str
    address: list[str] = field(default_factory=list)  # only the lines that are filled in
    vat: str = ""


def _vat_display(raw: str, country: str) -> str:
    if not raw:
        return ""
    try:
        return parse_vat(raw, country or "BE").display
    except VatError:
        return raw


def party_of(holder) -> Party:
    """An organisation or a supplier (same address fields) as a letter's address block."""
    town = " ".join(part for part in (holder.postal_code, holder.city) if part)
    lines = [line for line in (holder.street, town) if line]
    if lines and holder.country:
        lines.append(str(holder.get_country_display()))
    return Party(holder.name, lines, _vat_display(holder.vat_number, holder.country))


def missing_data(org, supplier) -> list[dict]:
    """What the user should fill in for complete sender and addressee blocks (with a link)."""
    settings_url = reverse("organisation_settings", args=[org.slug])
    supplier_url = reverse("supplier_edit", args=[org.slug, supplier.pk])
    checks = [
        (not (org.street and org.postal_code and org.city), _("your postal address"), settings_url),
        (not org.vat_number, _("your VAT number"), settings_url),
        (
            not (supplier.street and supplier.postal_code and supplier.city),
            _("the supplier's postal address"),
            supplier_url,
        ),
        (not supplier.vat_number, _("the supplier's VAT number"), supplier_url),
    ]
    return [{"label": label, "url": url} for missing, label, url in checks if missing]


# --- the agreed service levels ------------------------------------------------------------


def _document_title(analysis) -> str:
    title = (analysis.result or {}).get("title") or ""
    return title or str(DocumentKind(analysis.document.kind).label)


def contract_commitments(engagement) -> list[dict]:
    """The commitments quoted from the engagement's analysed documents, per topic:
    [{topic, quotes: [{text, clause, page, document}]}] in topic order, topics without quotes
    left out. Exclusions, limitations and force majeure never get here (core filter)."""
    by_topic: dict[str, list[dict]] = {topic: [] for topic in TOPICS}
    seen: set[str] = set()
    analyses = engagement.analyses.done().select_related("document").order_by("created_at")
    for analysis in analyses:
        document = _document_title(analysis)
        for quote in commitment_quotes((analysis.result or {}).get("items", [])):
            if quote.text in seen:
                continue
            seen.add(quote.text)
            by_topic[quote.topic].append(
                {
                    "text": quote.text,
                    "clause": quote.clause,
                    "page": quote.page,
                    "document": document,
                }
            )
    return [{"topic": topic, "quotes": quotes} for topic, quotes in by_topic.items() if quotes]


def duration_text(target: Target | None, day_minutes: int) -> str:
    """A target as the contract would say it: "4 business hours", "3 business days"."""
    if target is None:
        return "–"
    minutes = round(target.seconds / 60)
    if target.clock == CLOCK_CALENDAR:
        if minutes % 60:
            text = ngettext(
                "%(count)s minute, around the clock", "%(count)s minutes, around the clock", minutes
            )
            return text % {"count": minutes}
        hours = minutes // 60
        text = ngettext(
            "%(count)s hour, around the clock", "%(count)s hours, around the clock", hours
        )
        return text % {"count": hours}
    if day_minutes and minutes >= day_minutes and minutes % day_minutes == 0:
        days = minutes // day_minutes
        return ngettext("%(count)s business day", "%(count)s business days", days) % {"count": days}
    if minutes % 60:
        text = ngettext("%(count)s business minute", "%(count)s business minutes", minutes)
        return text % {"count": minutes}
    hours = minutes // 60
    return ngettext("%(count)s business hour", "%(count)s business hours", hours) % {"count": hours}


def target_rows(sla: EngagementSla) -> list[dict]:
    """The agreed response and resolution target per priority, from the SLA terms."""
    day_minutes = business_day_minutes(sla.terms.policy.get("hours") or {})
    return [
        {
            "priority": name,
            "response": duration_text(targets.response, day_minutes),
            "resolution": duration_text(targets.resolution, day_minutes),
        }
        for name, targets in sla.policy.priorities.items()
        if targets.response or targets.resolution
    ]


# --- the month's breaches and credit ------------------------------------------------------


def shown_percent(value: float) -> float:
    """An availability cut (not rounded) to two decimals, so it never looks as if it met a
    threshold it missed: 99.4996 shows as 99.49, not 99.5."""
    return math.floor(round(value * 100, 6)) / 100


def breach_status(row: EvaluatedTicket) -> str:
    result = row.result
    if row.is_open:
        if result.resolution_breached:
            return _("still open, overdue")
        return _("still open, first response late")
    if result.resolution_breached:
        return _("resolved late")
    return _("resolved, first response late")


def breach_rows(sla: EngagementSla, label: str) -> list[dict]:
    rows = []
    for row in sla.breaches_of_month(label):
        targets = sla.policy.priorities.get(row.result.priority)
        rows.append(
            {
                "ticket": row.ticket,
                "priority": row.result.priority,
                "response_seconds": row.result.response_seconds,
                "response_target": targets.response.seconds if targets.response else None,
                "response_breached": bool(row.result.response_breached),
                "response_overdue": row.result.response_overdue,
                "resolution_seconds": row.result.resolution_seconds,
                "resolution_target": targets.resolution.seconds if targets.resolution else None,
                "resolution_breached": bool(row.result.resolution_breached),
                "resolution_overdue": row.result.resolution_overdue,
                "status": breach_status(row),
            }
        )
    return rows


def month_credit(sla: EngagementSla, label: str) -> CreditCalculation | None:
    row = sla.month(label)
    terms = sla.policy.availability
    if row is None or row.availability is None or terms is None:
        return None
    return credit_calculation(row.availability.availability_percent, terms)


# --- the letter ---------------------------------------------------------------------------


def reference(engagement, label: str) -> str:
    """Our reference: the engagement's number and the month, e.g. "VP-12-2026-11"."""
    return f"VP-{engagement.pk}-{label}"


def letter_context(sla: EngagementSla, label: str, user, lang: str, today: dt.date) -> dict:
    """Everything the letter shows, in the active language (the caller overrides it)."""
    engagement = sla.engagement
    organisation, supplier = engagement.organisation, engagement.supplier
    row = sla.month(label)
    credit = month_credit(sla, label)
    return {
        "engagement": engagement,
        "organisation": organisation,
        "sender_party": party_of(organisation),
        "addressee": party_of(supplier),
        "place": organisation.city,
        "today": today,
        "reference": reference(engagement, label),
        "row": row,
        "month": label,
        "month_title": month_title(label, lang),
        "availability_terms": sla.policy.availability,
        "measured_percent": shown_percent(credit.availability_percent) if credit else None,
        "credit": credit if credit and credit.credit_eur > 0 else None,
        "targets": target_rows(sla),
        "commitments": contract_commitments(engagement),
        "breaches": breach_rows(sla, label),
        "sender": user.get_full_name() or user.username,
        "lang": lang,
    }


def letter_pdf(context: dict) -> bytes:
    from weasyprint import HTML

    html = render_to_string("sla/letter_document.html", context)
    return HTML(string=html).write_pdf()
