"""Monthly compliance: tickets are counted in the month (calendar zone) they were created."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from zoneinfo import ZoneInfo


@dataclass
class MonthCompliance:
    month: str  # "YYYY-MM"
    tickets: int = 0
    responded: int = 0
    response_breached: int = 0
    resolved: int = 0
    resolution_breached: int = 0

    @property
    def response_met(self) -> int:
        return self.responded - self.response_breached

    @property
    def resolution_met(self) -> int:
        return self.resolved - self.resolution_breached

    @property
    def response_compliance_percent(self) -> float | None:
        return _percent(self.response_met, self.responded)

    @property
    def resolution_compliance_percent(self) -> float | None:
        return _percent(self.resolution_met, self.resolved)

    def to_dict(self) -> dict:
        return {
            "month": self.month,
            "tickets": self.tickets,
            "responded": self.responded,
            "response_met": self.response_met,
            "response_breached": self.response_breached,
            "response_compliance_percent": self.response_compliance_percent,
            "resolved": self.resolved,
            "resolution_met": self.resolution_met,
            "resolution_breached": self.resolution_breached,
            "resolution_compliance_percent": self.resolution_compliance_percent,
        }


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
        month = self._month(self.index.label(created))
        month.tickets += 1
        if response_breached is not None:
            month.responded += 1
            month.response_breached += bool(response_breached)
        if resolution_breached is not None:
            month.resolved += 1
            month.resolution_breached += bool(resolution_breached)

    def add_bulk(self, created, response_breached, resolution_breached) -> None:
        """Numpy arrays; breached codes 1 / 0 / -1 (not happened)."""
        import numpy as np

        index, labels = self.index.labels_numpy(created)
        for month_index in np.unique(index):
            rows = index == month_index
            month = self._month(labels[int(month_index)])
            response, resolution = response_breached[rows], resolution_breached[rows]
            month.tickets += int(rows.sum())
            month.responded += int((response >= 0).sum())
            month.response_breached += int((response == 1).sum())
            month.resolved += int((resolution >= 0).sum())
            month.resolution_breached += int((resolution == 1).sum())

    def result(self) -> list[MonthCompliance]:
        return [self.months[label] for label in sorted(self.months)]
