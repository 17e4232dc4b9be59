from django.core.management.base import BaseCommand

from vendorpact.sla.results import recompute_pending


class Command(BaseCommand):
    help = "Store the SLA results of engagements whose results wait (safe to run from cron)."

    def handle(self, *args, **options):
        count = recompute_pending()
        self.stdout.write(f"{count} engagement(s) recomputed")
