"""Ticket and status-event records shared by the importers and the evaluation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StatusEvent:
    at: dt.datetime
    status: str


@dataclass(frozen=True, slots=True)
class Ticket:
    id: str
    priority: str
    created: dt.datetime
    first_response: dt.datetime | None = None
    resolved: dt.datetime | None = None
    events: tuple[StatusEvent, ...] = ()
    status: str = ""
    subject: str = ""
