"""Words for the codes the core and the health services return."""

from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import lang
from vendorpact.common.messages import text_for as common_text_for
from vendorpact.core import health as core_health
from vendorpact.supplier_requests.messages import TEXTS as MAIL_TEXTS

TEXTS = {
    "health.unknown_question": _("An answer refers to a question that does not exist."),
    "health.bad_value": _("Every answer must be a number from 1 to 5 (or “don't know”)."),
    "health.no_answers": _("Answer at least one question."),
    "health.already_answered": _("This side has already answered this health check."),
    "health.period_exists": _("There is already a health check for %(period)s."),
    "health.bad_link_days": _("A link is valid for 1 to %(max_days)s days."),
    "health.link_unknown": _("This link does not exist."),
    "health.link_expired": _("This link has expired."),
    "health.link_revoked": _("This link was withdrawn."),
    "health.link_answered": _("The answers for this link have already been sent. Thank you!"),
}


def text_for(code: str, **params) -> str:
    """Health codes, and the mail codes of sending a link."""
    return common_text_for(code, texts={**MAIL_TEXTS, **TEXTS}, **params)


def theme_label(theme_id: str) -> str:
    theme = next((t for t in core_health.THEMES if t.id == theme_id), None)
    return theme.label(lang()) if theme else theme_id


def band_label(band) -> str:
    if band is None:
        return "–"
    labels = core_health.BAND_LABELS[core_health.Band(band)]
    return labels.get(lang()) or labels["en"]


def likert_label(value: int) -> str:
    labels = core_health.LIKERT_LABELS[value]
    return labels.get(lang()) or labels["en"]
