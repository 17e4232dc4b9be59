"""Words for the codes the core and the concern services return."""

from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import lang
from vendorpact.common.messages import text_for as common_text_for
from vendorpact.concerns.convert import exit_task_labels

TEXTS = {
    "concern.bad_transition": _("A concern cannot go from this status to the one you chose."),
    "concern.highest_level_reached": _(
        "This concern is already at the highest escalation level: decide on an exit or keep "
        "talking."
    ),
    "concern.exit_reason_required": _("Write down why you decided to end the collaboration."),
    "concern.date_before_last_action": _("The date lies before the concern's last recorded step."),
}

LEVEL_LABELS = {
    0: _("Operational contact"),
    1: _("Account manager"),
    2: _("Management"),
    3: _("Executive level"),
}


def text_for(code: str, **params) -> str:
    return common_text_for(code, texts=TEXTS, **params)


def exit_task_label(code: str) -> str:
    labels = exit_task_labels(code)
    return labels.get(lang()) or labels["en"]


def level_label(level: int) -> str:
    return str(LEVEL_LABELS.get(level, LEVEL_LABELS[3]))
