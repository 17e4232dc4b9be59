"""API: concerns and the exit plan."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from ninja import Router, Status

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.pagination import Converted, paginated
from vendorpact.concerns import services as concern_services
from vendorpact.concerns.access import get_concern_for_user, get_exit_task_for_user
from vendorpact.concerns.messages import exit_task_label
from vendorpact.concerns.models import Concern, ExitPlan
from vendorpact.concerns.schemas import (
    ConcernActionIn,
    ConcernIn,
    ConcernOut,
    ConcernTransitionIn,
    ExitPlanOut,
    ExitTaskOut,
    ExitTaskPatch,
)
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role

router = Router()


def _concern_out(org, concern: Concern) -> dict:
    ageing = concern_services.ageing_by_concern(org, [concern], timezone.localdate())
    return {
        **{
            key: getattr(concern, key)
            for key in (
                "title",
                "since",
                "raised_on",
                "impact",
                "raised_with",
                "status",
                "level",
                "engagement_id",
            )
        },
        "id": concern.pk,
        "days_without_action": ageing.get(concern.pk),
        "events": list(concern.events.all()),
    }


@router.get(
    "/orgs/{org_slug}/engagements/{engagement_id}/concerns",
    response={200: list[ConcernOut], **ERRORS},
    tags=["concerns"],
)
@paginated
def list_concerns(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    concerns = Concern.objects.filter(organisation=org, engagement=engagement)
    return Converted(concerns.prefetch_related("events"), lambda c: _concern_out(org, c))


@router.post(
    "/orgs/{org_slug}/engagements/{engagement_id}/concerns",
    response={201: ConcernOut, **ERRORS},
    tags=["concerns"],
)
def create_concern(request, org_slug: str, engagement_id: int, payload: ConcernIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    data = payload.dict()
    if data["since"] and data["raised_on"] and data["since"] > data["raised_on"]:
        raise ValidationError("since: the problem cannot start after it was raised")
    concern = concern_services.create_concern(
        org=org, actor=request.auth, engagement=engagement, data=data
    )
    return Status(201, _concern_out(org, concern))


@router.get(
    "/orgs/{org_slug}/concerns/{concern_id}",
    response={200: ConcernOut, **ERRORS},
    tags=["concerns"],
)
def get_concern(request, org_slug: str, concern_id: int):
    org = org_for_request(request, org_slug)
    return _concern_out(org, get_concern_for_user(request.auth, org, concern_id))


@router.post(
    "/orgs/{org_slug}/concerns/{concern_id}/transitions",
    response={200: ConcernOut, **ERRORS},
    tags=["concerns"],
)
def transition_concern(request, org_slug: str, concern_id: int, payload: ConcernTransitionIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    concern = get_concern_for_user(request.auth, org, concern_id)
    concern_services.change_status(
        org=org,
        actor=request.auth,
        concern=concern,
        status=payload.status,
        on=payload.on,
        note=payload.note,
    )
    return _concern_out(org, concern)


@router.post(
    "/orgs/{org_slug}/concerns/{concern_id}/actions",
    response={200: ConcernOut, **ERRORS},
    tags=["concerns"],
)
def concern_action(request, org_slug: str, concern_id: int, payload: ConcernActionIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    concern = get_concern_for_user(request.auth, org, concern_id)
    concern_services.record_action(
        org=org, actor=request.auth, concern=concern, note=payload.note, on=payload.on
    )
    return _concern_out(org, concern)


def _plan_out(plan: ExitPlan) -> dict:
    return {
        "engagement_id": plan.engagement_id,
        "notice_deadline": plan.notice_deadline,
        "contract_end": plan.contract_end,
        "concern_id": plan.concern_id,
        "tasks": [_task_out(task) for task in plan.tasks.all()],
    }


def _task_out(task) -> dict:
    return {
        "id": task.pk,
        "code": task.code,
        "label": exit_task_label(task.code),
        **{k: getattr(task, k) for k in ("checklist_item", "due", "status", "owner", "note")},
    }


@router.get(
    "/orgs/{org_slug}/engagements/{engagement_id}/exit-plan",
    response={200: ExitPlanOut, **ERRORS},
    tags=["exit plan"],
)
def get_exit_plan(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    plan = ExitPlan.objects.filter(organisation=org, engagement=engagement).first()
    if plan is None:
        raise Http404
    return _plan_out(plan)


@router.post(
    "/orgs/{org_slug}/engagements/{engagement_id}/exit-plan",
    response={201: ExitPlanOut, **ERRORS},
    tags=["exit plan"],
)
def start_exit_plan(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    plan = concern_services.start_exit_plan(org=org, actor=request.auth, engagement=engagement)
    return Status(201, _plan_out(plan))


@router.patch(
    "/orgs/{org_slug}/exit-tasks/{exit_task_id}",
    response={200: ExitTaskOut, **ERRORS},
    tags=["exit plan"],
)
def update_exit_task(request, org_slug: str, exit_task_id: int, payload: ExitTaskPatch):
    org = org_for_request(request, org_slug, Role.MEMBER)
    task = get_exit_task_for_user(request.auth, org, exit_task_id)
    data = payload.dict(exclude_unset=True)
    concern_services.update_exit_task(org=org, actor=request.auth, task=task, data=data)
    return _task_out(task)
