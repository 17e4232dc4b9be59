import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.sla.sla_helpers import BRUSSELS, OFFICE_HOURS, brussels
from vendorpact.core.sla.calendar import BusinessCalendar, CalendarError, NaiveDatetimeError

HOUR = 3600
CALENDAR = BusinessCalendar(OFFICE_HOURS, holiday_country="BE")

# Instants between 2024 and 2028, at minute resolution, as aware datetimes.
EPOCH_2024 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC).timestamp()
instants = st.integers(min_value=0, max_value=5 * 365 * 24 * 60).map(
    lambda minutes: dt.datetime.fromtimestamp(EPOCH_2024 + minutes * 60, BRUSSELS)
)


@settings(max_examples=300, deadline=None)
@given(instants, instants)
def test_adding_the_measured_span_returns_the_end_when_it_is_inside_hours(a, b):
    start, end = min(a, b), max(a, b)
    if not CALENDAR.is_open(end - dt.timedelta(seconds=1)):
        # outside hours or exactly at an opening (where the inverse is the previous closing)
        end = CALENDAR.add_business_time(end, 60)
    assert CALENDAR.add_business_time(start, CALENDAR.business_seconds(start, end)) == end


@settings(max_examples=300, deadline=None)
@given(instants, instants, instants)
def test_business_seconds_are_additive(a, b, c):
    first, middle, last = sorted((a, b, c))
    whole = CALENDAR.business_seconds(first, last)
    parts = CALENDAR.business_seconds(first, middle) + CALENDAR.business_seconds(middle, last)
    assert whole == parts


@settings(max_examples=300, deadline=None)
@given(instants, instants, instants)
def test_business_seconds_grow_with_the_end(a, b, c):
    start = min(a, b, c)
    early, late = sorted((max(a, b, c), sorted((a, b, c))[1]))
    assert CALENDAR.business_seconds(start, early) <= CALENDAR.business_seconds(start, late)


@settings(max_examples=200, deadline=None)
@given(instants, st.integers(min_value=1, max_value=200 * HOUR))
def test_adding_business_time_lands_inside_hours(start, seconds):
    assert CALENDAR.is_open(CALENDAR.add_business_time(start, seconds) - dt.timedelta(seconds=1))


def test_reversed_interval_counts_zero():
    assert CALENDAR.business_seconds(brussels(2026, 3, 3, 12), brussels(2026, 3, 2, 12)) == 0


def test_naive_datetime_is_refused_with_a_clear_message():
    with pytest.raises(NaiveDatetimeError, match="no time zone"):
        CALENDAR.business_seconds(dt.datetime(2026, 3, 2, 9), brussels(2026, 3, 2, 10))


def test_friday_17_25_ticket_gets_five_minutes_then_continues_monday():
    friday = brussels(2026, 11, 27, 17, 25)
    assert CALENDAR.add_business_time(friday, HOUR) == brussels(2026, 11, 30, 9, 25)


def test_lunch_break_is_not_counted():
    assert CALENDAR.business_seconds(brussels(2026, 3, 2, 11), brussels(2026, 3, 2, 14)) == 2 * HOUR


def test_start_outside_hours_counts_from_next_opening():
    saturday = brussels(2026, 3, 7, 10)
    assert CALENDAR.add_business_time(saturday, 30 * 60) == brussels(2026, 3, 9, 9, 0)


def test_due_landing_on_closing_time_stays_at_closing():
    assert CALENDAR.add_business_time(brussels(2026, 3, 2, 16, 30), HOUR) == brussels(
        2026, 3, 2, 17, 30
    )


@pytest.mark.parametrize(
    "day",
    [
        dt.date(2026, 4, 6),  # Easter Monday
        dt.date(2026, 5, 14),  # Ascension
        dt.date(2026, 7, 21),  # National day
        dt.date(2026, 11, 11),  # Armistice
    ],
)
def test_belgian_public_holiday_has_no_business_time(day):
    start = dt.datetime.combine(day, dt.time(0), BRUSSELS)
    assert CALENDAR.business_seconds(start, start + dt.timedelta(days=1)) == 0


def test_ticket_before_easter_weekend_resumes_on_tuesday():
    thursday_evening = brussels(2026, 4, 2, 17, 0)  # Good Friday is a working day in Belgium
    due = CALENDAR.add_business_time(thursday_evening, 9 * HOUR)
    assert due == brussels(2026, 4, 7, 9, 0)


