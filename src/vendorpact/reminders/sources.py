"""Gather each engagement's dates and open items into the core's reminder input.

Milestones come from vendorpact.planning, extra costs from vendorpact.budget, concerns, exit
tasks and health links from vendorpact.relations; contract terms from the engagement itself.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from vendorpact.budget.figures import core_cost
from vendorpact.budget.models import ExtraCost
from vendorpact.core import planning as core_planning
from vendorpact.core.reminders import (
    EngagementReminderInput,
    Reminder,
    ReminderSettings,
    compute_reminders,
)
from vendorpact.engagements.models import Engagement, EngagementStatus
from vendorpact.orgs.models import Membership
from vendorpact.planning.models import Milestone
from vendorpact.relations.convert import concern_from_row, exit_task_from_row, health_link_info
from vendorpact.relations.models import Concern, ExitTask, HealthLink
from vendorpact.relations.services import settings_for


def core_milestone(row) -> core_planning.Milestone:
    return core_planning.Milestone(
        id=str(row.pk),
        title=row.title,
        owner_side=core_planning.Side(row.owner_side),
        original_due=row.original_due,
        current_due=row.current_due,
        owner_person=row.owner_person,
        kind=core_planning.ItemKind(row.kind),
        status=core_planning.ItemStatus(row.status),
        depends_on=(str(row.depends_on_id),) if row.depends_on_id else (),
        done_on=row.done_on,
    )


def _by_engagement(rows) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[row.engagement_id].append(row)
    return grouped


def _running(rows, org):
    """The rows that belong to the organisation's engagements that have not ended."""
    return rows.filter(organisation_id=org.pk).exclude(engagement__status=EngagementStatus.ENDED)


def milestones_by_engagement(org) -> dict[int, list[core_planning.Milestone]]:
    rows = _running(Milestone.objects, org).exclude(status__in=("done", "cancelled"))
    return _converted(_by_engagement(rows), core_milestone)


def extra_costs_by_engagement(org) -> dict[int, list]:
    rows = _running(ExtraCost.objects, org).filter(status="reported")
    return _converted(_by_engagement(rows), core_cost)


def _converted(grouped: dict[int, list], convert) -> dict[int, list]:
    return {pk: [convert(row) for row in rows] for pk, rows in grouped.items()}


def reminder_inputs(org, engagements) -> list[EngagementReminderInput]:
    """The reminder input of each given engagement of `org`, reading each kind of source in one
    query over the whole organisation (so the number of queries does not grow with engagements)."""
    milestones = milestones_by_engagement(org)
    costs = extra_costs_by_engagement(org)
    concerns = _by_engagement(_running(Concern.objects.open(), org).prefetch_related("events"))
    tasks = _by_engagement(_running(ExitTask.objects, org))
    links = _by_engagement(
        _running(HealthLink.objects, org).filter(revoked_at__isnull=True, used_at__isnull=True)
    )
    return [
        EngagementReminderInput(
            engagement_id=str(e.pk),
            engagement_name=e.title,
            contract=e.terms,
            milestones=milestones.get(e.pk, []),
            concerns=[concern_from_row(c) for c in concerns.get(e.pk, [])],
            extra_costs=costs.get(e.pk, []),
            health_links=[health_link_info(link) for link in links.get(e.pk, [])],
            exit_tasks=[exit_task_from_row(t) for t in tasks.get(e.pk, [])],
        )
        for e in engagements
    ]


def reminder_settings(org) -> ReminderSettings:
    return ReminderSettings(concern_ageing_days=settings_for(org).concern_ageing_days)


def reminders_for_org(org, today: date) -> tuple[Reminder, ...]:
    """Every reminder of the organisation's running engagements as of `today`, by due date.

    Plain core dataclasses (no QuerySet): `engagement_id` is the engagement's pk as text;
    `reminder.title(lang)` gives a line of text, `reminder.overdue` marks what is late.
    """
    engagements = Engagement.objects.filter(organisation=org).exclude(status=EngagementStatus.ENDED)
    inputs = reminder_inputs(org, engagements.order_by("pk"))
    return compute_reminders(inputs, today, reminder_settings(org))


def reminders_for_user(user, today: date) -> list[tuple[object, Reminder]]:
    """(organisation, reminder) over all organisations the user belongs to."""
    result = []
    for membership in Membership.objects.for_user(user):
        org = membership.organisation
        result.extend((org, reminder) for reminder in reminders_for_org(org, today))
    return sorted(result, key=lambda pair: (pair[1].due, pair[0].name))
