"""E-mail that leaves the app: sent to a supplier contact and kept as a SentMail record."""

from __future__ import annotations

import logging
import smtplib
from datetime import date
from email.utils import formataddr

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vendorpact.supplier_requests import services
from vendorpact.supplier_requests.models import MailKind, RequestStatus, SentMail, SupplierRequest

logger = logging.getLogger(__name__)


class MailError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def mail_contacts(engagement):
    """The supplier's contacts that have an e-mail address (the only ones mail can go to)."""
    return engagement.supplier.contacts.exclude(email="").order_by("name")


def reply_to_for(org, actor) -> str:
    """The organisation's reply-to address, else the sending user's own e-mail."""
    return org.reply_to_email or actor.email or ""


@transaction.atomic
def send_to_contact(
    *, org, actor, engagement, contact, what: str, subject: str, body: str, supplier_request=None
) -> SentMail:
    """Send one e-mail to a contact of the engagement's supplier and keep what was sent.
    A request that was not sent yet becomes 'sent'."""
    if contact.organisation_id != org.pk or contact.supplier_id != engagement.supplier_id:
        raise MailError("mail.contact_not_of_supplier")
    if not contact.email:
        raise MailError("mail.contact_without_email")
    reply_to = reply_to_for(org, actor)
    message = EmailMessage(
        subject=subject,
        body=body,
        to=[formataddr((contact.name, contact.email))],
        reply_to=[reply_to] if reply_to else None,
    )
    record = SentMail.objects.create(
        organisation=org,
        engagement=engagement,
        supplier_request=supplier_request,
        what=what,
        to_name=contact.name,
        to_email=contact.email,
        reply_to=reply_to,
        subject=subject,
        body=body,
        sent_by=actor,
        sent_at=timezone.now(),
    )
    if supplier_request is not None and supplier_request.status == RequestStatus.DRAFT:
        supplier_request.status = RequestStatus.SENT
        supplier_request.save(update_fields=["status"])
    try:
        message.send()  # last: a failing mail server rolls the record back
    except (OSError, smtplib.SMTPException) as error:
        logger.warning("Mail to %s could not be sent: %s", contact.email, error)
        raise MailError("mail.send_failed") from error
    return record


def send_request(*, org, actor, supplier_request: SupplierRequest, contact, subject, body):
    return send_to_contact(
        org=org,
        actor=actor,
        engagement=supplier_request.engagement,
        contact=contact,
        what=MailKind.REQUEST,
        subject=subject,
        body=body,
        supplier_request=supplier_request,
    )


@transaction.atomic
def set_request_status(
    *, org, actor, supplier_request: SupplierRequest, status: str, replied_on: date | None
) -> SupplierRequest:
    """Follow-up of a request: sent, answered or closed, and the day the supplier replied."""
    if supplier_request.organisation_id != org.pk:
        raise MailError("mail.request_not_of_organisation")
    supplier_request.status = status
    supplier_request.replied_on = replied_on
    supplier_request.save(update_fields=["status", "replied_on"])
    return supplier_request


@transaction.atomic
def create_and_send_context_link(*, org, actor, engagement, contact, link_url) -> SentMail:
    """A new read-only link to the organisation's context sheet, mailed to a contact of the
    engagement's supplier (in the active language); no link is kept when sending fails."""
    _link, token = services.create_share_link(
        org=org,
        actor=actor,
        label=f"{engagement.supplier.name}: {contact.name}",
        supplier=engagement.supplier,
    )
    values = {"client": org.name, "url": link_url(token)}
    subject = _("Context sheet of %(client)s") % values
    body = (
        _(
            "Hello,\n\n"
            "So that you can help us quickly, %(client)s shares its context sheet with you: who we "
            "are, our key processes, our systems and whom to contact.\n\n"
            "%(url)s\n\n"
            "The link is read-only; we can withdraw it at any time.\n\nKind regards,\n%(client)s"
        )
        % values
    )
    return send_to_contact(
        org=org,
        actor=actor,
        engagement=engagement,
        contact=contact,
        what=MailKind.CONTEXT_LINK,
        subject=subject,
        body=body,
    )
