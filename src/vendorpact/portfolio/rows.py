"""The portfolio's rows for the page, the API and the digest: reminders with their title and
link, split into overdue / this week / this month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vendorpact.core import portfolio as core
from vendorpact.reminders.services import reminder_path, reminder_title


@dataclass(frozen=True)
class AgendaRow:
    org: object
    due: date
    overdue: bool
    kind: str
    title: str
    path: str


def agenda_rows(pairs, today: date, lang: str) -> core.Agenda:
    """(organisation, reminder) pairs as an Agenda of AgendaRow."""
    rows = [
        AgendaRow(
            org=org,
            due=reminder.due,
            overdue=reminder.overdue,
            kind=reminder.kind,
            title=reminder_title(reminder, lang),
            path=reminder_path(org, reminder),
        )
        for org, reminder in pairs
    ]
    return core.agenda(rows, today)
