"""Words for the planning and team codes."""

from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import text_for as common_text_for

TEXTS = {
    "planning.slip_reason_required": _("Give the reason for the slip."),
    "planning.slip_same_date": _("The new date is the same as the current due date."),
    "planning.cycle": _(
        "This dependency would create a circle: an item cannot (indirectly) wait for itself."
    ),
    "planning.dependency_other_engagement": _(
        "The item it depends on belongs to another engagement."
    ),
    "planning.dependency_due_later": _("Due before an item it depends on."),
    "team.counterpart_other_engagement": _("The counterpart belongs to another engagement."),
    "team.already_left": _("This team member had already left before that date."),
}


def text_for(code: str, **params) -> str:
    return common_text_for(code, texts=TEXTS, **params)
