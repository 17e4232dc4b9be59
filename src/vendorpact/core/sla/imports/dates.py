"""Date/time parsing for helpdesk exports: ISO 8601 (with or without zone), day-first
``dd/mm/yyyy HH:MM`` (also ``-`` and ``.`` separators, unpadded day/month/hour), month-first when
asked, and Jira's ``dd/MMM/yy h:mm AM``. Values without a zone are read in the file's zone."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo


class DateParseError(ValueError):
    pass


# Timestamps outside this window are typing or export errors (e.g. 0001-01-01), and the
# business-hours calendar cannot be built for them: importers refuse such rows.
EARLIEST_PLAUSIBLE = dt.date(1990, 1, 1)
PLAUSIBLE_YEARS_AHEAD = 10


def latest_plausible(today: dt.date) -> dt.date:
    """Ten years after ``today`` (28 February for a 29 February)."""
    year = today.year + PLAUSIBLE_YEARS_AHEAD
    try:
        return today.replace(year=year)
    except ValueError:
        return today.replace(year=year, day=28)


def is_plausible(moment: dt.datetime, today: dt.date) -> bool:
    """Whether the moment's date (in its own zone) lies between 1990-01-01 and ten years
    after ``today``, both included."""
    return EARLIEST_PLAUSIBLE <= moment.date() <= latest_plausible(today)


def plausible_epochs(today: dt.date) -> tuple[float, float]:
    """The window as POSIX seconds (UTC days) for vectorised checks."""
    first = dt.datetime.combine(EARLIEST_PLAUSIBLE, dt.time(), dt.UTC)
    after_last = dt.datetime.combine(latest_plausible(today), dt.time(), dt.UTC)
    return first.timestamp(), (after_last + dt.timedelta(days=1)).timestamp()


_NUMERIC = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?)?$"
)
_JIRA = re.compile(
    r"^(\d{1,2})/([A-Za-z]{3})/(\d{2,4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan",),
            ("feb",),
            ("mar", "mrt", "mär"),
            ("apr",),
            ("may", "mei", "mai"),
            ("jun",),
            ("jul",),
            ("aug",),
            ("sep",),
            ("oct", "okt"),
            ("nov",),
            ("dec", "dez"),
        ],
        start=1,
    )
    for name in names
}


def _hour(hour: int, meridiem: str | None) -> int:
    if not meridiem:
        return hour
    pm = meridiem.lower() == "pm"
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _numeric(match: re.Match, day_first: bool) -> dt.datetime:
    first, second, third, hour, minute, second_s, meridiem = match.groups()
    if len(first) == 4:  # yyyy-mm-dd
        year, month, day = int(first), int(second), int(third)
    else:
        if len(third) != 4:
            raise DateParseError("two-digit or missing year")
        year = int(third)
        day, month = (int(first), int(second)) if day_first else (int(second), int(first))
    return dt.datetime(
        year,
        month,
        day,
        _hour(int(hour or 0), meridiem),
        int(minute or 0),
        int(second_s or 0),
    )


def _jira(match: re.Match) -> dt.datetime:
    day, month_name, year, hour, minute, second, meridiem = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        raise DateParseError(f"unknown month {month_name!r}")
    year_number = int(year) + (2000 if len(year) == 2 else 0)
    return dt.datetime(
        year_number,
        month,
        int(day),
        _hour(int(hour or 0), meridiem),
        int(minute or 0),
        int(second or 0),
    )


def parse_datetime(text: str, zone: ZoneInfo, day_first: bool = True) -> dt.datetime:
    """Parse one export timestamp to an aware datetime (naive values are taken in ``zone``)."""
    value = text.strip()
    if not value:
        raise DateParseError("empty")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        moment = _parse_local_formats(value, day_first)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment


def _parse_local_formats(value: str, day_first: bool) -> dt.datetime:
    try:
        match = _NUMERIC.match(value)
        if match:
            return _numeric(match, day_first)
        match = _JIRA.match(value)
        if match:
            return _jira(match)
    except ValueError as exc:  # e.g. month 13
        raise DateParseError(f"{value!r}: {exc}") from exc
    raise DateParseError(f"unrecognised date {value!r}")


def parse_duration_seconds(text: str, unit: str = "minutes") -> float:
    """'H:MM:SS' / 'H:MM' (hours may exceed 24) or a plain number in ``unit``."""
    value = text.strip().replace(",", ".")
    if ":" in value:
        parts = [float(p) for p in value.split(":")]
        if len(parts) == 2:
            parts.append(0.0)
        hours, minutes, seconds = parts
        return hours * 3600 + minutes * 60 + seconds
    factor = {"minutes": 60.0, "hours": 3600.0, "seconds": 1.0}[unit]
    return float(value) * factor
