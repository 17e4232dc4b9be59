"""Words for the codes the core and the relations services return."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import text_for as common_text_for
from vendorpact.core import health as core_health
from vendorpact.relations.convert import exit_task_labels

TEXTS = {
    "concern.bad_transition": _("A concern cannot go from this status to the one you chose."),
    "concern.highest_level_reached": _(
        "This concern is already at the highest escalation level: decide on an exit or keep "
        "talking."
    ),
    "concern.exit_reason_required": _("Write down why you decided to end the collaboration."),
    "concern.date_before_last_action": _("The date lies before the concern's last recorded step."),
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
    "mail.send_failed": _("The mail could not be sent; nothing was recorded. Try again later."),
    "mail.contact_not_of_supplier": _("This contact does not belong to the supplier."),
    "mail.contact_without_email": _("This contact has no e-mail address."),
    "mail.request_not_of_organisation": _("This request belongs to another organisation."),
}

LEVEL_LABELS = {
    0: _("Operational contact"),
    1: _("Account manager"),
    2: _("Management"),
    3: _("Executive level"),
}


def lang() -> str:
    return (get_language() or "nl")[:2]


def text_for(code: str, **params) -> str:
    return common_text_for(code, texts=TEXTS, **params)


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


def exit_task_label(code: str) -> str:
    labels = exit_task_labels(code)
    return labels.get(lang()) or labels["en"]


def level_label(level: int) -> str:
    return str(LEVEL_LABELS.get(level, LEVEL_LABELS[3]))
