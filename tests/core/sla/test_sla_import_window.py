"""Timestamps outside 1990-01-01 .. ten years after the import date are bad rows."""

import datetime as dt

from vendorpact.core.sla.imports import import_tickets
from vendorpact.core.sla.imports.dates import is_plausible, latest_plausible
from vendorpact.core.sla.imports.downtime import import_downtime
from vendorpact.core.sla.imports.tickets import import_events

IMPORTED_ON = dt.date(2026, 12, 4)
GENERIC = "id,priority,created,first_response,resolved\n"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _tickets(tmp_path, *rows):
    path = _write(tmp_path, "tickets.csv", GENERIC + "".join(row + "\n" for row in rows))
    return import_tickets(path, imported_on=IMPORTED_ON)


def test_year_one_with_a_negative_offset_is_a_bad_row(tmp_path):
    result = _tickets(
        tmp_path,
        "T-1,P1,0001-01-01T00:00:00-12:00,,",
        "T-2,P1,2026-11-30T09:00:00+01:00,,",
    )
    assert [t.id for t in result.tickets] == ["T-2"]
    assert [(e.line, e.code, e.field) for e in result.errors] == [
        (2, "row.date_out_of_range", "created")
    ]
    assert result.errors[0].value == "0001-01-01T00:00:00-12:00"


def test_year_9999_resolution_is_a_bad_row(tmp_path):
    result = _tickets(tmp_path, "T-1,P1,2026-11-30T09:00:00+01:00,,9999-12-31T23:59:59+14:00")
    assert result.tickets == []
    assert [(e.code, e.field) for e in result.errors] == [("row.date_out_of_range", "resolved")]


def test_window_edges_are_inside(tmp_path):
    # 1990-01-01 and 2036-12-04 (ten years after the import date) are both still accepted
    result = _tickets(
        tmp_path,
        "T-1,P1,1990-01-01T08:00:00+01:00,,",
        "T-2,P1,2036-12-04T08:00:00+01:00,,",
        "T-3,P1,1989-12-31T23:00:00+01:00,,",
        "T-4,P1,2036-12-05T08:00:00+01:00,,",
    )
    assert [t.id for t in result.tickets] == ["T-1", "T-2"]
    assert [e.line for e in result.errors] == [4, 5]


def test_ten_years_after_a_leap_day_is_the_28th_of_february():
    assert latest_plausible(dt.date(2028, 2, 29)) == dt.date(2038, 2, 28)


def test_plausible_uses_the_date_in_the_moments_own_zone():
    late = dt.datetime(1990, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert is_plausible(late, IMPORTED_ON)


def test_downtime_outside_the_window_is_a_bad_row(tmp_path):
    path = _write(
        tmp_path,
        "downtime.csv",
        "start,end\n"
        "2026-11-03T10:00:00+01:00,2026-11-03T11:00:00+01:00\n"
        "2026-11-04T10:00:00+01:00,9999-12-31T23:59:59+14:00\n",
    )
    records, errors = import_downtime(path, imported_on=IMPORTED_ON)
    assert len(records) == 1
    assert [(e.line, e.code, e.field) for e in errors] == [(3, "row.date_out_of_range", "end")]


def test_status_event_outside_the_window_is_a_bad_row(tmp_path):
    path = _write(
        tmp_path,
        "events.csv",
        "id,at,status\nT-1,0001-01-01T00:00:00-12:00,Pending\nT-1,2026-11-30T10:00:00+01:00,Open\n",
    )
    events, errors = import_events(path, imported_on=IMPORTED_ON)
    assert len(events["T-1"]) == 1
    assert [(e.line, e.code) for e in errors] == [(2, "row.date_out_of_range")]


def test_a_duration_that_overflows_the_calendar_is_a_bad_row(tmp_path):
    header = "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
    path = _write(
        tmp_path,
        "zendesk.csv",
        header + "501,Kassa,Solved,Urgent,2026-10-05 09:00:00,,999999999999\n",
    )
    result = import_tickets(path, imported_on=IMPORTED_ON)
    assert result.tickets == []
    assert [e.code for e in result.errors] == ["row.duration_invalid"]
