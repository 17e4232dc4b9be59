from datetime import UTC, date, datetime, timedelta, timezone

import icalendar
import pytest

from vendorpact.core.ical import CalendarEvent, reminder_events, write_calendar
from vendorpact.core.planning import Milestone, Side
from vendorpact.core.reminders import EngagementReminderInput, compute_reminders

STAMP = datetime(2026, 3, 1, 6, 30, tzinfo=UTC)
EVENT = CalendarEvent("abc@vendorpact", date(2026, 3, 6), "Testdata aanleveren")


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_every_line_ends_with_crlf():
    text = write_calendar([EVENT], STAMP)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")


def test_calendar_wraps_events():
    lines = unfold(write_calendar([EVENT], STAMP))
    assert (lines[0], lines[-2], lines.count("BEGIN:VEVENT")) == (
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        1,
    )


def test_event_is_all_day_on_the_due_date():
    lines = unfold(write_calendar([EVENT], STAMP))
    assert [line for line in lines if line.startswith(("DTSTART", "DTEND"))] == [
        "DTSTART;VALUE=DATE:20260306",
        "DTEND;VALUE=DATE:20260307",
    ]


def test_dtstamp_is_utc():
    brussels = timezone(timedelta(hours=1))
    lines = unfold(write_calendar([EVENT], datetime(2026, 3, 1, 7, 30, tzinfo=brussels)))
    assert "DTSTAMP:20260301T063000Z" in lines


def test_naive_dtstamp_is_refused():
    with pytest.raises(ValueError):
        write_calendar([EVENT], datetime(2026, 3, 1, 7, 30))


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [("a;b", "a\\;b"), ("a,b", "a\\,b"), ("a\\b", "a\\\\b"), ("a\nb", "a\\nb")],
)
def test_summary_text_is_escaped(raw, escaped):
    text = write_calendar([CalendarEvent("u@vendorpact", date(2026, 3, 6), raw)], STAMP)
    assert f"SUMMARY:{escaped}" in unfold(text)


def test_long_lines_are_folded_at_75_octets():
    summary = "Webshop – Acme: opzeggen uiterlijk 30/09 " * 6
    text = write_calendar([CalendarEvent("u@vendorpact", date(2026, 9, 30), summary)], STAMP)
    assert max(len(line.encode("utf-8")) for line in text.split("\r\n")) <= 75


def test_calendar_parses_back_with_the_same_summary_and_date():
    summary = "Webshop – Acme; onderhoud, hosting: opzeggen uiterlijk 30/09 " * 3
    text = write_calendar([CalendarEvent("u@vendorpact", date(2026, 9, 30), summary)], STAMP)
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert (str(event["SUMMARY"]), event.decoded("DTSTART")) == (summary, date(2026, 9, 30))


def test_reminders_become_events_with_stable_uids():
    milestone = Milestone("m-1", "Testdata aanleveren", Side.CLIENT, date(2026, 3, 6))
    data = EngagementReminderInput("eng-7", "Webshop Acme", milestones=[milestone])
    first = reminder_events(compute_reminders([data], date(2026, 3, 1)))
    again = reminder_events(compute_reminders([data], date(2026, 3, 2)))
    assert first[0].uid == again[0].uid and first[0].uid.endswith("@vendorpact")


def test_reminder_event_links_to_the_engagement():
    milestone = Milestone("m-1", "Testdata aanleveren", Side.CLIENT, date(2026, 3, 6))
    data = EngagementReminderInput("eng-7", "Webshop Acme", milestones=[milestone])
    events = reminder_events(
        compute_reminders([data], date(2026, 3, 1)), "nl", {"eng-7": "https://app.example/e/7"}
    )
    assert events[0].url == "https://app.example/e/7"


def test_empty_calendar_is_still_valid():
    lines = unfold(write_calendar([], STAMP))
    assert (lines[0], lines[-2], "BEGIN:VEVENT" in lines) == (
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        False,
    )
