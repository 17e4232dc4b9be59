from django.core.management.base import BaseCommand

from vendorpact.analysis.services import run_pending


class Command(BaseCommand):
    help = "Analyse uploaded documents whose analysis is still waiting (safe to run from cron)."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None)

    def handle(self, *args, limit=None, **options):
        count = run_pending(limit)
        self.stdout.write(f"{count} document(s) analysed")
