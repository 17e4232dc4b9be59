"""Concerns (dissatisfaction) lifecycle, ageing warnings, and the exit plan's default tasks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from vendorpact.core.errors import DomainError

DEFAULT_AGEING_DAYS = 14
EXIT_TASK_LEAD_DAYS = 14  # an open exit task shows up this many days before it is due

# Escalation levels from the first contact upwards; the engagement may name its own people.
ESCALATION_LEVELS = ("operational", "account_manager", "management", "executive")


class ConcernStatus(StrEnum):
    RAISED = "raised"
    IN_CONSULTATION = "in_consultation"
    RESOLVED = "resolved"
    ESCALATED = "escalated"
    EXIT_DECIDED = "exit_decided"


ALLOWED_TRANSITIONS: dict[ConcernStatus, frozenset[ConcernStatus]] = {
    ConcernStatus.RAISED: frozenset(
        {
            ConcernStatus.IN_CONSULTATION,
            ConcernStatus.RESOLVED,
            ConcernStatus.ESCALATED,
            ConcernStatus.EXIT_DECIDED,
        }
    ),
    ConcernStatus.IN_CONSULTATION: frozenset(
        {ConcernStatus.RESOLVED, ConcernStatus.ESCALATED, ConcernStatus.EXIT_DECIDED}
    ),
    # Escalated: talks go on at the next level, or it goes one level higher again.
    ConcernStatus.ESCALATED: frozenset(
        {
            ConcernStatus.IN_CONSULTATION,
            ConcernStatus.RESOLVED,
            ConcernStatus.ESCALATED,
            ConcernStatus.EXIT_DECIDED,
        }
    ),
    # A resolved concern that comes back is raised again rather than filed twice.
    ConcernStatus.RESOLVED: frozenset({ConcernStatus.RAISED}),
    ConcernStatus.EXIT_DECIDED: frozenset(),
}
OPEN_STATUSES = frozenset(
    {ConcernStatus.RAISED, ConcernStatus.IN_CONSULTATION, ConcernStatus.ESCALATED}
)


@dataclass(frozen=True)
class ConcernEvent:
    on: date
    status: ConcernStatus
    note: str = ""
    by: str = ""
    level: int = 0


@dataclass(frozen=True)
class Concern:
    id: str
    title: str
    raised_on: date
    since: date | None = None  # when the problem started, may be before it was raised
    impact: str = ""
    raised_with: str = ""
    status: ConcernStatus = ConcernStatus.RAISED
    level: int = 0  # index in ESCALATION_LEVELS
    events: tuple[ConcernEvent, ...] = ()
    last_action_on: date | None = None  # a note or meeting without a status change counts too

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def level_code(self) -> str:
        return ESCALATION_LEVELS[min(self.level, len(ESCALATION_LEVELS) - 1)]

    def last_activity(self) -> date:
        dates = [self.raised_on, *(e.on for e in self.events)]
        if self.last_action_on:
            dates.append(self.last_action_on)
        return max(dates)


@dataclass(frozen=True)
class AgeingWarning:
    concern_id: str
    code: str  # "concern.no_action"
    days_without_action: int
    status: ConcernStatus
    level: int


def transition(
    concern: Concern, status: ConcernStatus, on: date, note: str = "", by: str = ""
) -> Concern:
    """Move a concern; escalating raises the level by one. Raises DomainError on a bad move."""
    if status not in ALLOWED_TRANSITIONS[concern.status]:
        raise DomainError("concern.bad_transition", current=concern.status, requested=status)
    if on < concern.last_activity():
        raise DomainError("concern.date_before_last_action", concern_id=concern.id)
    level = concern.level
    if status is ConcernStatus.ESCALATED:
        if level + 1 >= len(ESCALATION_LEVELS):
            raise DomainError("concern.highest_level_reached", concern_id=concern.id)
        level += 1
    if status is ConcernStatus.EXIT_DECIDED and not note.strip():
        raise DomainError("concern.exit_reason_required", concern_id=concern.id)
    event = ConcernEvent(on, status, note.strip(), by, level)
    return replace(concern, status=status, level=level, events=(*concern.events, event))


def record_action(concern: Concern, on: date, note: str = "", by: str = "") -> Concern:
    """Something happened without a status change (a call, a meeting): resets ageing."""
    event = ConcernEvent(on, concern.status, note.strip(), by, concern.level)
    return replace(concern, events=(*concern.events, event), last_action_on=on)


def ageing_warnings(
    concerns: Sequence[Concern], as_of: date, max_days: int = DEFAULT_AGEING_DAYS
) -> tuple[AgeingWarning, ...]:
    """Open concerns with no action for more than `max_days` days, oldest first."""
    warnings = []
    for concern in concerns:
        idle = (as_of - concern.last_activity()).days
        if concern.is_open and idle > max_days:
            warnings.append(
                AgeingWarning(concern.id, "concern.no_action", idle, concern.status, concern.level)
            )
    return tuple(sorted(warnings, key=lambda w: (-w.days_without_action, w.concern_id)))


# ---- exit plan ------------------------------------------------------------------------------


class TaskStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class ExitTask:
    code: str
    labels: dict[str, str]
    checklist_item: str  # the checklist id the contract should settle it in
    due: date | None = None
    status: TaskStatus = TaskStatus.TODO
    owner: str = ""
    note: str = ""

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]


# In the order they are due: notice first, the service continuing until the very end.
EXIT_TASKS: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        "exit_task.notice",
        "exit.termination",
        {
            "nl": "Opzeg tijdig en aangetekend versturen",
            "en": "Send the notice in time, in writing",
            "fr": "Envoyer le préavis à temps, par recommandé",
        },
    ),
    (
        "exit_task.data_format",
        "exit.data_return",
        {
            "nl": "Formaat van de gegevens afspreken en testen",
            "en": "Agree and test the data format",
            "fr": "Convenir du format des données et le tester",
        },
    ),
    (
        "exit_task.data_return",
        "exit.data_return",
        {
            "nl": "Teruggave van alle gegevens",
            "en": "Return of all data",
            "fr": "Restitution de toutes les données",
        },
    ),
    (
        "exit_task.knowledge_transfer",
        "team.knowledge_transfer",
        {
            "nl": "Kennisoverdracht: documentatie, toegang, sessies",
            "en": "Knowledge transfer: documentation, access, sessions",
            "fr": "Transfert de connaissances : documentation, accès, sessions",
        },
    ),
    (
        "exit_task.handover",
        "exit.transition",
        {
            "nl": "Overdracht aan de nieuwe leverancier",
            "en": "Handover to the new supplier",
            "fr": "Transfert au nouveau fournisseur",
        },
    ),
    (
        "exit_task.continued_service",
        "exit.transition",
        {
            "nl": "Dienstverlening loopt door tijdens de overgang",
            "en": "Service continues during the transition",
            "fr": "Continuité du service pendant la transition",
        },
    ),
)


def default_exit_plan(
    notice_deadline_date: date | None,
    contract_end: date | None,
    transition_days: int = 30,
) -> tuple[ExitTask, ...]:
    """The default exit tasks with due dates, in the order of EXIT_TASKS and of their dates.

    Take both dates from vendorpact.core.terms.terms_as_of(terms, today): the notice deadline
    is `next_notice_deadline`, the contract end is `earliest_end` (the term end that notice
    given now reaches).

    Notice is due on the notice deadline; data, knowledge transfer and handover are due
    `transition_days` before the contract end so there is time to check them, but never before
    the notice deadline; the data format is agreed halfway between the notice and the return;
    continued service runs until the contract end.
    """
    before_end = _before_end(notice_deadline_date, contract_end, transition_days)
    format_agreed = before_end
    if notice_deadline_date and before_end:
        halfway = timedelta(days=(before_end - notice_deadline_date).days // 2)
        format_agreed = notice_deadline_date + halfway
    due = {
        "exit_task.notice": notice_deadline_date,
        "exit_task.data_format": format_agreed,
        "exit_task.data_return": before_end,
        "exit_task.knowledge_transfer": before_end,
        "exit_task.handover": before_end,
        "exit_task.continued_service": contract_end,
    }
    return tuple(
        ExitTask(code=code, labels=labels, checklist_item=item, due=due[code])
        for code, item, labels in EXIT_TASKS
    )


def _before_end(notice: date | None, end: date | None, transition_days: int) -> date | None:
    if end is None:
        return None
    before_end = end - timedelta(days=transition_days)
    return max(before_end, notice) if notice else before_end


def open_exit_tasks_due(
    tasks: Sequence[ExitTask], as_of: date, days: int = EXIT_TASK_LEAD_DAYS
) -> tuple[ExitTask, ...]:
    """Tasks still to do with a due date within `days` days from `as_of` (or overdue)."""
    open_statuses = {TaskStatus.TODO, TaskStatus.IN_PROGRESS}
    return tuple(
        t
        for t in tasks
        if t.status in open_statuses and t.due is not None and (t.due - as_of).days <= days
    )
