"""Words for the account codes (invitations and profile)."""

from django.utils.translation import gettext_lazy as _

TEXTS = {
    "invite.unknown": _("This invitation link is not valid. Ask for a new invitation."),
    "invite.used": _("This invitation was already accepted. Log in to continue."),
    "invite.expired": _("This invitation has expired. Ask the owner for a new invitation."),
    "invite.already_member": _("You are already a member of this organisation."),
    "invite.account_exists": _(
        "An account with this e-mail address exists: log in first, then accept the invitation."
    ),
    "member.already_member": _("Someone with this e-mail address is already a member."),
    "profile.email_taken": _("Another account already uses this e-mail address."),
}
