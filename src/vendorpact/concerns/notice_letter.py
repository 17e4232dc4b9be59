"""The notice (termination) letter of an engagement: its facts, and the PDF (WeasyPrint).

The effective end is the earliest end of the contract when notice is given on the letter's
date (core.terms); the notice clause is quoted from the analysed contract when the checklist
holds evidence for the termination item.
"""

from __future__ import annotations

import datetime as dt

from django.template.loader import render_to_string
from weasyprint import HTML

from vendorpact.sla.letter import party_of

NOTICE_ITEM_ID = "exit.termination"
LETTER_LANGUAGES = ("nl", "en", "fr")


def letter_language(requested: str | None, fallback: str) -> str:
    if requested in LETTER_LANGUAGES:
        return requested
    return fallback if fallback in LETTER_LANGUAGES else "nl"


def notice_clause(engagement) -> dict | None:
    """The contract's own words on termination and notice, when the analysis found them."""
    entry = (
        engagement.checklist_entries.filter(item_id=NOTICE_ITEM_ID)
        .exclude(evidence="")
        .select_related("document")
        .first()
    )
    if entry is None:
        return None
    return {
        "text": entry.evidence,
        "clause": entry.evidence_clause,
        "page": entry.evidence_page,
        "document": str(entry.document.get_kind_display()) if entry.document else "",
    }


def reference(engagement, today: dt.date) -> str:
    """Our reference: the engagement's number and the letter's date, e.g. "VP-12-20261204"."""
    return f"VP-{engagement.pk}-{today:%Y%m%d}"


def notice_context(engagement, user, lang: str, today: dt.date) -> dict:
    """Everything the letter shows, in the active language (the caller overrides it)."""
    organisation, supplier = engagement.organisation, engagement.supplier
    standing = engagement.terms_on(today)
    return {
        "engagement": engagement,
        "sender_party": party_of(organisation),
        "addressee": party_of(supplier),
        "place": organisation.city,
        "today": today,
        "reference": reference(engagement, today),
        "end_date": standing.earliest_end,
        "clause": notice_clause(engagement),
        "sender": user.get_full_name() or user.username,
        "lang": lang,
    }


def notice_pdf(context: dict) -> bytes:
    html = render_to_string("concerns/notice_letter_document.html", context)
    return HTML(string=html).write_pdf()
