"""Business calendar: opening hours, public holidays and closing days in a time zone.

All arithmetic runs on UTC epoch seconds. The calendar materialises its open intervals for a
range of years (extended on demand) as sorted arrays plus a cumulative sum of open seconds, so
``business_seconds`` and ``add_business_time`` cost two binary searches whatever the span.

Conventions:
- An interval ``[start, end)`` whose end is not after its start crosses midnight and belongs to
  the day it starts (a holiday on that day closes the whole shift). ``24:00`` means end of day.
- Intervals are wall-clock times in the calendar's zone, so a day with a DST change has a one hour
  shorter or longer interval when it spans the change.
- A start outside opening hours counts from the next opening; adding business time that lands
  exactly on a closing moment returns that closing moment.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

import holidays as holidays_lib

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_SECONDS = 86400
DEFAULT_TIMEZONE = "Europe/Brussels"


class NaiveDatetimeError(ValueError):
    """A datetime without time zone was given where an instant is required."""


class CalendarError(ValueError):
    """The calendar definition is invalid or has no opening hours at all."""


def parse_clock(text: str) -> int:
    """'HH:MM' or 'HH:MM:SS' (00:00..24:00) -> seconds after midnight."""
    parts = text.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise CalendarError(f"invalid time of day {text!r}; expected HH:MM")
    hours, minutes = int(parts[0]), int(parts[1])
    seconds = int(parts[2]) if len(parts) == 3 else 0
    total = hours * 3600 + minutes * 60 + seconds
    if minutes > 59 or seconds > 59 or total > DAY_SECONDS:
        raise CalendarError(f"invalid time of day {text!r}")
    return total


def to_epoch(moment: dt.datetime) -> float:
    """Aware datetime -> UTC epoch seconds; naive datetimes are refused."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise NaiveDatetimeError(
            f"naive datetime {moment.isoformat()} has no time zone; "
            "attach one (e.g. zoneinfo.ZoneInfo('Europe/Brussels')) so the instant is unambiguous"
        )
    return moment.timestamp()


def _parse_weekly(hours: Mapping[str, Sequence[Sequence[str]]]) -> tuple[tuple, ...]:
    unknown = set(hours) - set(WEEKDAYS)
    if unknown:
        raise CalendarError(f"unknown weekday key(s) {sorted(unknown)}; use mon..sun")
    weekly = []
    for day in WEEKDAYS:
        spans = []
        for pair in hours.get(day, ()) or ():
            begin, end = parse_clock(pair[0]), parse_clock(pair[1])
            if begin == end:
                raise CalendarError(f"{day}: empty interval {pair[0]}-{pair[1]}")
            if end < begin:  # crosses midnight: ends on the next calendar day
                end += DAY_SECONDS
            spans.append((begin, end))
        weekly.append(tuple(sorted(spans)))
    return tuple(weekly)


