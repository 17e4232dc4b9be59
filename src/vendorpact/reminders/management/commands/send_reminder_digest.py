"""Daily reminder digest per user; safe to run from cron more than once a day."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from vendorpact.reminders.services import send_digest, send_digest_task


class Command(BaseCommand):
    help = (
        "E-mail each user a digest of today's reminders over all their organisations, in their "
        "language. A user gets at most one digest per day, however often this runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="the day to send for (YYYY-MM-DD); default today")
        parser.add_argument("--user", help="only this username")
        parser.add_argument(
            "--base-url",
            default="",
            help="site address for the links in the mail, e.g. https://vendorpact.example.be",
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="queue one task per user for `vendorpact worker` instead of sending now",
        )

    def handle(self, *args, **options):
        today = self._day(options["date"])
        users = get_user_model().objects.filter(is_active=True, memberships__isnull=False)
        if options["user"]:
            users = users.filter(username=options["user"])
        users = users.distinct().order_by("pk")
        if options["enqueue"]:
            for user in users:
                send_digest_task.enqueue(user.pk, today.isoformat(), options["base_url"])
            self.stdout.write(f"Digest tasks queued: {users.count()}.")
            return
        sent = skipped = 0
        for user in users:
            count = send_digest(user, today, options["base_url"])
            if count is None:
                skipped += 1
            else:
                sent += 1
                self.stdout.write(f"{user.username}: {count} reminder(s)")
        self.stdout.write(f"Digests sent: {sent}; nothing to send or already sent: {skipped}.")

    @staticmethod
    def _day(text: str | None) -> date:
        if not text:
            return timezone.localdate()
        try:
            return date.fromisoformat(text)
        except ValueError as error:
            raise CommandError(f"--date must look like 2026-11-26, not {text!r}") from error
