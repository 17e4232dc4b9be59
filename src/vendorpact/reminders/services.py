"""Calendar feed tokens, the iCalendar text, reminder rows for pages and the daily digest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone, translation
from django_tasks import task

from vendorpact.common.tenancy import tenant_guarded
from vendorpact.core.health import hash_token, new_link_token
from vendorpact.core.ical import reminder_events, write_calendar
from vendorpact.core.reminders import SIDE_LABELS, TITLES, Reminder
from vendorpact.orgs.models import Profile
from vendorpact.reminders.models import CalendarFeed, DigestLog
from vendorpact.reminders.sources import reminders_for_user

# A feed's use is recorded at most this often, so that calendar polling does not write each time.
LAST_USED_RESOLUTION = timedelta(minutes=1)

# Where each kind of reminder is followed up: (URL name, uses the reminder's object id).
KIND_PAGES = {
    "reminder.notice_deadline": ("engagement_detail", False),
    "reminder.renewal": ("engagement_detail", False),
    "reminder.milestone_due": ("planning_overview", False),
    "reminder.concern_ageing": ("concern_detail", True),
    "reminder.extra_cost_unapproved": ("extra_cost_detail", True),
    "reminder.health_link_expiring": ("health_overview", False),
    "reminder.exit_task_due": ("exit_plan", False),
}


def user_language(user) -> str:
    language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    return language or settings.LANGUAGE_CODE


def reminder_path(org, reminder: Reminder) -> str:
    name, by_object = KIND_PAGES.get(reminder.kind, ("engagement_detail", False))
    pk = reminder.object_id if by_object else reminder.engagement_id
    try:
        return reverse(name, args=[org.slug, int(pk)])
    except (NoReverseMatch, ValueError):
        return reverse("engagement_detail", args=[org.slug, int(reminder.engagement_id)])


def reminder_title(reminder: Reminder, lang: str) -> str:
    """The core's title with the date as the interface shows dates (d/m/Y in Dutch)."""
    params = dict(reminder.params)
    params["title"] = params.get(f"title_{lang}", params.get("title", ""))
    if params.get("side") in SIDE_LABELS:
        params["side"] = SIDE_LABELS[params["side"]].get(lang, params["side"])
    with translation.override(lang):
        due = formats.date_format(reminder.due, "SHORT_DATE_FORMAT")
    texts = TITLES[reminder.kind]
    return (texts.get(lang) or texts["en"]).format(**params, due=due)


def reminder_rows(org, reminders, lang: str) -> list[dict]:
    return [
        {"reminder": r, "title": reminder_title(r, lang), "path": reminder_path(org, r)}
        for r in reminders
    ]


# ---- calendar feed --------------------------------------------------------------------------


@transaction.atomic
def create_feed(*, user) -> tuple[CalendarFeed, str]:
    """A new private feed URL token; earlier feeds of the user stop working."""
    CalendarFeed.objects.active().filter(user=user).update(revoked_at=timezone.now())
    token = new_link_token()
    return CalendarFeed.objects.create(user=user, token_hash=hash_token(token)), token


@transaction.atomic
def revoke_feeds(*, user) -> int:
    return CalendarFeed.objects.active().filter(user=user).update(revoked_at=timezone.now())


def feed_user(token: str):
    feed = (
        CalendarFeed.objects.active()
        .select_related("user")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if feed is None or not feed.user.is_active:
        return None
    now = timezone.now()
    if feed.last_used_at is None or now - feed.last_used_at >= LAST_USED_RESOLUTION:
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)
    return feed.user


def calendar_for(user, today: date, absolute) -> str:
    """The user's reminders over all their organisations as iCalendar text.

    `absolute(path)` makes a full URL for the event links."""
    lang = user_language(user)
    pairs = reminders_for_user(user, today)
    events = []
    for org, reminder in pairs:
        url = absolute(reminder_path(org, reminder))
        (event,) = reminder_events([reminder], lang, {reminder.engagement_id: url})
        events.append(replace(event, summary=reminder_title(reminder, lang)))
    return write_calendar(events, timezone.now(), name="VendorPact")


# ---- daily digest ---------------------------------------------------------------------------


def digest_for(user, today: date, base_url: str = "") -> tuple[str, str, int] | None:
    """(subject, body, number of reminders) of the user's digest in their language;
    None when there is nothing to remind."""
    pairs = reminders_for_user(user, today)
    if not pairs:
        return None
    lang = user_language(user)
    with translation.override(lang):
        context = {
            "user": user,
            "clients": _digest_clients(pairs, lang, base_url),
            "today": today,
            "count": len(pairs),
            "portfolio_url": _portfolio_url(pairs, base_url),
        }
        subject = render_to_string("reminders/digest_subject.txt", context).strip()
        body = render_to_string("reminders/digest_email.txt", context)
    return subject, body, len(pairs)


def _digest_clients(pairs, lang: str, base_url: str) -> list[dict]:
    """The reminders grouped by client organisation (by name), each group by due date."""
    groups: dict[int, dict] = {}
    for org, reminder in sorted(pairs, key=lambda pair: (pair[0].name, pair[0].pk)):
        group = groups.setdefault(org.pk, {"org": org, "rows": [], "overdue": 0})
        group["overdue"] += reminder.overdue
        group["rows"].append(
            {
                "title": reminder_title(reminder, lang),
                "overdue": reminder.overdue,
                "due": reminder.due,
                "url": base_url.rstrip("/") + reminder_path(org, reminder),
            }
        )
    for group in groups.values():
        group["rows"].sort(key=lambda row: row["due"])
    return list(groups.values())


def _portfolio_url(pairs, base_url: str) -> str:
    """The portfolio page when the reminders come from two or more organisations."""
    if len({org.pk for org, _reminder in pairs}) < 2:
        return ""
    return base_url.rstrip("/") + reverse("portfolio")


def send_digest(user, today: date, base_url: str = "") -> int | None:
    """Send today's digest once; returns the number of reminders, or None when nothing was
    sent (already sent today, no e-mail address, or nothing to remind)."""
    if not user.email or DigestLog.objects.filter(user=user, day=today).exists():
        return None
    digest = digest_for(user, today, base_url)
    if digest is None:
        return None
    subject, body, count = digest
    try:
        with transaction.atomic():
            # Claim the day first so that two overlapping runs cannot both send.
            DigestLog.objects.create(user=user, day=today, reminder_count=count)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except IntegrityError:
        return None
    return count


@task()
@tenant_guarded
def send_digest_task(user_id: int, today: str, base_url: str = "") -> int | None:
    """The queued form of send_digest, run by `vendorpact worker`."""
    user = get_user_model().objects.get(pk=user_id)
    return send_digest(user, date.fromisoformat(today), base_url)
