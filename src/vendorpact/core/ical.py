"""The reminders feed as RFC 5545 iCalendar, written with the `icalendar` package."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import icalendar

from vendorpact.core.reminders import Reminder

PRODID = "-//VendorPact//Reminders//EN"
UID_DOMAIN = "vendorpact"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: date  # all-day event
    summary: str
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()


def _event(event: CalendarEvent, dtstamp: datetime) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", dtstamp)
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.start + timedelta(days=1))
    vevent.add("summary", event.summary)
    vevent.add("transp", "TRANSPARENT")
    if event.description:
        vevent.add("description", event.description)
    if event.url:
        vevent.add("url", event.url)
    if event.categories:
        vevent.add("categories", list(event.categories))
    return vevent


def write_calendar(
    events: Sequence[CalendarEvent], dtstamp: datetime, name: str = "VendorPact"
) -> str:
    """A complete VCALENDAR as text with CRLF line ends (encode as UTF-8 to serve it)."""
    if dtstamp.tzinfo is None:
        raise ValueError("dtstamp must be timezone-aware")
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    utc_stamp = dtstamp.astimezone(UTC)
    for event in events:
        calendar.add_component(_event(event, utc_stamp))
    return calendar.to_ical().decode("utf-8")


def reminder_events(
    reminders: Sequence[Reminder], lang: str = "en", url_for: dict[str, str] | None = None
) -> list[CalendarEvent]:
    """One all-day event per reminder on its due date; `url_for` maps engagement ids to URLs."""
    url_for = url_for or {}
    return [
        CalendarEvent(
            uid=f"{reminder.uid}@{UID_DOMAIN}",
            start=reminder.due,
            summary=reminder.title(lang),
            url=url_for.get(reminder.engagement_id, ""),
            categories=(reminder.kind.removeprefix("reminder."),),
        )
        for reminder in reminders
    ]
