"""Gather each engagement's dates and open items into the core's reminder input.

Milestones come from vendorpact.planning, extra costs from vendorpact.budget, concerns, exit
tasks and health links from vendorpact.relations; contract terms from the engagement itself.
"""

from __future__ import annotations

from datetime import date

from django.apps import apps

from vendorpact.core import planning as core_planning
from vendorpact.core.reminders import EngagementReminderInput, Reminder, ReminderSettings
from vendorpact.engagements.models import Engagement, EngagementStatus
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


def milestones_for(engagement) -> list[core_planning.Milestone]:
    if not apps.is_installed("vendorpact.planning"):
        return []
    from vendorpact.planning.models import Milestone

    rows = Milestone.objects.filter(
        organisation_id=engagement.organisation_id, engagement=engagement
    )
    return [core_milestone(row) for row in rows.exclude(status__in=("done", "cancelled"))]


def extra_costs_for(engagement) -> list:
    if not apps.is_installed("vendorpact.budget"):
        return []
    from vendorpact.budget.figures import core_cost
    from vendorpact.budget.models import ExtraCost

    rows = ExtraCost.objects.filter(
        organisation_id=engagement.organisation_id, engagement=engagement, status="reported"
    )
    return [core_cost(row) for row in rows]


def reminder_input(engagement) -> EngagementReminderInput:
    org_id = engagement.organisation_id
    concerns = Concern.objects.open().filter(organisation_id=org_id, engagement=engagement)
    tasks = ExitTask.objects.filter(organisation_id=org_id, engagement=engagement)
    links = HealthLink.objects.filter(
        organisation_id=org_id, engagement=engagement, revoked_at__isnull=True, used_at__isnull=True
    )
    return EngagementReminderInput(
        engagement_id=str(engagement.pk),
        engagement_name=engagement.title,
        contract=engagement.terms,
        milestones=milestones_for(engagement),
        concerns=[concern_from_row(c) for c in concerns.prefetch_related("events")],
        extra_costs=extra_costs_for(engagement),
        health_links=[health_link_info(link) for link in links],
        exit_tasks=[exit_task_from_row(t) for t in tasks],
    )


def reminder_settings(org) -> ReminderSettings:
    return ReminderSettings(concern_ageing_days=settings_for(org).concern_ageing_days)


def reminders_for_org(org, today: date) -> tuple[Reminder, ...]:
    """Every reminder of the organisation's running engagements as of `today`, by due date.

    Plain core dataclasses (no QuerySet): `engagement_id` is the engagement's pk as text;
    `reminder.title(lang)` gives a line of text, `reminder.overdue` marks what is late.
    """
    from vendorpact.core.reminders import compute_reminders

    engagements = Engagement.objects.filter(organisation=org).exclude(status=EngagementStatus.ENDED)
    inputs = [reminder_input(e) for e in engagements.order_by("pk")]
    return compute_reminders(inputs, today, reminder_settings(org))


def reminders_for_user(user, today: date) -> list[tuple[object, Reminder]]:
    """(organisation, reminder) over all organisations the user belongs to."""
    from vendorpact.orgs.models import Membership

    result = []
    for membership in Membership.objects.for_user(user):
        org = membership.organisation
        result.extend((org, reminder) for reminder in reminders_for_org(org, today))
    return sorted(result, key=lambda pair: (pair[1].due, pair[0].name))
