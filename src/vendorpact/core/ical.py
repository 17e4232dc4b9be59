"""A small RFC 5545 iCalendar writer for the reminders feed.

Hand-written on purpose: we only need all-day VEVENTs, and the rules that matter are few and
tested here: TEXT escaping (backslash, semicolon, comma, newline), CRLF line ends, folding at
75 octets without splitting a UTF-8 character, a UTC DTSTAMP and stable UIDs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from vendorpact.core.reminders import Reminder

CRLF = "\r\n"
MAX_OCTETS = 75
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


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets; continuations start with a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_OCTETS:
        return line
    chunks: list[str] = []
    limit = MAX_OCTETS
    current = b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > limit:
            chunks.append(current.decode("utf-8"))
            current = b""
            limit = MAX_OCTETS - 1  # the leading space counts
        current += piece
    chunks.append(current.decode("utf-8"))
    return (CRLF + " ").join(chunks)


def _utc_stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("dtstamp must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: CalendarEvent, dtstamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{dtstamp}",
        f"DTSTART;VALUE=DATE:{event.start.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(event.start + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape_text(event.summary)}",
        "TRANSP:TRANSPARENT",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    if event.categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in event.categories))
    lines.append("END:VEVENT")
    return lines


def write_calendar(
    events: Sequence[CalendarEvent], dtstamp: datetime, name: str = "VendorPact"
) -> str:
    """A complete VCALENDAR as text with CRLF line ends (encode as UTF-8 to serve it)."""
    stamp = _utc_stamp(dtstamp)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
        "X-PUBLISHED-TTL:PT6H",
    ]
    for event in events:
        lines.extend(_event_lines(event, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


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
