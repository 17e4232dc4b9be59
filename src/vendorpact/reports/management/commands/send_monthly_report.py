"""E-mail each organisation's supplier report (PDF) to its owners and managers (cron: monthly).

Safe to run more than once and from several machines: a recipient gets a month's report once."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from vendorpact.orgs.models import Organisation
from vendorpact.reports.mailing import send_monthly_report, send_monthly_report_task


class Command(BaseCommand):
    help = "Send the monthly supplier report as PDF to every organisation's owners and managers."

    def add_arguments(self, parser):
        parser.add_argument("--month", help="YYYY-MM; default: the previous month")
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="queue one task per organisation for `vendorpact worker` instead of sending now",
        )

    def handle(self, *args, month=None, enqueue=False, **options):
        today = timezone.localdate()
        month = month or (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        organisations = Organisation.objects.order_by("pk")
        if enqueue:
            for org in organisations:
                send_monthly_report_task.enqueue(org.pk, month, today.isoformat())
            self.stdout.write(f"{organisations.count()} report task(s) queued for {month}")
            return
        sent = sum(send_monthly_report(org=org, month=month, today=today) for org in organisations)
        self.stdout.write(f"{sent} report(s) sent for {month}")
