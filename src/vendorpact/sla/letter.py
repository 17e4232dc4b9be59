"""The service-credit claim letter for one month: its facts, and the PDF (WeasyPrint)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from django.template.loader import render_to_string
from django.utils import timezone

from vendorpact.sla.figures import EngagementSla
from vendorpact.sla.prefill import clause_evidence


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


def letter_context(sla: EngagementSla, label: str, user, lang: str) -> dict:
    engagement = sla.engagement
    row = sla.month(label)
    breaches = [t for t in sla.tickets_of_month(label) if t.breached]
    availability_terms = sla.policy.availability if sla.policy else None
    return {
        "engagement": engagement,
        "organisation": engagement.organisation,
        "supplier": engagement.supplier,
        "row": row,
        "month": label,
        "month_title": month_title(label, lang),
        "breaches": breaches,
        "terms": availability_terms,
        "monthly_fee": sla.terms.monthly_fee if sla.terms else None,
        "clauses": clause_evidence(engagement),
        "sender": user.get_full_name() or user.username,
        "today": timezone.localdate(),
        "lang": lang,
    }


def letter_pdf(context: dict) -> bytes:
    from weasyprint import HTML

    html = render_to_string("sla/letter_document.html", context)
    return HTML(string=html).write_pdf()
