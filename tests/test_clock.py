"""The tests' clock helpers: pinned days and the session-wide VENDORPACT_TEST_TODAY."""

from datetime import date, datetime

import pytest
from django.utils import timezone

from tests.clock import BRUSSELS, on_day, session_day


@on_day(date(2028, 2, 29))
def test_pinned_day_is_what_django_calls_today():
    assert timezone.localdate() == date(2028, 2, 29)
    assert timezone.localtime() == datetime(2028, 2, 29, 10, 0, tzinfo=BRUSSELS)


@on_day(date(2027, 1, 31))
def test_pinned_clock_stands_still():
    first = timezone.now()
    assert [timezone.now() for _ in range(3)] == [first] * 3


def test_session_day_reads_the_variable():
    assert session_day({"VENDORPACT_TEST_TODAY": "2027-01-31"}) == date(2027, 1, 31)
    assert session_day({}) is None and session_day({"VENDORPACT_TEST_TODAY": " "}) is None


def test_session_day_refuses_a_date_that_does_not_exist():
    with pytest.raises(pytest.UsageError):
        session_day({"VENDORPACT_TEST_TODAY": "2027-02-29"})
