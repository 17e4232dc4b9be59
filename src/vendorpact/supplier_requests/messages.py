"""Words for the codes the supplier-request and mail services return."""

from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import text_for as common_text_for

TEXTS = {
    "mail.send_failed": _("The mail could not be sent; nothing was recorded. Try again later."),
    "mail.contact_not_of_supplier": _("This contact does not belong to the supplier."),
    "mail.contact_without_email": _("This contact has no e-mail address."),
    "mail.request_not_of_organisation": _("This request belongs to another organisation."),
}


def text_for(code: str, **params) -> str:
    return common_text_for(code, texts=TEXTS, **params)
