"""Concerns (raised -> in consultation -> resolved / escalated / exit decided), exit plans and the
organisation's concern settings."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from vendorpact.common.fields import check_fields
from vendorpact.concerns.convert import concern_from_row, exit_task_from_row
from vendorpact.concerns.models import (
    Concern,
    ConcernEvent,
    ConcernStatus,
    ExitPlan,
    ExitTask,
    RelationSettings,
)
from vendorpact.core import concerns as core_concerns
from vendorpact.core.errors import DomainError


def _actor_name(actor) -> str:
    return (actor.get_full_name() or actor.username) if actor else ""


@transaction.atomic
def create_concern(*, org, actor, engagement, data: dict) -> Concern:
    raised_on = data.get("raised_on") or timezone.localdate()
    concern = Concern(
        organisation=org,
        engagement=engagement,
        title=data["title"],
        since=data.get("since"),
        raised_on=raised_on,
        impact=data.get("impact", ""),
        raised_with=data.get("raised_with", ""),
        created_by=actor,
    )
    check_fields(concern)
    concern.save()
    ConcernEvent.objects.create(
        organisation=org,
        concern=concern,
        on=raised_on,
        status=ConcernStatus.RAISED,
        note=data.get("impact", ""),
        by=_actor_name(actor),
    )
    return concern


@transaction.atomic
def change_status(
    *, org, actor, concern: Concern, status: str, on: date | None = None, note: str = ""
) -> Concern:
    """Validate the move with the core rules (DomainError otherwise) and record it.

    Deciding on exit creates the engagement's exit plan when there is none yet.
    """
    on = on or timezone.localdate()
    moved = core_concerns.transition(
        concern_from_row(concern),
        core_concerns.ConcernStatus(status),
        on,
        note=note,
        by=_actor_name(actor),
    )
    concern.status = moved.status.value
    concern.level = moved.level
    concern.save(update_fields=["status", "level"])
    ConcernEvent.objects.create(
        organisation=org,
        concern=concern,
        on=on,
        status=concern.status,
        level=concern.level,
        note=note.strip(),
        by=_actor_name(actor),
    )
    if concern.status == ConcernStatus.EXIT_DECIDED:
        start_exit_plan(org=org, actor=actor, engagement=concern.engagement, concern=concern)
    return concern


@transaction.atomic
def record_action(
    *, org, actor, concern: Concern, note: str, on: date | None = None
) -> ConcernEvent:
    """A call or meeting without a status change: it resets the ageing clock."""
    on = on or timezone.localdate()
    current = concern_from_row(concern)
    if on < current.last_activity():
        raise DomainError("concern.date_before_last_action", concern_id=str(concern.pk))
    concern.last_action_on = max(on, concern.last_action_on or on)
    concern.save(update_fields=["last_action_on"])
    return ConcernEvent.objects.create(
        organisation=org,
        concern=concern,
        on=on,
        status=concern.status,
        level=concern.level,
        is_action=True,
        note=note.strip(),
        by=_actor_name(actor),
    )


def ageing_by_concern(org, concerns, today: date) -> dict[int, int]:
    """{concern pk: days without action} for the open concerns past the organisation's limit."""
    max_days = settings_for(org).concern_ageing_days
    rows = {str(c.pk): c for c in concerns}
    warnings = core_concerns.ageing_warnings(
        [concern_from_row(c) for c in rows.values()], today, max_days
    )
    return {int(w.concern_id): w.days_without_action for w in warnings}


# ---- exit plan ------------------------------------------------------------------------------


@transaction.atomic
def start_exit_plan(
    *, org, actor, engagement, concern: Concern | None = None, as_of: date | None = None
) -> ExitPlan:
    """The engagement's exit plan with the default tasks; an existing plan is returned as is.

    Notice given on `as_of` (default today) ends the contract at the earliest possible term
    end; the plan's notice deadline is the one for that end.
    """
    existing = ExitPlan.objects.filter(engagement=engagement).first()
    if existing is not None:
        return existing
    standing = engagement.terms_on(as_of or timezone.localdate())
    deadline, end = standing.next_notice_deadline, standing.earliest_end
    plan = ExitPlan.objects.create(
        organisation=org,
        engagement=engagement,
        concern=concern,
        notice_deadline=deadline,
        contract_end=end,
        created_by=actor,
    )
    for position, task in enumerate(core_concerns.default_exit_plan(deadline, end)):
        ExitTask.objects.create(
            organisation=org,
            engagement=engagement,
            plan=plan,
            code=task.code,
            checklist_item=task.checklist_item,
            position=position,
            due=task.due,
        )
    return plan


TASK_FIELDS = ("status", "owner", "due", "note")


@transaction.atomic
def update_exit_task(*, org, actor, task: ExitTask, data: dict) -> ExitTask:
    for key in TASK_FIELDS:
        if key not in data or (key == "status" and data[key] is None):
            continue
        value = data[key]
        setattr(task, key, "" if value is None and key in ("owner", "note") else value)
    check_fields(task)
    task.save()
    return task


def open_exit_tasks_due(tasks, today: date) -> set[int]:
    """Pks of the open tasks due soon (core.concerns.EXIT_TASK_LEAD_DAYS) or overdue."""
    rows = list(tasks)
    due = core_concerns.open_exit_tasks_due([exit_task_from_row(t) for t in rows], today)
    codes = {t.code for t in due}
    return {t.pk for t in rows if t.code in codes}


# ---- settings -------------------------------------------------------------------------------


def settings_for(org) -> RelationSettings:
    return RelationSettings.objects.filter(organisation=org).first() or RelationSettings(
        organisation=org
    )


@transaction.atomic
def save_settings(*, org, actor, concern_ageing_days: int) -> RelationSettings:
    row, _ = RelationSettings.objects.get_or_create(organisation=org)
    row.concern_ageing_days = concern_ageing_days
    row.save()
    return row
