"""Import batches: the fingerprint of an imported file and dates outside the engagement."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from vendorpact.core.terms import RENEWAL_TACIT, ContractTerms, initial_end


def sha256_of(chunks: Iterable[bytes]) -> str:
    """Hex SHA-256 of a file given as its chunks (the same file always gives the same value)."""
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class EngagementPeriod:
    """First and last day of an engagement; None where it is open (unknown or renewing)."""

    start: date | None = None
    end: date | None = None


def engagement_period(terms: ContractTerms) -> EngagementPeriod:
    """The period the contract covers. A contract that renews tacitly has no end: it goes on
    until someone gives notice."""
    end = None if terms.renewal == RENEWAL_TACIT else initial_end(terms)
    return EngagementPeriod(start=terms.start_date, end=end)


@dataclass(frozen=True)
class OutsidePeriod:
    """Rows dated outside the engagement: how many, and which dates (each date once, sorted)."""

    start: date | None = None
    end: date | None = None
    before_count: int = 0
    before_dates: tuple[date, ...] = field(default_factory=tuple)
    after_count: int = 0
    after_dates: tuple[date, ...] = field(default_factory=tuple)

    @property
    def any(self) -> bool:
        return bool(self.before_count or self.after_count)


def outside_period(dates: Iterable[date], period: EngagementPeriod) -> OutsidePeriod:
    """Count the row dates before the period's start and after its end (rows, not dates: two
    tickets on the same day count twice, the day is listed once)."""
    days = list(dates)
    before = [day for day in days if period.start is not None and day < period.start]
    after = [day for day in days if period.end is not None and day > period.end]
    return OutsidePeriod(
        start=period.start,
        end=period.end,
        before_count=len(before),
        before_dates=tuple(sorted(set(before))),
        after_count=len(after),
        after_dates=tuple(sorted(set(after))),
    )


# Why an import run as a task ended failed (the web layer translates the code).
IMPORT_FAILED = "import.failed"  # an unexpected error while writing; rows written stay
IMPORT_INTERRUPTED = "import.interrupted"  # the worker stopped while the import ran


def parts(items: list, size: int) -> Iterable[list]:
    """``items`` in consecutive lists of at most ``size`` (at least 1)."""
    size = max(1, size)
    for start in range(0, len(items), size):
        yield items[start : start + size]
