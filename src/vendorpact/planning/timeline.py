"""A per-engagement timeline: dated events from planning, team and meetings, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from vendorpact.planning.models import Meeting, Milestone, Slip, TeamMember, TeamSwap


@dataclass(frozen=True)
class Event:
    on: date
    kind: str  # milestone | slip | done | team | swap | meeting
    title: str
    detail: str = ""
    important: bool = False


def _milestone_events(engagement) -> list[Event]:
    events = []
    for m in Milestone.objects.of_engagement(engagement).exclude(kind="action_item"):
        events.append(
            Event(
                m.due_date,
                "milestone",
                m.title,
                _("Due (%(side)s)") % {"side": m.get_owner_side_display()},
            )
        )
        if m.done_on:
            events.append(Event(m.done_on, "done", m.title, _("Done")))
    for slip in Slip.objects.filter(
        organisation_id=engagement.organisation_id, milestone__engagement=engagement
    ).select_related("milestone"):
        detail = _("Moved from %(from)s to %(to)s: %(reason)s") % {
            "from": slip.from_date.strftime("%d/%m/%Y"),
            "to": slip.to_date.strftime("%d/%m/%Y"),
            "reason": slip.reason,
        }
        events.append(Event(slip.recorded_on, "slip", slip.milestone.title, detail, True))
    return events


def _team_events(engagement) -> list[Event]:
    events = []
    swapped_in = set(
        TeamSwap.objects.of_engagement(engagement).values_list("joining_id", flat=True)
    )
    swapped_out = set(
        TeamSwap.objects.of_engagement(engagement).values_list("leaving_id", flat=True)
    )
    for member in TeamMember.objects.of_engagement(engagement):
        label = f"{member.name} ({member.role})" if member.role else member.name
        if member.since and member.pk not in swapped_in:
            events.append(Event(member.since, "team", label, _("Joined the team")))
        if member.until and member.pk not in swapped_out:
            events.append(
                Event(member.until, "team", label, _("Left the team"), member.is_key_person)
            )
    for swap in TeamSwap.objects.of_engagement(engagement).select_related("leaving", "joining"):
        title = _("%(leaving)s replaced by %(joining)s") % {
            "leaving": swap.leaving.name,
            "joining": swap.joining.name,
        }
        detail = _("Knowledge transfer: %(kt)s · notice as agreed: %(notice)s") % {
            "kt": swap.get_knowledge_transfer_display(),
            "notice": swap.get_notice_as_agreed_display(),
        }
        if swap.is_key_person_change:
            detail = _("Key person change.") + " " + detail
        events.append(Event(swap.on, "swap", title, detail, swap.is_key_person_change))
    return events


def _meeting_events(engagement) -> list[Event]:
    return [
        Event(meeting.date, "meeting", meeting.get_kind_display(), meeting.decisions)
        for meeting in Meeting.objects.of_engagement(engagement)
    ]


def timeline(engagement) -> list[Event]:
    events = _milestone_events(engagement) + _team_events(engagement) + _meeting_events(engagement)
    return sorted(events, key=lambda e: e.on, reverse=True)
