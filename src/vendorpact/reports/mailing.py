"""The monthly supplier report e-mailed as PDF to each organisation's owners and managers.

Scheduled runs may overlap or run on several machines: each recipient's mail is claimed with a
ReportDispatch row in the transaction that sends it, so nobody gets the same month twice.
"""

from __future__ import annotations

from datetime import date

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.utils import translation
from django_tasks import task

from vendorpact.common.tenancy import tenant_guarded
from vendorpact.orgs.models import Membership, Organisation, Role
from vendorpact.reports.models import ReportDispatch
from vendorpact.reports.rendering import render_pdf, report_context


def send_monthly_report(*, org: Organisation, month: str, today: date) -> int:
    """Mail the month's report to every owner and manager with an e-mail address who has not
    had it yet; returns how many mails were sent."""
    recipients = Membership.objects.filter(
        organisation=org, role__in=[Role.OWNER, Role.MANAGER]
    ).select_related("user", "user__profile")
    return sum(_send_to(org, membership.user, month, today) for membership in recipients)


def _send_to(org: Organisation, user, month: str, today: date) -> bool:
    claimed = ReportDispatch.objects.filter(organisation=org, user=user, month=month)
    if not user.email or claimed.exists():
        return False
    lang = getattr(getattr(user, "profile", None), "language", "") or "nl"
    with translation.override(lang):
        pdf = report_pdf(org, month, today, lang)
        subject = translation.gettext("Supplier report %(month)s — %(org)s") % {
            "month": month,
            "org": org.name,
        }
    message = EmailMessage(subject, subject, to=[user.email])
    message.attach(f"vendorpact-{org.slug}-{month}.pdf", pdf, "application/pdf")
    try:
        with transaction.atomic():
            ReportDispatch.objects.create(organisation=org, user=user, month=month)
            message.send()
    except IntegrityError:  # another run claimed this recipient meanwhile
        return False
    return True


def report_pdf(org: Organisation, month: str, today: date, lang: str) -> bytes:
    """The month's report as PDF, as the page's PDF (call with `lang` active)."""
    return render_pdf(org, report_context(org, month, today, lang))


@task()
@tenant_guarded
def send_monthly_report_task(organisation_id: int, month: str, today: str) -> int:
    """The queued form of send_monthly_report, run by `vendorpact worker`."""
    org = Organisation.objects.get(pk=organisation_id)
    return send_monthly_report(org=org, month=month, today=date.fromisoformat(today))
