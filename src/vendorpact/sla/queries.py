"""The ticket list's filters: read from the query string, applied by the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

from django.db.models import QuerySet

from vendorpact.sla import aggregates
from vendorpact.sla.models import TicketResult as StoredResult


@dataclass(frozen=True)
class TicketFilters:
    priority: str = ""
    breached: str = ""  # any, response, resolution, no; empty for all
    month: str = ""  # YYYY-MM
    state: str = ""  # open, resolved; empty for both

    @classmethod
    def from_query(cls, params) -> TicketFilters:
        """The filters of a request's GET parameters; a missing one filters nothing."""
        return cls(
            priority=params.get("priority", ""),
            breached=params.get("breached", ""),
            month=params.get("month", ""),
            state=params.get("state", ""),
        )

    def query_string(self) -> str:
        """The filters that are set, for the page links."""
        return urlencode({name: value for name, value in asdict(self).items() if value})


ALL_TICKETS = TicketFilters()


def filter_results(
    results: QuerySet[StoredResult], filters: TicketFilters, now: dt.datetime
) -> QuerySet[StoredResult]:
    """The results the filters keep, newest ticket first (index engagement, created)."""
    if filters.priority:
        results = results.filter(priority=filters.priority)
    if filters.month:
        results = results.filter(month=filters.month)
    if filters.state:
        results = results.filter(is_open=filters.state == "open")
    condition = aggregates.breach_filter(filters.breached, now)
    if condition is not None:
        results = results.filter(condition)
    return results.order_by("-created", "-ticket_id")
