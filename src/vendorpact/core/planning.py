"""Two-sided planning: milestones, deliverables and action items owned by the supplier or the
client, with slips (original vs current date), dependencies and overdue views per side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from vendorpact.core.errors import DomainError


class Side(StrEnum):
    SUPPLIER = "supplier"
    CLIENT = "client"


class ItemKind(StrEnum):
    MILESTONE = "milestone"
    DELIVERABLE = "deliverable"
    ACTION_ITEM = "action_item"  # from a meeting's action list


class ItemStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


CLOSED_STATUSES = frozenset({ItemStatus.DONE, ItemStatus.CANCELLED})


@dataclass(frozen=True)
class Slip:
    from_date: date
    to_date: date
    reason: str
    recorded_on: date
    caused_by: Side | None = None  # who caused the slip, when known

    @property
    def days(self) -> int:
        return (self.to_date - self.from_date).days


@dataclass(frozen=True)
class Milestone:
    id: str
    title: str
    owner_side: Side
    original_due: date
    current_due: date | None = None  # None: still the original date
    owner_person: str = ""
    kind: ItemKind = ItemKind.MILESTONE
    status: ItemStatus = ItemStatus.PLANNED
    depends_on: tuple[str, ...] = ()
    slips: tuple[Slip, ...] = ()
    done_on: date | None = None

    @property
    def due(self) -> date:
        return self.current_due or self.original_due

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def slipped_days(self) -> int:
        return (self.due - self.original_due).days


@dataclass(frozen=True)
class OverdueItem:
    milestone_id: str
    title: str
    owner_side: Side
    owner_person: str
    due: date
    days_overdue: int
    slipped_days: int


@dataclass(frozen=True)
class OverdueReport:
    as_of: date
    supplier: tuple[OverdueItem, ...]
    client: tuple[OverdueItem, ...]


@dataclass(frozen=True)
class Obligation:
    """An open item owed by one side, with what it waits for on the other side."""

    milestone_id: str
    title: str
    owner_side: Side
    owner_person: str
    due: date
    overdue: bool
    days_until_due: int  # negative when overdue
    blocked_by: tuple[str, ...]  # open dependencies (ids)


@dataclass(frozen=True)
class DependencyProblem:
    code: str  # "planning.unknown_dependency" | "planning.cycle" | "planning.dependency_due_later"
    milestone_id: str
    related_ids: tuple[str, ...]


def record_slip(
    milestone: Milestone,
    new_due: date,
    reason: str,
    recorded_on: date,
    caused_by: Side | None = None,
) -> Milestone:
    """Move the current due date, keeping the original one and the reason."""
    if not reason.strip():
        raise DomainError("planning.slip_reason_required", milestone_id=milestone.id)
    if new_due == milestone.due:
        raise DomainError("planning.slip_same_date", milestone_id=milestone.id)
    slip = Slip(milestone.due, new_due, reason.strip(), recorded_on, caused_by)
    return replace(milestone, current_due=new_due, slips=(*milestone.slips, slip))


def mark_done(milestone: Milestone, on: date) -> Milestone:
    return replace(milestone, status=ItemStatus.DONE, done_on=on)


def find_cycle(milestones: Sequence[Milestone]) -> tuple[str, ...] | None:
    """A dependency cycle as ids (first id repeated at the end), or None."""
    graph = {m.id: m.depends_on for m in milestones}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> tuple[str, ...] | None:
        if node in visiting:
            return (*visiting[visiting.index(node) :], node)
        if node in done or node not in graph:
            return None
        visiting.append(node)
        for dependency in graph[node]:
            cycle = visit(dependency)
            if cycle:
                return cycle
        visiting.pop()
        done.add(node)
        return None

    for node in graph:
        cycle = visit(node)
        if cycle:
            return cycle
    return None


def would_create_cycle(milestones: Sequence[Milestone], milestone_id: str, depends_on: str) -> bool:
    """Check a new dependency before saving it."""
    changed = [
        replace(m, depends_on=(*m.depends_on, depends_on)) if m.id == milestone_id else m
        for m in milestones
    ]
    return find_cycle(changed) is not None


def check_dependencies(milestones: Sequence[Milestone]) -> tuple[DependencyProblem, ...]:
    """Unknown dependencies, cycles, and items due before something they depend on."""
    by_id = {m.id: m for m in milestones}
    problems = []
    for milestone in milestones:
        unknown = tuple(d for d in milestone.depends_on if d not in by_id)
        if unknown:
            problems.append(DependencyProblem("planning.unknown_dependency", milestone.id, unknown))
        later = tuple(
            d for d in milestone.depends_on if d in by_id and by_id[d].due > milestone.due
        )
        if later:
            problems.append(DependencyProblem("planning.dependency_due_later", milestone.id, later))
    cycle = find_cycle(milestones)
    if cycle:
        problems.append(DependencyProblem("planning.cycle", cycle[0], cycle))
    return tuple(problems)


def _overdue_item(milestone: Milestone, as_of: date) -> OverdueItem:
    return OverdueItem(
        milestone_id=milestone.id,
        title=milestone.title,
        owner_side=milestone.owner_side,
        owner_person=milestone.owner_person,
        due=milestone.due,
        days_overdue=(as_of - milestone.due).days,
        slipped_days=milestone.slipped_days,
    )


def overdue(milestones: Sequence[Milestone], as_of: date) -> OverdueReport:
    """Open items past their current due date, per owner side, most overdue first."""
    late = sorted(
        (m for m in milestones if m.is_open and m.due < as_of),
        key=lambda m: (m.due, m.id),
    )
    items = [_overdue_item(m, as_of) for m in late]
    return OverdueReport(
        as_of=as_of,
        supplier=tuple(i for i in items if i.owner_side is Side.SUPPLIER),
        client=tuple(i for i in items if i.owner_side is Side.CLIENT),
    )


def obligations(milestones: Sequence[Milestone], side: Side, as_of: date) -> tuple[Obligation, ...]:
    """Open items owed by `side`, soonest first.

    obligations(..., Side.CLIENT, today) is "what we owe the supplier";
    obligations(..., Side.SUPPLIER, today) is "what the supplier owes us".
    """
    by_id = {m.id: m for m in milestones}
    owed = sorted(
        (m for m in milestones if m.owner_side is side and m.is_open),
        key=lambda m: (m.due, m.id),
    )
    return tuple(
        Obligation(
            milestone_id=m.id,
            title=m.title,
            owner_side=m.owner_side,
            owner_person=m.owner_person,
            due=m.due,
            overdue=m.due < as_of,
            days_until_due=(m.due - as_of).days,
            blocked_by=tuple(d for d in m.depends_on if d in by_id and by_id[d].is_open),
        )
        for m in owed
    )


def due_within(milestones: Sequence[Milestone], as_of: date, days: int) -> tuple[Milestone, ...]:
    """Open items due from `as_of` up to `days` days later (for reminders)."""
    return tuple(
        sorted(
            (m for m in milestones if m.is_open and 0 <= (m.due - as_of).days <= days),
            key=lambda m: (m.due, m.id),
        )
    )


def slip_days_by_side(milestones: Sequence[Milestone]) -> dict[Side, int]:
    """Total days of slip caused by each side (slips without a known cause are left out)."""
    totals = {Side.SUPPLIER: 0, Side.CLIENT: 0}
    for milestone in milestones:
        for slip in milestone.slips:
            if slip.caused_by is not None:
                totals[slip.caused_by] += slip.days
    return totals
