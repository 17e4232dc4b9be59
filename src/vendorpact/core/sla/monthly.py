"""Monthly compliance: tickets are counted in the month (calendar zone) they were created.

An open ticket past its target as of the evaluation moment (outcome ``OVERDUE``) is a breach
of the month it was created in, like a closed ticket: ``response_breached`` includes
``response_overdue``, and the compliance percentage is the met share of the judged items
(measured plus overdue); open items that can still be met are not counted.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from vendorpact.core.sla.outcome import BREACHED, MET, NOT_JUDGED, OVERDUE, outcome_code


@dataclass
class MonthCompliance:
    month: str  # "YYYY-MM"
    tickets: int = 0
    responded: int = 0  # tickets with a first response
    response_breached: int = 0  # measured breaches + response_overdue
    resolved: int = 0  # resolved tickets
    resolution_breached: int = 0  # measured breaches + resolution_overdue
    response_overdue: int = 0  # no first response yet, past the target
    resolution_overdue: int = 0  # still open, past the target

    @property
    def response_met(self) -> int:
        return self.responded - (self.response_breached - self.response_overdue)

    @property
    def resolution_met(self) -> int:
        return self.resolved - (self.resolution_breached - self.resolution_overdue)

    @property
    def response_compliance_percent(self) -> float | None:
        return _percent(self.response_met, self.responded + self.response_overdue)

    @property
    def resolution_compliance_percent(self) -> float | None:
        return _percent(self.resolution_met, self.resolved + self.resolution_overdue)

    def to_dict(self) -> dict:
        return {
            "month": self.month,
            "tickets": self.tickets,
            "responded": self.responded,
            "response_met": self.response_met,
            "response_breached": self.response_breached,
            "response_overdue": self.response_overdue,
            "response_compliance_percent": self.response_compliance_percent,
            "resolved": self.resolved,
            "resolution_met": self.resolution_met,
            "resolution_breached": self.resolution_breached,
            "resolution_overdue": self.resolution_overdue,
            "resolution_compliance_percent": self.resolution_compliance_percent,
        }


CODE_COUNT = OVERDUE - NOT_JUDGED + 1  # codes -1 .. 2


def _by_code(counts, month_index: int) -> dict[int, int]:
    """{outcome code: count} of one month from the flat bincount of (month, code)."""
    start = month_index * CODE_COUNT
    values = counts[start : start + CODE_COUNT].tolist()
    return {code: values[code - NOT_JUDGED] for code in range(NOT_JUDGED, OVERDUE + 1)}


def _percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 2)


class MonthIndex:
    """Maps epoch seconds to local 'YYYY-MM' with a cached table of month boundaries."""

    def __init__(self, timezone: str) -> None:
        self.zone = ZoneInfo(timezone)
        self.bounds: list[float] = []
        self.labels: list[str] = []
        self._first = self._last = None

    def _build(self, first_year: int, last_year: int) -> None:
        self.bounds, self.labels = [], []
        for year in range(first_year, last_year + 1):
            for month in range(1, 13):
                start = dt.datetime(year, month, 1, tzinfo=self.zone)
                self.bounds.append(start.timestamp())
                self.labels.append(f"{year:04d}-{month:02d}")
        self._first, self._last = first_year, last_year

    def label(self, epoch: float) -> str:
        if self._first is None or not (self.bounds[0] <= epoch < self.bounds[-1]):
            year = dt.datetime.fromtimestamp(epoch, dt.UTC).year
            first = year - 1 if self._first is None else min(self._first, year - 1)
            last = year + 1 if self._last is None else max(self._last, year + 1)
            self._build(first, last)
        return self.labels[bisect_right(self.bounds, epoch) - 1]

    def labels_numpy(self, epochs):
        import numpy as np

        if epochs.size:
            self.label(float(epochs.min()))
            self.label(float(epochs.max()))
        index = np.searchsorted(np.asarray(self.bounds), epochs, side="right") - 1
        return index, self.labels


class MonthlyCompliance:
    """Streaming accumulator of per-month counts."""

    def __init__(self, timezone: str) -> None:
        self.index = MonthIndex(timezone)
        self.months: dict[str, MonthCompliance] = {}

    def _month(self, label: str) -> MonthCompliance:
        if label not in self.months:
            self.months[label] = MonthCompliance(label)
        return self.months[label]

    def add(self, created: float, response_breached, resolution_breached) -> None:
        """One measured ticket: flags True / False / None (not happened)."""
        response = NOT_JUDGED if response_breached is None else int(bool(response_breached))
        resolution = NOT_JUDGED if resolution_breached is None else int(bool(resolution_breached))
        self.add_outcomes(created, response, resolution)

    def add_result(self, result) -> None:
        """One ``evaluate.TicketResult``, open overdue items included."""
        self.add_outcomes(
            result.created,
            outcome_code(result.response_breached, result.response_seconds),
            outcome_code(result.resolution_breached, result.resolution_seconds),
        )

    def add_outcomes(self, created: float, response: int, resolution: int) -> None:
        """One ticket given its ``outcome`` codes."""
        month = self._month(self.index.label(created))
        month.tickets += 1
        month.responded += response in (MET, BREACHED)
        month.response_breached += response in (BREACHED, OVERDUE)
        month.response_overdue += response == OVERDUE
        month.resolved += resolution in (MET, BREACHED)
        month.resolution_breached += resolution in (BREACHED, OVERDUE)
        month.resolution_overdue += resolution == OVERDUE

    def add_bulk(self, created, response_breached, resolution_breached) -> None:
        """Numpy arrays of ``outcome`` codes (1 breached, 0 met, 2 overdue, -1 not judged)."""
        import numpy as np

        index, labels = self.index.labels_numpy(created)
        size = len(labels) * CODE_COUNT
        tickets = np.bincount(index, minlength=len(labels))
        response = np.bincount(index * CODE_COUNT + response_breached - NOT_JUDGED, minlength=size)
        resolution = np.bincount(
            index * CODE_COUNT + resolution_breached - NOT_JUDGED, minlength=size
        )
        for month_index in np.flatnonzero(tickets).tolist():
            month = self._month(labels[month_index])
            month.tickets += int(tickets[month_index])
            by_code = _by_code(response, month_index)
            month.responded += by_code[MET] + by_code[BREACHED]
            month.response_breached += by_code[BREACHED] + by_code[OVERDUE]
            month.response_overdue += by_code[OVERDUE]
            by_code = _by_code(resolution, month_index)
            month.resolved += by_code[MET] + by_code[BREACHED]
            month.resolution_breached += by_code[BREACHED] + by_code[OVERDUE]
            month.resolution_overdue += by_code[OVERDUE]

    def result(self) -> list[MonthCompliance]:
        return [self.months[label] for label in sorted(self.months)]
