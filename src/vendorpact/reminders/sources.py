"""Gather each engagement's dates and open items into the core's reminder input.

Milestones come from vendorpact.planning, extra costs from vendorpact.budget, concerns and exit
tasks from vendorpact.concerns, health links from vendorpact.health; contract terms from the
engagement itself.

The reminders of an organisation are cached per day and data version (common/data_versions.py:
every committed write to a table they are read from gives a new version, so a cached list is
never stale); plain core dataclasses are cached, the titles are rendered per language later.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import fields
from datetime import date

from vendorpact.budget.figures import core_cost
from vendorpact.budget.models import ExtraCost
from vendorpact.common.data_versions import cached_by_organisation
from vendorpact.concerns.convert import concern_from_row, exit_task_from_row
from vendorpact.concerns.models import Concern, ConcernEvent, ExitTask, RelationSettings
from vendorpact.concerns.services import settings_for
from vendorpact.core import planning as core_planning
from vendorpact.core.reminders import (
    EngagementReminderInput,
    Reminder,
    ReminderSettings,
    compute_reminders,
)
from vendorpact.engagements.models import Engagement, EngagementStatus
from vendorpact.health.convert import health_link_info
from vendorpact.health.models import HealthLink
from vendorpact.orgs.models import Membership
from vendorpact.planning.convert import core_milestone
from vendorpact.planning.models import Milestone

# At most this long in the cache: a safety net for writes the data versions cannot see.
CACHE_SECONDS = 10 * 60
# Part of the cache key: a change of the Reminder's fields never unpickles an older shape.
REMINDER_FIELDS = " ".join(field.name for field in fields(Reminder))
REMINDER_SHAPE = hashlib.sha256(REMINDER_FIELDS.encode()).hexdigest()[:12]

# What a reminder reads of an engagement: its name and its contract terms.
ENGAGEMENT_FIELDS = (
    "title",
    "start_date",
    "end_date",
    "duration_months",
    "renewal",
    "renewal_months",
    "notice_value",
    "notice_unit",
)
MILESTONE_FIELDS = (
    "title",
    "owner_side",
    "original_due",
    "current_due",
    "owner_person",
    "kind",
    "status",
    "depends_on_id",
    "done_on",
)
EXTRA_COST_FIELDS = (
    "description",
    "estimate",
    "status",
    "reason",
    "requested_by",
    "reported_on",
    "budget_line_id",
    "decided_by",
    "decided_on",
    "approved_on",
    "invoiced_on",
    "reference",
)
CONCERN_FIELDS = (
    "title",
    "raised_on",
    "since",
    "impact",
    "raised_with",
    "status",
    "level",
    "last_action_on",
)
EVENT_FIELDS = ("concern_id", "on", "status", "note", "by", "level")
EXIT_TASK_FIELDS = ("code", "checklist_item", "due", "status", "owner", "note")
HEALTH_LINK_FIELDS = ("expires_at", "used_at", "revoked_at")


def _by_engagement(rows) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[row.engagement_id].append(row)
    return grouped


def _org_ids(orgs) -> list[int]:
    """The primary keys of one organisation or of an iterable of organisations."""
    if hasattr(orgs, "pk"):
        return [orgs.pk]
    return [org.pk for org in orgs]


def _running(rows, orgs):
    """The rows that belong to the organisations' engagements that have not ended."""
    return rows.filter(organisation_id__in=_org_ids(orgs)).exclude(
        engagement__status=EngagementStatus.ENDED
    )


def _plain(rows, fields):
    """The rows as named tuples of `fields` (attribute access like a model instance, without
    the cost of building one: these lists hold thousands of rows on a large organisation)."""
    return rows.values_list("pk", "engagement_id", *fields, named=True)


def milestones_by_engagement(org) -> dict[int, list[core_planning.Milestone]]:
    rows = _running(Milestone.objects, org).exclude(status__in=("done", "cancelled"))
    return _converted(_by_engagement(_plain(rows, MILESTONE_FIELDS)), core_milestone)


def extra_costs_by_engagement(org) -> dict[int, list]:
    rows = _running(ExtraCost.objects, org).filter(status="reported")
    return _converted(_by_engagement(_plain(rows, EXTRA_COST_FIELDS)), core_cost)


def _events_by_concern(concerns) -> dict[int, list]:
    """The history of the given concerns (a queryset) in date order, by concern pk."""
    rows = ConcernEvent.objects.filter(concern__in=concerns.values("pk")).order_by("on", "pk")
    grouped: dict[int, list] = defaultdict(list)
    for row in rows.values_list(*EVENT_FIELDS, named=True):
        grouped[row.concern_id].append(row)
    return grouped


def _converted(grouped: dict[int, list], convert) -> dict[int, list]:
    return {pk: [convert(row) for row in rows] for pk, rows in grouped.items()}


