"""Objects of organisation A for the isolation matrix (web and API)."""

from datetime import date

from vendorpact.planning.models import Meeting, Milestone, Slip, TeamMember, TeamSwap


def milestone(tenancy, engagement):
    found, _ = Milestone.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        title="Oplevering ontwerp",
        defaults={"owner_side": "supplier", "original_due": date(2026, 2, 15)},
    )
    return found


def team_member(tenancy, engagement):
    found, _ = TeamMember.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        name="Jonas De Wilde",
        defaults={"role": "Front-end developer", "since": date(2026, 1, 5)},
    )
    return found


def meeting(tenancy, engagement):
    found, _ = Meeting.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        date=date(2026, 2, 3),
        defaults={"kind": "steering", "decisions": "Go voor fase 2"},
    )
    return found


FACTORIES = {
    "milestones": lambda tenancy, engagement: milestone(tenancy, engagement).pk,
    "team-members": lambda tenancy, engagement: team_member(tenancy, engagement).pk,
    "meetings": lambda tenancy, engagement: meeting(tenancy, engagement).pk,
}
SNAPSHOT_MODELS = [Milestone, Slip, TeamMember, TeamSwap, Meeting]
API_PARAMS = {
    "milestone_id": lambda tenancy, engagement: milestone(tenancy, engagement).pk,
    "team_member_id": lambda tenancy, engagement: team_member(tenancy, engagement).pk,
    "meeting_id": lambda tenancy, engagement: meeting(tenancy, engagement).pk,
}
_ORG = "/api/v1/orgs/{org_slug}"
API_BODIES = {
    ("post", _ORG + "/engagements/{engagement_id}/milestones"): {
        "title": "Testomgeving klaar",
        "owner_side": "client",
        "original_due": "2026-03-01",
    },
    ("post", _ORG + "/milestones/{milestone_id}/slips"): {
        "new_due": "2026-03-20",
        "reason": "Wacht op teksten",
    },
    ("post", _ORG + "/engagements/{engagement_id}/team"): {"name": "Eva"},
    ("post", _ORG + "/team-members/{team_member_id}/swap"): {
        "on": "2026-04-01",
        "name": "Lies",
        "knowledge_transfer": "yes",
        "notice_as_agreed": "no",
    },
    ("post", _ORG + "/engagements/{engagement_id}/meetings"): {"date": "2026-03-03"},
}
