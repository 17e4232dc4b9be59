"""E-mail each organisation's supplier report (PDF) to its owners and managers (cron: monthly)."""

from datetime import timedelta

from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone, translation

from vendorpact.orgs.models import Membership, Organisation, Role
from vendorpact.reports.charts import portfolio_chart_svg
from vendorpact.reports.snapshot import organisation_report


class Command(BaseCommand):
    help = "Send the monthly supplier report as PDF to every organisation's owners and managers."

    def add_arguments(self, parser):
        parser.add_argument("--month", help="YYYY-MM; default: the previous month")

    def handle(self, *args, month=None, **options):

        today = timezone.localdate()
        month = month or (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        sent = 0
        for org in Organisation.objects.all():
            recipients = Membership.objects.filter(
                organisation=org, role__in=[Role.OWNER, Role.MANAGER]
            ).select_related("user", "user__profile")
            for membership in recipients:
                user = membership.user
                if not user.email:
                    continue
                lang = getattr(getattr(user, "profile", None), "language", "") or "nl"
                with translation.override(lang):
                    pdf = self._pdf(org, month, today, lang)
                    subject = translation.gettext("Supplier report %(month)s — %(org)s") % {
                        "month": month,
                        "org": org.name,
                    }
                    message = EmailMessage(subject, subject, to=[user.email])
                    message.attach(f"vendorpact-{org.slug}-{month}.pdf", pdf, "application/pdf")
                    message.send()
                sent += 1
        self.stdout.write(f"{sent} report(s) sent for {month}")

    def _pdf(self, org, month, today, lang) -> bytes:
        from weasyprint import HTML

        report = organisation_report(org, month, today, lang)
        labels = {
            "coverage": translation.gettext("Checklist covered"),
            "health": translation.gettext("Partnership health"),
        }
        html = render_to_string(
            "reports/report_document.html",
            {
                "report": report,
                "chart": portfolio_chart_svg(report.rows, labels),
                "generated": timezone.localtime(),
                "current_org": org,
                "LANGUAGE_CODE": lang,
            },
        )
        return HTML(string=html).write_pdf()