def reminder_inputs(org, engagements) -> list[EngagementReminderInput]:
    """The reminder input of each given engagement of `org` (one organisation or several),
    reading each kind of source in one query over all of them (so the number of queries does not
    grow with engagements or organisations)."""
    milestones = milestones_by_engagement(org)
    costs = extra_costs_by_engagement(org)
    open_concerns = _running(Concern.objects.open(), org)
    concerns = _by_engagement(_plain(open_concerns, CONCERN_FIELDS))
    events = _events_by_concern(open_concerns)
    tasks = _by_engagement(_plain(_running(ExitTask.objects, org), EXIT_TASK_FIELDS))
    links = _by_engagement(
        _plain(
            _running(HealthLink.objects, org).filter(revoked_at__isnull=True, used_at__isnull=True),
            HEALTH_LINK_FIELDS,
        )
    )
    return [
        EngagementReminderInput(
            engagement_id=str(e.pk),
            engagement_name=e.title,
            contract=e.terms,
            milestones=milestones.get(e.pk, []),
            concerns=[concern_from_row(c, events.get(c.pk, [])) for c in concerns.get(e.pk, [])],
            extra_costs=costs.get(e.pk, []),
            health_links=[health_link_info(link) for link in links.get(e.pk, [])],
            exit_tasks=[exit_task_from_row(t) for t in tasks.get(e.pk, [])],
        )
        for e in engagements
    ]


def reminder_settings(org) -> ReminderSettings:
    return ReminderSettings(concern_ageing_days=settings_for(org).concern_ageing_days)


def _cache_variant(today: date) -> str:
    return f"{today.isoformat()}:{REMINDER_SHAPE}"


def reminders_for_org(org, today: date, running=None) -> tuple[Reminder, ...]:
    """Every reminder of the organisation's running engagements as of `today`, by due date;
    `running`: those engagements when the caller has them loaded already (saves reading them
    again when the reminders are not cached).

    Plain core dataclasses (no QuerySet): `engagement_id` is the engagement's pk as text;
    `reminder.title(lang)` gives a line of text, `reminder.overdue` marks what is late.
    """
    cached = cached_by_organisation(
        "reminders",
        [org.pk],
        lambda _pks: {org.pk: computed_reminders_for_org(org, today, running)},
        variant=_cache_variant(today),
        timeout=CACHE_SECONDS,
    )
    return cached[org.pk]


def computed_reminders_for_org(org, today: date, running=None) -> tuple[Reminder, ...]:
    """reminders_for_org() computed from the database, without the cache."""
    if running is None:
        running = Engagement.objects.filter(organisation=org).running().only(*ENGAGEMENT_FIELDS)
    inputs = reminder_inputs(org, sorted(running, key=lambda engagement: engagement.pk))
    return compute_reminders(inputs, today, reminder_settings(org))


def settings_by_org(orgs) -> dict[int, ReminderSettings]:
    """The reminder settings of each organisation, read in one query."""
    days = dict(
        RelationSettings.objects.filter(organisation_id__in=_org_ids(orgs)).values_list(
            "organisation_id", "concern_ageing_days"
        )
    )
    return {
        pk: ReminderSettings(concern_ageing_days=days[pk]) if pk in days else ReminderSettings()
        for pk in _org_ids(orgs)
    }


def reminders_by_org(orgs, today: date) -> dict[int, tuple[Reminder, ...]]:
    """{organisation pk: its reminders as of `today`} over several organisations, from the cache
    (one entry per organisation, shared with reminders_for_org) where it can; the others are
    computed together in a fixed number of queries whatever their number and engagements."""
    by_pk = {org.pk: org for org in orgs}
    return cached_by_organisation(
        "reminders",
        by_pk,
        lambda pks: computed_reminders_by_org([by_pk[pk] for pk in pks], today),
        variant=_cache_variant(today),
        timeout=CACHE_SECONDS,
    )


def computed_reminders_by_org(orgs, today: date) -> dict[int, tuple[Reminder, ...]]:
    """reminders_by_org() computed from the database, without the cache."""
    orgs = list(orgs)
    engagements = (
        Engagement.objects.filter(organisation_id__in=_org_ids(orgs)).running().order_by("pk")
    )
    inputs_by_org: dict[int, list] = defaultdict(list)
    engagements = list(engagements)
    for engagement, data in zip(engagements, reminder_inputs(orgs, engagements), strict=True):
        inputs_by_org[engagement.organisation_id].append(data)
    settings = settings_by_org(orgs)
    return {
        org.pk: compute_reminders(inputs_by_org.get(org.pk, []), today, settings[org.pk])
        for org in orgs
    }


def reminders_for_user(user, today: date) -> list[tuple[object, Reminder]]:
    """(organisation, reminder) over all organisations the user belongs to, by due date."""
    orgs = [membership.organisation for membership in Membership.objects.for_user(user)]
    by_org = reminders_by_org(orgs, today)
    result = [(org, reminder) for org in orgs for reminder in by_org[org.pk]]
    return sorted(result, key=lambda pair: (pair[1].due, pair[0].name))