class BusinessCalendar:
    """Weekly opening hours in an IANA zone, minus public holidays and custom closing dates."""

    def __init__(
        self,
        hours: Mapping[str, Sequence[Sequence[str]]] | None = None,
        timezone: str = DEFAULT_TIMEZONE,
        holiday_country: str | None = None,
        holiday_subdivision: str | None = None,
        closed_dates: Iterable[dt.date | str] = (),
        always_open: bool = False,
        holiday_categories: Sequence[str] = ("public",),
    ) -> None:
        self.timezone = timezone
        self.zone = ZoneInfo(timezone)
        self.always_open = always_open
        self.hours = {day: [list(p) for p in (hours or {}).get(day, ()) or ()] for day in WEEKDAYS}
        self.weekly = _parse_weekly(hours or {})
        self.holiday_country = holiday_country
        self.holiday_subdivision = holiday_subdivision
        self.holiday_categories = tuple(holiday_categories)
        self.closed_dates = frozenset(
            d if isinstance(d, dt.date) else dt.date.fromisoformat(d) for d in closed_dates
        )
        self._holiday_cache: dict[int, frozenset[dt.date]] = {}
        self._check_holiday_source()
        self._interval_cache: dict[int, list[tuple[float, float]]] = {}
        self._first_year = self._last_year = None
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.cum: list[float] = []  # open seconds before interval i
        self.cum_end: list[float] = []  # open seconds up to the end of interval i
        self._numpy_cache = None

    @classmethod
    def twenty_four_seven(cls, timezone: str = DEFAULT_TIMEZONE) -> BusinessCalendar:
        return cls(timezone=timezone, always_open=True)

    # -- days ---------------------------------------------------------------------------
    def holidays_in(self, year: int) -> frozenset[dt.date]:
        if year not in self._holiday_cache:
            self._load_holidays(range(year, year + 1))
        return self._holiday_cache[year]

    def _check_holiday_source(self) -> None:
        if not self.holiday_country:
            return
        try:
            holidays_lib.country_holidays(
                self.holiday_country, subdiv=self.holiday_subdivision, years=[]
            )
        except (NotImplementedError, KeyError, ValueError) as exc:
            raise CalendarError(
                f"unknown holiday country/subdivision "
                f"{self.holiday_country!r}/{self.holiday_subdivision!r}: {exc}"
            ) from exc

    def _load_holidays(self, years: range) -> None:
        """Fill the per-year cache with one call to the holidays package (it is slow per call)."""
        missing = [year for year in years if year not in self._holiday_cache]
        if not missing:
            return
        by_year: dict[int, set[dt.date]] = {year: set() for year in missing}
        if self.holiday_country:
            calendar = holidays_lib.country_holidays(
                self.holiday_country,
                subdiv=self.holiday_subdivision,
                years=missing,
                categories=self.holiday_categories,
            )
            for day in calendar:
                if day.year in by_year:
                    by_year[day.year].add(day)
        for year, days in by_year.items():
            self._holiday_cache[year] = frozenset(days)

    def is_closed_day(self, day: dt.date) -> bool:
        return day in self.closed_dates or day in self.holidays_in(day.year)

    def is_working_day(self, day: dt.date) -> bool:
        if self.always_open:
            return True
        return bool(self.weekly[day.weekday()]) and not self.is_closed_day(day)

    def _local_epoch(self, day: dt.date, seconds: int) -> float:
        wall = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
        return wall.replace(tzinfo=self.zone).timestamp()

    def _day_intervals(self, day: dt.date) -> list[tuple[float, float]]:
        spans = self.weekly[day.weekday()]
        if not spans or self.is_closed_day(day):
            return []
        return [(self._local_epoch(day, b), self._local_epoch(day, e)) for b, e in spans]

    # -- materialised intervals ---------------------------------------------------------
    def _year_intervals(self, year: int) -> list[tuple[float, float]]:
        if year not in self._interval_cache:
            raw: list[tuple[float, float]] = []
            day = dt.date(year, 1, 1)
            one_day = dt.timedelta(days=1)
            while day.year == year:
                raw.extend(self._day_intervals(day))
                day += one_day
            self._interval_cache[year] = raw
        return self._interval_cache[year]

    def _build(self, first_year: int, last_year: int) -> None:
        self._load_holidays(range(first_year, last_year + 1))
        raw: list[tuple[float, float]] = []
        for year in range(first_year, last_year + 1):
            raw.extend(self._year_intervals(year))
        raw.sort()
        merged: list[list[float]] = []
        for begin, end in raw:
            if end <= begin:
                continue
            if merged and begin <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([begin, end])
        self.starts = [b for b, _ in merged]
        self.ends = [e for _, e in merged]
        total = 0.0
        self.cum, self.cum_end = [], []
        for begin, end in merged:
            self.cum.append(total)
            total += end - begin
            self.cum_end.append(total)
        self._first_year, self._last_year = first_year, last_year
        self._numpy_cache = None

    def ensure_epoch_range(self, low: float, high: float) -> None:
        """Materialise intervals covering [low, high] with at least a year of margin."""
        if self.always_open:
            return
        first = dt.datetime.fromtimestamp(min(low, high), dt.UTC).year - 1
        last = dt.datetime.fromtimestamp(max(low, high), dt.UTC).year + 1
        if self._first_year is None:
            self._build(first, last)
        elif first < self._first_year or last > self._last_year:
            # grow by at least two years at a time so a stream of later tickets rebuilds rarely
            first = min(first, self._first_year) if first >= self._first_year else first - 2
            last = max(last, self._last_year) if last <= self._last_year else last + 2
            self._build(first, last)

    def _covers(self, epoch: float) -> bool:
        return bool(self.starts) and self.starts[0] <= epoch <= self.ends[-1]

    # -- epoch API ----------------------------------------------------------------------
    def cumulative(self, epoch: float) -> float:
        """Open seconds from the start of the materialised range up to ``epoch``."""
        if self.always_open:
            return epoch
        if not self._covers(epoch):
            self.ensure_epoch_range(epoch, epoch)
        return self._cumulative_in_range(epoch)

    def _cumulative_in_range(self, epoch: float) -> float:
        starts = self.starts
        i = bisect_right(starts, epoch) - 1
        if i < 0:
            return 0.0
        return self.cum[i] + min(epoch - starts[i], self.ends[i] - starts[i])

    def seconds_between_epoch(self, start: float, end: float) -> float:
        if end <= start:
            return 0.0
        if self.always_open:
            return end - start
        if not (self._covers(start) and self._covers(end)):
            self.ensure_epoch_range(start, end)
        return self._cumulative_in_range(end) - self._cumulative_in_range(start)

    def add_epoch(self, start: float, seconds: float) -> float:
        """The epoch at which ``seconds`` of open time have passed since ``start``."""
        if self.always_open:
            return start + seconds
        if not any(self.weekly):
            raise CalendarError("the calendar has no opening hours on any weekday")
        if not self._covers(start):
            self.ensure_epoch_range(start, start)
        if seconds == 0:
            return self._snap_forward(start)
        while True:
            target = self.cumulative(start) + seconds
            if seconds > 0:
                j = bisect_left(self.cum_end, target)
                if j < len(self.starts):
                    return self.starts[j] + (target - self.cum[j])
                self._build(self._first_year, self._last_year + 2)
            else:
                j = bisect_right(self.cum, target) - 1
                if target >= 0 and j >= 0:
                    return self.starts[j] + (target - self.cum[j])
                self._build(self._first_year - 2, self._last_year)
            self._guard_infinite_search()

    def _guard_infinite_search(self) -> None:
        if self._last_year - self._first_year > 400:
            raise CalendarError("the requested business time does not fit in 400 years")

    def _snap_forward(self, epoch: float) -> float:
        while True:
            i = bisect_right(self.starts, epoch) - 1
            if i >= 0 and epoch <= self.ends[i]:
                return epoch
            if i + 1 < len(self.starts):
                return self.starts[i + 1]
            self._build(self._first_year, self._last_year + 2)
            self._guard_infinite_search()

    def last_moment_without_more_open_time(self, epoch: float) -> float:
        """The latest moment by which no open time has passed since ``epoch``: ``epoch`` itself
        while the calendar is open, else the next opening. ``add_epoch`` can land on a closing
        moment; an item due then is only late once the calendar has opened again."""
        if self.always_open:
            return epoch
        self.ensure_epoch_range(epoch, epoch)
        while True:
            i = bisect_right(self.starts, epoch) - 1
            if i >= 0 and epoch < self.ends[i]:
                return epoch
            if i + 1 < len(self.starts):
                return self.starts[i + 1]
            self._build(self._first_year, self._last_year + 2)
            self._guard_infinite_search()

    def is_open_epoch(self, epoch: float) -> bool:
        if self.always_open:
            return True
        self.ensure_epoch_range(epoch, epoch)
        i = bisect_right(self.starts, epoch) - 1
        return i >= 0 and epoch < self.ends[i]

    # -- datetime API -------------------------------------------------------------------
    def business_seconds(self, start: dt.datetime, end: dt.datetime) -> float:
        """Open seconds between two aware datetimes; 0 when end <= start."""
        return self.seconds_between_epoch(to_epoch(start), to_epoch(end))

    def add_business_time(self, start: dt.datetime, seconds: float) -> dt.datetime:
        """The moment at which ``seconds`` of business time have passed since ``start``.

        Negative seconds count backwards (landing on an opening rather than the previous close).
        """
        epoch = self.add_epoch(to_epoch(start), float(seconds))
        return dt.datetime.fromtimestamp(epoch, self.zone)

    def is_open(self, moment: dt.datetime) -> bool:
        return self.is_open_epoch(to_epoch(moment))

    def numpy_arrays(self):
        """(starts, lengths, cum) as numpy arrays for the vectorised bulk path."""
        if self._numpy_cache is None:
            import numpy as np

            starts = np.asarray(self.starts, dtype=np.float64)
            ends = np.asarray(self.ends, dtype=np.float64)
            cum = np.asarray(self.cum, dtype=np.float64)
            self._numpy_cache = (starts, ends - starts, cum)
        return self._numpy_cache

    # -- interchange --------------------------------------------------------------------
    def to_dict(self) -> dict:
        hours = "24x7" if self.always_open else {day: self.hours[day] for day in WEEKDAYS}
        return {
            "timezone": self.timezone,
            "hours": hours,
            "holidays": {"country": self.holiday_country, "subdivision": self.holiday_subdivision},
            "closed_dates": sorted(d.isoformat() for d in self.closed_dates),
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> BusinessCalendar:
        hours = data.get("hours") or {}
        holiday = data.get("holidays") or {}
        always_open = hours == "24x7"
        return cls(
            hours=None if always_open else hours,
            timezone=data.get("timezone") or DEFAULT_TIMEZONE,
            holiday_country=holiday.get("country"),
            holiday_subdivision=holiday.get("subdivision"),
            closed_dates=data.get("closed_dates") or (),
            always_open=always_open,
        )


def ensure_numpy_range(calendar: BusinessCalendar, *arrays) -> None:
    import numpy as np

    lows, highs = [], []
    for values in arrays:
        if values.size == 0:
            continue
        low, high = float(np.fmin.reduce(values)), float(np.fmax.reduce(values))  # skip NaN
        if not (math.isfinite(low) and math.isfinite(high)):  # NaN only, or infinities
            finite = values[np.isfinite(values)]
            if not finite.size:
                continue
            low, high = float(finite.min()), float(finite.max())
        lows.append(low)
        highs.append(high)
    if lows:
        calendar.ensure_epoch_range(min(lows), max(highs))


def cumulative_numpy_in_range(calendar: BusinessCalendar, epochs):
    """Vectorised ``cumulative`` over a numpy array the calendar already covers (call
    ``ensure_numpy_range`` on all operands first)."""
    import numpy as np

    if calendar.always_open:
        return epochs
    starts, lengths, cum = calendar.numpy_arrays()
    if starts.size == 0:
        return np.where(np.isnan(epochs), np.nan, 0.0)
    index = np.searchsorted(starts, epochs, side="right") - 1
    safe = np.maximum(index, 0)
    within = np.minimum(np.maximum(epochs - starts[safe], 0.0), lengths[safe])
    return np.where(index >= 0, cum[safe] + within, 0.0)
