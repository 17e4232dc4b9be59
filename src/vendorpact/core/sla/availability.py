"""Availability per month from downtime records, and the service credit it earns.

A month without any data (no downtime record of the service touches it and no ticket was
reported in it) has no availability figure: nothing shows the service was watched, so it is
reported as "no data" (``availability_percent`` None), never as 100 %.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from vendorpact.core.sla.calendar import to_epoch
from vendorpact.core.sla.policy import AvailabilityTerms


@dataclass(frozen=True)
class Downtime:
    start: dt.datetime
    end: dt.datetime
    scope: str = ""
    planned: bool = False
    reference: str = ""


@dataclass(frozen=True)
class MonthAvailability:
    month: str
    period_seconds: float
    downtime_seconds: float
    availability_percent: float | None  # None: no data for this month
    target_percent: float
    met: bool | None
    credit_percent: float
    credit_eur: float

    @property
    def has_data(self) -> bool:
        return self.availability_percent is not None

    def to_dict(self) -> dict:
        return {
            "month": self.month,
            "period_seconds": self.period_seconds,
            "downtime_seconds": self.downtime_seconds,
            "availability_percent": self.availability_percent,
            "target_percent": self.target_percent,
            "met": self.met,
            "credit_percent": self.credit_percent,
            "credit_eur": self.credit_eur,
        }


def merge_intervals(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Union of possibly overlapping [start, end) intervals, sorted."""
    merged: list[list[float]] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def credit_percent(availability: float, terms: AvailabilityTerms) -> float:
    """Highest credit among the steps whose threshold the availability is below, capped."""
    earned = max(
        (s.credit_percent for s in terms.credits if availability < s.below_percent), default=0.0
    )
    if terms.credit_cap_percent is not None:
        earned = min(earned, terms.credit_cap_percent)
    return earned


def _month_bounds(year: int, month: int, zone: ZoneInfo) -> tuple[float, float]:
    start = dt.datetime(year, month, 1, tzinfo=zone)
    following = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
    return start.timestamp(), following.timestamp()


def _touches(records: list[tuple[float, float]], low: float, high: float) -> bool:
    """Whether a record starts in [low, high) or runs into it from before."""
    return any(low <= start < high or (start < low < end) for start, end in records)


def _no_data(label: str, period: float, terms: AvailabilityTerms) -> MonthAvailability:
    return MonthAvailability(
        month=label,
        period_seconds=period,
        downtime_seconds=0.0,
        availability_percent=None,
        target_percent=terms.target_percent,
        met=None,
        credit_percent=0.0,
        credit_eur=0.0,
    )


def _months_between(first: dt.date, last: dt.date):
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = year + month // 12, month % 12 + 1


def monthly_availability(
    downtimes: list[Downtime],
    terms: AvailabilityTerms,
    timezone: str,
    first_month: dt.date,
    last_month: dt.date,
    scope: str | None = None,
    ticket_months: Iterable[str] = (),
) -> list[MonthAvailability]:
    """Availability for each month from first_month to last_month (inclusive, local zone).

    Overlapping outages count once; planned maintenance is left out when the terms say so;
    an outage spanning a month boundary is split between the months. ``ticket_months`` are
    the "YYYY-MM" months with reported tickets: with a downtime record (planned or not) they
    are the months with data; the others get no figure (see the module docstring).
    """
    zone = ZoneInfo(timezone)
    in_scope = [d for d in downtimes if scope is None or d.scope == scope]
    recorded = [(to_epoch(d.start), to_epoch(d.end)) for d in in_scope]
    relevant = [
        (to_epoch(d.start), to_epoch(d.end))
        for d in in_scope
        if not (terms.exclude_planned and d.planned)
    ]
    outages = merge_intervals(relevant)
    with_tickets = set(ticket_months)
    results = []
    for year, month in _months_between(first_month, last_month):
        label = f"{year:04d}-{month:02d}"
        low, high = _month_bounds(year, month, zone)
        if label not in with_tickets and not _touches(recorded, low, high):
            results.append(_no_data(label, high - low, terms))
            continue
        down = sum(max(0.0, min(end, high) - max(start, low)) for start, end in outages)
        period = high - low
        availability = 100.0 * (period - down) / period
        credit = credit_percent(availability, terms)
        results.append(
            MonthAvailability(
                month=label,
                period_seconds=period,
                downtime_seconds=down,
                availability_percent=round(availability, 4),
                target_percent=terms.target_percent,
                met=availability >= terms.target_percent,
                credit_percent=credit,
                credit_eur=round(terms.monthly_fee_eur * credit / 100.0, 2),
            )
        )
    return results
