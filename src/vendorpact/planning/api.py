"""API endpoints for milestones (slips), team members (swaps) and meetings (action items)."""

from django.core.exceptions import ValidationError
from ninja import Router, Status

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.pagination import paginated
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role
from vendorpact.planning import services
from vendorpact.planning.access import (
    get_meeting_for_user,
    get_milestone_for_user,
    get_team_member_for_user,
)
from vendorpact.planning.messages import text_for
from vendorpact.planning.models import Meeting, Milestone, TeamMember, TeamSwap
from vendorpact.planning.schemas import (
    MeetingIn,
    MeetingOut,
    MilestoneIn,
    MilestoneOut,
    MilestonePatch,
    SlipIn,
    SwapIn,
    SwapOut,
    TeamMemberIn,
    TeamMemberOut,
    TeamMemberPatch,
)

router = Router(tags=["planning"])
BASE = "/orgs/{org_slug}"


def _milestone_data(engagement, payload: dict) -> dict:
    if "depends_on_id" in payload:
        dependency_id = payload.pop("depends_on_id")
        dependency = (
            engagement.milestones.filter(pk=dependency_id).first() if dependency_id else None
        )
        if dependency_id and dependency is None:
            raise ValidationError(text_for("planning.dependency_other_engagement"))
        payload["depends_on"] = dependency
    return {k: v for k, v in payload.items() if v is not None or k == "depends_on"}


def _member_data(engagement, payload: dict) -> dict:
    if "counterpart_id" in payload:
        counterpart_id = payload.pop("counterpart_id")
        counterpart = (
            engagement.team_members.filter(pk=counterpart_id).first() if counterpart_id else None
        )
        if counterpart_id and counterpart is None:
            raise ValidationError(text_for("team.counterpart_other_engagement"))
        payload["counterpart"] = counterpart
    return payload


def _milestone_out(milestone: Milestone) -> Milestone:
    return Milestone.objects.prefetch_related("slips").get(
        organisation_id=milestone.organisation_id, pk=milestone.pk
    )


@router.get(
    BASE + "/engagements/{engagement_id}/milestones",
    response={200: list[MilestoneOut], **ERRORS},
)
@paginated
def list_milestones(request, org_slug: str, engagement_id: int, owner_side: str = ""):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    items = Milestone.objects.of_engagement(engagement).prefetch_related("slips")
    return items.filter(owner_side=owner_side) if owner_side else items


