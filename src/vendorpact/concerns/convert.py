"""Concern and exit-task rows -> vendorpact.core dataclasses."""

from __future__ import annotations

from vendorpact.core import concerns as core_concerns


def concern_from_row(row, events=None) -> core_concerns.Concern:
    events = row.events.all() if events is None else events
    return core_concerns.Concern(
        id=str(row.pk),
        title=row.title,
        raised_on=row.raised_on,
        since=row.since,
        impact=row.impact,
        raised_with=row.raised_with,
        status=core_concerns.ConcernStatus(row.status),
        level=row.level,
        events=tuple(
            core_concerns.ConcernEvent(
                on=e.on,
                status=core_concerns.ConcernStatus(e.status),
                note=e.note,
                by=e.by,
                level=e.level,
            )
            for e in events
        ),
        last_action_on=row.last_action_on,
    )


def exit_task_from_row(row) -> core_concerns.ExitTask:
    return core_concerns.ExitTask(
        code=row.code,
        labels=exit_task_labels(row.code),
        checklist_item=row.checklist_item,
        due=row.due,
        status=core_concerns.TaskStatus(row.status),
        owner=row.owner,
        note=row.note,
    )


def exit_task_labels(code: str) -> dict[str, str]:
    for task_code, _item, labels in core_concerns.EXIT_TASKS:
        if task_code == code:
            return labels
    return {"en": code}
