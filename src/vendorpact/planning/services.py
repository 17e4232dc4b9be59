"""Writes on milestones (slips, dependencies), team (swaps) and meetings; one transaction each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from django.db import transaction
from django.utils import timezone

from vendorpact.common.fields import assign_fields, check_fields
from vendorpact.core import planning as core
from vendorpact.core.errors import DomainError
from vendorpact.engagements.services import upload_document
from vendorpact.planning.convert import core_milestone
from vendorpact.planning.models import (
    ItemKind,
    ItemStatus,
    Meeting,
    Milestone,
    Slip,
    TeamMember,
    TeamSwap,
)

MILESTONE_FIELDS = (
    "title",
    "kind",
    "owner_side",
    "owner_person",
    "original_due",
    "status",
    "depends_on",
    "description",
)
MEMBER_FIELDS = (
    "side",
    "name",
    "role",
    "seniority",
    "is_key_person",
    "counterpart",
    "since",
    "until",
)
MEETING_FIELDS = ("date", "kind", "attendees", "decisions", "notes")


def engagement_milestones(engagement) -> list[core.Milestone]:
    return [core_milestone(m) for m in Milestone.objects.of_engagement(engagement)]


def _check_dependency(engagement, milestone: Milestone | None, depends_on) -> None:
    if depends_on is None:
        return
    if depends_on.engagement_id != engagement.pk:
        raise DomainError("planning.dependency_other_engagement")
    if milestone is None or milestone.pk is None:
        return  # nothing can depend on an item that does not exist yet
    if depends_on.pk == milestone.pk:
        raise DomainError("planning.cycle")
    items = [
        replace(m, depends_on=(str(depends_on.pk),)) if m.id == str(milestone.pk) else m
        for m in engagement_milestones(engagement)
    ]
    if core.find_cycle(items):
        raise DomainError("planning.cycle")


@transaction.atomic
def create_milestone(*, org, actor, engagement, data: dict, meeting=None) -> Milestone:
    _check_dependency(engagement, None, data.get("depends_on"))
    values = {key: data[key] for key in MILESTONE_FIELDS if key in data}
    if meeting is not None:
        values["kind"] = ItemKind.ACTION_ITEM
    milestone = Milestone(organisation=org, engagement=engagement, meeting=meeting, **values)
    if milestone.status == ItemStatus.DONE:
        milestone.done_on = timezone.localdate()
    check_fields(milestone)
    milestone.save()
    return milestone


@transaction.atomic
def update_milestone(*, org, actor, milestone: Milestone, data: dict) -> Milestone:
    """Edits the item; a changed due date goes through record_slip (keeps the original)."""
    if "depends_on" in data:
        _check_dependency(milestone.engagement, milestone, data["depends_on"])
    was_done = milestone.status == ItemStatus.DONE
    for key in MILESTONE_FIELDS:
        if key in data and key != "original_due":
            setattr(milestone, key, data[key])
    if not milestone.slips.exists() and "original_due" in data:
        milestone.original_due = data["original_due"]
    if milestone.status == ItemStatus.DONE and not was_done:
        milestone.done_on = timezone.localdate()
    if milestone.status != ItemStatus.DONE:
        milestone.done_on = None
    check_fields(milestone)
    milestone.save()
    return milestone


@transaction.atomic
def record_slip(
    *,
    org,
    actor,
    milestone: Milestone,
    new_due: date,
    reason: str,
    caused_by: str = "",
    on: date | None = None,
) -> Slip:
    """Move the due date with a reason; raises DomainError(slip_reason_required|same_date)."""
    on = on or timezone.localdate()
    core.record_slip(
        core_milestone(milestone), new_due, reason, on, core.Side(caused_by) if caused_by else None
    )
    slip = Slip(
        organisation=org,
        milestone=milestone,
        from_date=milestone.due_date,
        to_date=new_due,
        reason=reason.strip(),
        caused_by=caused_by,
        recorded_on=on,
        recorded_by=actor,
    )
    check_fields(slip)
    slip.save()
    milestone.current_due = new_due
    milestone.save(update_fields=["current_due"])
    return slip


@transaction.atomic
def mark_done(*, org, actor, milestone: Milestone, on: date | None = None) -> Milestone:
    milestone.status = ItemStatus.DONE
    milestone.done_on = on or timezone.localdate()
    milestone.save(update_fields=["status", "done_on"])
    return milestone


@transaction.atomic
def delete_milestone(*, org, actor, milestone: Milestone) -> None:
    milestone.delete()


def _check_counterpart(engagement, counterpart) -> None:
    if counterpart is not None and counterpart.engagement_id != engagement.pk:
        raise DomainError("team.counterpart_other_engagement")


@transaction.atomic
def create_team_member(*, org, actor, engagement, data: dict) -> TeamMember:
    _check_counterpart(engagement, data.get("counterpart"))
    values = {key: data[key] for key in MEMBER_FIELDS if key in data}
    member = TeamMember(organisation=org, engagement=engagement, **values)
    check_fields(member)
    member.save()
    return member


@transaction.atomic
def update_team_member(*, org, actor, member: TeamMember, data: dict) -> TeamMember:
    _check_counterpart(member.engagement, data.get("counterpart"))
    assign_fields(member, data, MEMBER_FIELDS)
    check_fields(member)
    member.save()
    return member


@transaction.atomic
def delete_team_member(*, org, actor, member: TeamMember) -> None:
    member.delete()


@transaction.atomic
def record_swap(
    *,
    org,
    actor,
    leaving: TeamMember,
    joining: dict,
    on: date,
    knowledge_transfer: str,
    notice_as_agreed: str,
    note: str = "",
) -> TeamSwap:
    """`leaving` stops on `on`; a new member (name, role, seniority, ...) starts that day."""
    if leaving.until is not None and leaving.until < on:
        raise DomainError("team.already_left")
    check_fields(TeamSwap(on=on), ["on"])
    leaving.until = on
    leaving.save(update_fields=["until"])
    newcomer = TeamMember.objects.create(
        organisation=org,
        engagement=leaving.engagement,
        side=leaving.side,
        name=joining["name"],
        role=joining.get("role") or leaving.role,
        seniority=joining.get("seniority", ""),
        is_key_person=joining.get("is_key_person", leaving.is_key_person),
        counterpart=leaving.counterpart,
        since=on,
    )
    return TeamSwap.objects.create(
        organisation=org,
        engagement=leaving.engagement,
        leaving=leaving,
        joining=newcomer,
        on=on,
        knowledge_transfer=knowledge_transfer,
        notice_as_agreed=notice_as_agreed,
        note=note,
        recorded_by=actor,
    )


@transaction.atomic
def create_meeting(*, org, actor, engagement, data: dict, action_items=()) -> Meeting:
    """A meeting with its action items (dicts: title, owner_side, owner_person, original_due)."""
    values = {key: data[key] for key in MEETING_FIELDS if key in data}
    meeting = Meeting(organisation=org, engagement=engagement, created_by=actor, **values)
    check_fields(meeting)
    meeting.save()
    for item in action_items:
        create_milestone(org=org, actor=actor, engagement=engagement, data=item, meeting=meeting)
    return meeting


@transaction.atomic
def update_meeting(*, org, actor, meeting: Meeting, data: dict) -> Meeting:
    assign_fields(meeting, data, MEETING_FIELDS)
    check_fields(meeting)
    meeting.save()
    return meeting


@transaction.atomic
def delete_meeting(*, org, actor, meeting: Meeting) -> None:
    meeting.delete()


@transaction.atomic
def attach_status_report(*, org, actor, meeting: Meeting, uploaded, kind: str = "annex"):
    """Store the supplier's status report as an engagement Document and link it to the meeting.

    Raises core.uploads.UploadError for a refused file.
    """
    document = upload_document(
        org=org, actor=actor, engagement=meeting.engagement, uploaded=uploaded, kind=kind
    )
    meeting.status_report = document
    meeting.save(update_fields=["status_report"])
    return document