@router.post(
    BASE + "/engagements/{engagement_id}/milestones", response={201: MilestoneOut, **ERRORS}
)
def create_milestone(request, org_slug: str, engagement_id: int, payload: MilestoneIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    data = _milestone_data(engagement, payload.dict())
    milestone = services.create_milestone(
        org=org, actor=request.auth, engagement=engagement, data=data
    )
    return Status(201, _milestone_out(milestone))


@router.get(BASE + "/milestones/{milestone_id}", response={200: MilestoneOut, **ERRORS})
def get_milestone(request, org_slug: str, milestone_id: int):
    org = org_for_request(request, org_slug)
    return _milestone_out(get_milestone_for_user(request.auth, org, milestone_id))


@router.patch(BASE + "/milestones/{milestone_id}", response={200: MilestoneOut, **ERRORS})
def update_milestone(request, org_slug: str, milestone_id: int, payload: MilestonePatch):
    org = org_for_request(request, org_slug, Role.MEMBER)
    milestone = get_milestone_for_user(request.auth, org, milestone_id)
    data = _milestone_data(milestone.engagement, payload.dict(exclude_unset=True))
    services.update_milestone(org=org, actor=request.auth, milestone=milestone, data=data)
    return _milestone_out(milestone)


@router.post(BASE + "/milestones/{milestone_id}/slips", response={201: MilestoneOut, **ERRORS})
def record_slip(request, org_slug: str, milestone_id: int, payload: SlipIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    milestone = get_milestone_for_user(request.auth, org, milestone_id)
    services.record_slip(
        org=org,
        actor=request.auth,
        milestone=milestone,
        new_due=payload.new_due,
        reason=payload.reason,
        caused_by=payload.caused_by,
    )
    return Status(201, _milestone_out(milestone))


@router.delete(BASE + "/milestones/{milestone_id}", response={204: None, **ERRORS})
def delete_milestone(request, org_slug: str, milestone_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    milestone = get_milestone_for_user(request.auth, org, milestone_id)
    services.delete_milestone(org=org, actor=request.auth, milestone=milestone)
    return Status(204, None)


# Team --------------------------------------------------------------------------------------


@router.get(
    BASE + "/engagements/{engagement_id}/team", response={200: list[TeamMemberOut], **ERRORS}
)
@paginated
def list_team(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    return TeamMember.objects.of_engagement(
        get_engagement_for_user(request.auth, org, engagement_id)
    ).order_by("side", "until", "name", "pk")


@router.get(
    BASE + "/engagements/{engagement_id}/team/swaps", response={200: list[SwapOut], **ERRORS}
)
@paginated
def list_swaps(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    return TeamSwap.objects.of_engagement(get_engagement_for_user(request.auth, org, engagement_id))


@router.post(BASE + "/engagements/{engagement_id}/team", response={201: TeamMemberOut, **ERRORS})
def create_team_member(request, org_slug: str, engagement_id: int, payload: TeamMemberIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    member = services.create_team_member(
        org=org,
        actor=request.auth,
        engagement=engagement,
        data=_member_data(engagement, payload.dict()),
    )
    return Status(201, member)


@router.get(BASE + "/team-members/{team_member_id}", response={200: TeamMemberOut, **ERRORS})
def get_team_member(request, org_slug: str, team_member_id: int):
    org = org_for_request(request, org_slug)
    return get_team_member_for_user(request.auth, org, team_member_id)


@router.patch(BASE + "/team-members/{team_member_id}", response={200: TeamMemberOut, **ERRORS})
def update_team_member(request, org_slug: str, team_member_id: int, payload: TeamMemberPatch):
    org = org_for_request(request, org_slug, Role.MEMBER)
    member = get_team_member_for_user(request.auth, org, team_member_id)
    data = _member_data(member.engagement, payload.dict(exclude_unset=True))
    return services.update_team_member(org=org, actor=request.auth, member=member, data=data)


@router.post(BASE + "/team-members/{team_member_id}/swap", response={201: SwapOut, **ERRORS})
def swap_team_member(request, org_slug: str, team_member_id: int, payload: SwapIn):
    """Replace a team member; knowledge transfer and notice are required answers."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    member = get_team_member_for_user(request.auth, org, team_member_id)
    swap = services.record_swap(
        org=org,
        actor=request.auth,
        leaving=member,
        joining={"name": payload.name, "role": payload.role, "seniority": payload.seniority},
        on=payload.on,
        knowledge_transfer=payload.knowledge_transfer,
        notice_as_agreed=payload.notice_as_agreed,
        note=payload.note,
    )
    return Status(201, swap)


@router.delete(BASE + "/team-members/{team_member_id}", response={204: None, **ERRORS})
def delete_team_member(request, org_slug: str, team_member_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    member = get_team_member_for_user(request.auth, org, team_member_id)
    services.delete_team_member(org=org, actor=request.auth, member=member)
    return Status(204, None)


# Meetings ----------------------------------------------------------------------------------


def _meeting_out(meeting: Meeting) -> Meeting:
    return Meeting.objects.prefetch_related("action_items__slips").get(
        organisation_id=meeting.organisation_id, pk=meeting.pk
    )


@router.get(
    BASE + "/engagements/{engagement_id}/meetings", response={200: list[MeetingOut], **ERRORS}
)
@paginated
def list_meetings(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    return Meeting.objects.of_engagement(engagement).prefetch_related("action_items__slips")


@router.post(BASE + "/engagements/{engagement_id}/meetings", response={201: MeetingOut, **ERRORS})
def create_meeting(request, org_slug: str, engagement_id: int, payload: MeetingIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    meeting = services.create_meeting(
        org=org,
        actor=request.auth,
        engagement=engagement,
        data=payload.dict(exclude={"action_items"}),
        action_items=[item.dict() for item in payload.action_items],
    )
    return Status(201, _meeting_out(meeting))


@router.get(BASE + "/meetings/{meeting_id}", response={200: MeetingOut, **ERRORS})
def get_meeting(request, org_slug: str, meeting_id: int):
    org = org_for_request(request, org_slug)
    return _meeting_out(get_meeting_for_user(request.auth, org, meeting_id))


@router.delete(BASE + "/meetings/{meeting_id}", response={204: None, **ERRORS})
def delete_meeting(request, org_slug: str, meeting_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    meeting = get_meeting_for_user(request.auth, org, meeting_id)
    services.delete_meeting(org=org, actor=request.auth, meeting=meeting)
    return Status(204, None)
