"""Tenant-scoped fetches of milestones, team members and meetings (404 outside the organisation)."""

from vendorpact.orgs.access import get_object_for_user
from vendorpact.planning.models import Meeting, Milestone, TeamMember


def get_milestone_for_user(user, org, pk) -> Milestone:
    return get_object_for_user(Milestone.objects.select_related("engagement"), user, org, pk)


def get_team_member_for_user(user, org, pk) -> TeamMember:
    return get_object_for_user(TeamMember.objects.select_related("engagement"), user, org, pk)


def get_meeting_for_user(user, org, pk) -> Meeting:
    return get_object_for_user(
        Meeting.objects.select_related("engagement__supplier"), user, org, pk
    )