def test_holiday_on_a_weekend_changes_nothing():
    # 2026-11-01 (All Saints) is a Sunday
    week = CALENDAR.business_seconds(brussels(2026, 10, 26), brussels(2026, 11, 2))
    assert week == 5 * 8 * HOUR


def test_spring_forward_night_keeps_a_full_business_day():
    # 29 March 2026: clocks go from 02:00 to 03:00 in Brussels
    friday, monday = brussels(2026, 3, 27, 17, 30), brussels(2026, 3, 30, 9, 30)
    assert CALENDAR.business_seconds(friday, monday) == HOUR


def test_fall_back_night_keeps_a_full_business_day():
    friday, monday = brussels(2026, 10, 23, 17, 0), brussels(2026, 10, 26, 9, 0)
    assert CALENDAR.business_seconds(friday, monday) == HOUR


def test_24x7_interval_spanning_the_dst_change_counts_real_seconds():
    clock = BusinessCalendar.twenty_four_seven()
    saturday, sunday = brussels(2026, 3, 28, 12), brussels(2026, 3, 29, 12)
    assert clock.business_seconds(saturday, sunday) == 23 * HOUR


def test_full_day_opening_on_the_fall_back_sunday_has_25_hours():
    calendar = BusinessCalendar({"sun": [["00:00", "24:00"]]})
    start = brussels(2026, 10, 25)
    assert calendar.business_seconds(start, start + dt.timedelta(days=2)) == 25 * HOUR


def test_midnight_crossing_shift_belongs_to_its_start_day():
    night = BusinessCalendar({"fri": [["22:00", "06:00"]]})
    friday, saturday_noon = brussels(2026, 3, 6, 12), brussels(2026, 3, 7, 12)
    assert night.business_seconds(friday, saturday_noon) == 8 * HOUR


def test_midnight_crossing_shift_over_year_boundary():
    night = BusinessCalendar({"thu": [["22:00", "06:00"]]})
    new_years_eve = brussels(2026, 12, 31, 23)  # Thursday
    assert night.add_business_time(new_years_eve, 2 * HOUR) == brussels(2027, 1, 1, 1)


def test_custom_closing_date_is_skipped():
    calendar = BusinessCalendar(OFFICE_HOURS, closed_dates=["2026-12-24"])
    due = calendar.add_business_time(brussels(2026, 12, 23, 17), HOUR)
    assert due == brussels(2026, 12, 25, 9)


def test_year_boundary_with_holidays_on_both_sides():
    start = brussels(2026, 12, 31, 17)
    assert CALENDAR.add_business_time(start, HOUR) == brussels(2027, 1, 4, 9)


def test_dutch_kings_day_is_closed_for_nl_calendar():
    dutch = BusinessCalendar(OFFICE_HOURS, timezone="Europe/Amsterdam", holiday_country="NL")
    assert not dutch.is_working_day(dt.date(2026, 4, 27))


def test_calendar_without_any_hours_cannot_add_time():
    closed = BusinessCalendar({})
    with pytest.raises(CalendarError):
        closed.add_business_time(brussels(2026, 3, 2, 9), 60)


def test_negative_business_time_counts_backwards_to_an_opening():
    monday_opening = brussels(2026, 3, 9, 8, 30)
    assert CALENDAR.add_business_time(monday_opening, -HOUR) == brussels(2026, 3, 6, 16, 30)


def test_calendar_roundtrips_through_its_dict_form():
    again = BusinessCalendar.from_dict(CALENDAR.to_dict())
    start, end = brussels(2026, 1, 1), brussels(2026, 6, 1)
    assert again.business_seconds(start, end) == CALENDAR.business_seconds(start, end)


def test_unknown_holiday_country_is_refused_when_the_calendar_is_made():
    with pytest.raises(CalendarError, match="unknown holiday country"):
        BusinessCalendar(OFFICE_HOURS, holiday_country="XX")


def test_french_moselle_subdivision_closes_saint_stephens_day():
    moselle = BusinessCalendar(OFFICE_HOURS, holiday_country="FR", holiday_subdivision="57")
    paris = BusinessCalendar(OFFICE_HOURS, holiday_country="FR")
    boxing_day = dt.date(2025, 12, 26)  # a Friday
    assert (moselle.is_working_day(boxing_day), paris.is_working_day(boxing_day)) == (False, True)
