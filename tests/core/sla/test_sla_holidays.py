"""Belgian and Dutch holidays against ../shared/data/sla/holidays-belgium.json."""

import datetime as dt
import json

import pytest

from tests.core.sla.sla_helpers import OFFICE_HOURS, shared_file
from vendorpact.core.sla.calendar import BusinessCalendar


@pytest.fixture(scope="module")
def vectors():
    return json.loads(shared_file("sla", "holidays-belgium.json").read_text(encoding="utf-8"))


def test_belgian_public_holidays_match_the_reference_years(vectors):
    calendar = BusinessCalendar(OFFICE_HOURS, holiday_country="BE")
    for year, days in vectors["be_public_holidays_python_holidays"]["by_year"].items():
        assert calendar.holidays_in(int(year)) == {dt.date.fromisoformat(d) for d in days}


def test_belgian_bank_holidays_are_working_days(vectors):
    calendar = BusinessCalendar(OFFICE_HOURS, holiday_country="BE")
    bank_days = vectors["be_bank_holidays_python_holidays"]["by_name"].values()
    for day in (dt.date.fromisoformat(d) for days in bank_days for d in days):
        assert not calendar.is_closed_day(day)


def test_workalendar_belgian_days_are_all_closed(vectors):
    calendar = BusinessCalendar(OFFICE_HOURS, holiday_country="BE")
    for year in ("2014", "2015"):
        for day in vectors["be_workalendar_assert_in"][year]:
            assert calendar.is_closed_day(dt.date.fromisoformat(day))


def test_kings_day_2014_moved_to_saturday_in_the_netherlands(vectors):
    calendar = BusinessCalendar(OFFICE_HOURS, timezone="Europe/Amsterdam", holiday_country="NL")
    expected = vectors["nl_kings_day_workalendar"]["2014"]
    assert calendar.is_closed_day(dt.date.fromisoformat(expected["holiday"]))
    assert not any(
        calendar.is_closed_day(dt.date.fromisoformat(d)) for d in expected["not_holiday"]
    )


def test_flemish_community_day_is_a_custom_closing_date_not_a_public_holiday():
    public = BusinessCalendar(OFFICE_HOURS, holiday_country="BE")
    flemish_office = BusinessCalendar(
        OFFICE_HOURS, holiday_country="BE", closed_dates=["2025-07-11"]
    )
    assert public.is_working_day(dt.date(2025, 7, 11))
    assert not flemish_office.is_working_day(dt.date(2025, 7, 11))
