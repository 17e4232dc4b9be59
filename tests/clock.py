"""The tests' clock: a test that needs "today" pins it, the CI can move the whole suite.

`on_day(date(2026, 3, 16))` marks a test (or a module, as `pytestmark`) to run with the clock
stopped at 10:00 in Brussels on that day, through time-machine's `time_machine` marker;
`at_moment(datetime(...))` stops it at an exact moment.
`VENDORPACT_TEST_TODAY=YYYY-MM-DD` moves the clock of the whole session to 10:00 that day (the
clock keeps ticking); a test that pins its own day keeps it, time-machine nests.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine

BRUSSELS = ZoneInfo("Europe/Brussels")
TODAY_VARIABLE = "VENDORPACT_TEST_TODAY"


def brussels_morning(day: date) -> datetime:
    """10:00 in Brussels on `day`: far from midnight in every time zone the app uses."""
    return datetime.combine(day, time(10, 0), tzinfo=BRUSSELS)


def at_moment(moment: datetime) -> pytest.MarkDecorator:
    """Run the test with the clock stopped at `moment` (a datetime with its time zone)."""
    return pytest.mark.time_machine(moment, tick=False)


def on_day(day: date) -> pytest.MarkDecorator:
    """Run the test with the clock stopped at 10:00 (Brussels) on `day`."""
    return at_moment(brussels_morning(day))


def session_day(environ) -> date | None:
    """The day VENDORPACT_TEST_TODAY asks for, None when it is not set."""
    text = environ.get(TODAY_VARIABLE, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise pytest.UsageError(f"{TODAY_VARIABLE} must be YYYY-MM-DD, not {text!r}") from None


def start_session_travel(day: date) -> time_machine.travel:
    traveller = time_machine.travel(brussels_morning(day), tick=True)
    traveller.start()
    return traveller
