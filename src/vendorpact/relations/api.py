"""API: requests to the supplier, context sheet, concerns, exit plan and health checks."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Status

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.pagination import Converted, paginated
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role
from vendorpact.relations import concern_services, health_services, services
from vendorpact.relations.access import (
    get_concern_for_user,
    get_exit_task_for_user,
    get_health_check_for_user,
    get_health_link_for_user,
    get_request_for_user,
)
from vendorpact.relations.messages import exit_task_label, lang, theme_label
from vendorpact.relations.models import Concern, ContextSystem, ExitPlan, SupplierRequest
from vendorpact.relations.schemas import (
    ConcernActionIn,
    ConcernIn,
    ConcernOut,
    ConcernTransitionIn,
    ContextSheetIn,
    ContextSheetOut,
    ExitPlanOut,
    ExitTaskOut,
    ExitTaskPatch,
    HealthAnswersIn,
    HealthCheckIn,
    HealthCheckOut,
    HealthLinkIn,
    HealthLinkOut,
    RequestIn,
    RequestOut,
    ScoreOut,
)

router = Router()


# ---- requests -------------------------------------------------------------------------------


def _score_out(composed) -> dict:
    priority = composed.priority
    return {
        "score": composed.score.score,
        "priority_code": (
            priority.contract_priority.code if priority and priority.contract_priority else ""
        ),
        "findings": [
            {
                "field": f.field,
                "code": f.code,
                "severity": f.severity,
                "points_lost": f.points_lost,
                "message": f.message(lang()),
                "why": f.why_text(lang()),
            }
            for f in composed.score.findings
        ],
        "subject": composed.rendered.subject,
        "body": composed.rendered.body,
    }


def _request_out(row: SupplierRequest) -> dict:
    composed = services.compose(row.engagement, services.request_data(row))
    return {
        **_score_out(composed),
        "id": row.pk,
        "engagement_id": row.engagement_id,
        "kind": row.kind,
        "language": row.language,
        "context_sheet_url": row.context_sheet_url,
        "created_at": row.created_at,
    }


@router.get(
    "/orgs/{org_slug}/engagements/{engagement_id}/requests",
    response={200: list[RequestOut], **ERRORS},
    tags=["requests"],
)
@paginated
def list_requests(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    rows = SupplierRequest.objects.filter(organisation=org, engagement=engagement)
    return Converted(rows.select_related("engagement"), _request_out)


@router.post(
    "/orgs/{org_slug}/engagements/{engagement_id}/requests/score",
    response={200: ScoreOut, **ERRORS},
    tags=["requests"],
)
def score_request(request, org_slug: str, engagement_id: int, payload: RequestIn):
    """Score a brief and render the message without storing anything."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    return _score_out(services.compose(engagement, payload.dict()))


@router.post(
    "/orgs/{org_slug}/engagements/{engagement_id}/requests",
    response={201: RequestOut, **ERRORS},
    tags=["requests"],
)
def create_request(request, org_slug: str, engagement_id: int, payload: RequestIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    row = services.create_request(
        org=org,
        actor=request.auth,
        engagement=engagement,
        data=payload.dict(),
        share_url=lambda t: request.build_absolute_uri(reverse("context_share", args=[t])),
    )
    return Status(201, _request_out(row))


@router.get(
    "/orgs/{org_slug}/requests/{request_id}",
    response={200: RequestOut, **ERRORS},
    tags=["requests"],
)
def get_request(request, org_slug: str, request_id: int):
    org = org_for_request(request, org_slug)
    return _request_out(get_request_for_user(request.auth, org, request_id))


def _sheet_out(org) -> dict:
    sheet = services.context_sheet_for(org)
    return {
        **{key: getattr(sheet, key) for key in services.SHEET_FIELDS},
        "systems": list(ContextSystem.objects.filter(organisation=org)),
    }


@router.get(
    "/orgs/{org_slug}/context-sheet",
    response={200: ContextSheetOut, **ERRORS},
    tags=["context sheet"],
)
def get_context_sheet(request, org_slug: str):
    return _sheet_out(org_for_request(request, org_slug))


@router.put(
    "/orgs/{org_slug}/context-sheet",
    response={200: ContextSheetOut, **ERRORS},
    tags=["context sheet"],
)
def put_context_sheet(request, org_slug: str, payload: ContextSheetIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    services.save_context_sheet(org=org, actor=request.auth, data=payload.dict(exclude_none=True))
    return _sheet_out(org)


# ---- concerns and exit plan -----------------------------------------------------------------


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


# ---- health checks --------------------------------------------------------------------------


def _check_out(check) -> dict:
    result = health_services.check_result(check)
    gaps = {g.theme: g for g in result.gaps}
    themes = []
    for theme in result.combined.themes if result.combined else {}:
        gap = gaps.get(theme)
        themes.append(
            {
                "theme": theme,
                "label": theme_label(theme),
                "client": result.client.themes.get(theme) if result.client else None,
                "supplier": result.supplier.themes.get(theme) if result.supplier else None,
                "combined": result.combined.themes.get(theme),
                "gap": gap.gap if gap else None,
                "large_gap": bool(gap and gap.large),
            }
        )
    return {
        "id": check.pk,
        "engagement_id": check.engagement_id,
        "period": check.period,
        "client_answered": result.client is not None,
        "supplier_answered": result.supplier is not None,
        "client_overall": result.client.overall if result.client else None,
        "supplier_overall": result.supplier.overall if result.supplier else None,
        "overall": result.combined.overall if result.combined else None,
        "band": str(result.combined.band) if result.combined and result.combined.band else None,
        "themes": themes,
    }


@router.get(
    "/orgs/{org_slug}/engagements/{engagement_id}/health-checks",
    response={200: list[HealthCheckOut], **ERRORS},
    tags=["health checks"],
)
@paginated
def list_health_checks(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    return [_check_out(r.check) for r in health_services.results_for(engagement)]


@router.post(
    "/orgs/{org_slug}/engagements/{engagement_id}/health-checks",
    response={201: HealthCheckOut, **ERRORS},
    tags=["health checks"],
)
def create_health_check(request, org_slug: str, engagement_id: int, payload: HealthCheckIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    check = health_services.create_health_check(
        org=org, actor=request.auth, engagement=engagement, period=payload.period
    )
    return Status(201, _check_out(check))


@router.get(
    "/orgs/{org_slug}/health-checks/{health_check_id}",
    response={200: HealthCheckOut, **ERRORS},
    tags=["health checks"],
)
def get_health_check(request, org_slug: str, health_check_id: int):
    org = org_for_request(request, org_slug)
    return _check_out(get_health_check_for_user(request.auth, org, health_check_id))


@router.post(
    "/orgs/{org_slug}/health-checks/{health_check_id}/client-answers",
    response={201: HealthCheckOut, **ERRORS},
    tags=["health checks"],
)
def answer_health_check(request, org_slug: str, health_check_id: int, payload: HealthAnswersIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    check = get_health_check_for_user(request.auth, org, health_check_id)
    health_services.answer_as_client(
        org=org,
        actor=request.auth,
        check=check,
        answers=payload.answers,
        comment=payload.comment,
    )
    return Status(201, _check_out(check))


def _link_out(link, url: str = "") -> dict:
    return {
        "id": link.pk,
        "health_check_id": link.health_check_id,
        "sent_to": link.sent_to,
        "expires_at": link.expires_at,
        "state": health_services.link_state(link),
        "url": url,
    }


@router.post(
    "/orgs/{org_slug}/health-checks/{health_check_id}/links",
    response={201: HealthLinkOut, **ERRORS},
    tags=["health checks"],
)
def create_health_link(request, org_slug: str, health_check_id: int, payload: HealthLinkIn):
    """A private link for the supplier; its URL is returned only here."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    check = get_health_check_for_user(request.auth, org, health_check_id)
    link, token = health_services.create_link(
        org=org, actor=request.auth, check=check, sent_to=payload.sent_to, days=payload.days
    )
    url = request.build_absolute_uri(reverse("health_answer", args=[token]))
    return Status(201, _link_out(link, url))


@router.post(
    "/orgs/{org_slug}/health-links/{health_link_id}/revoke",
    response={200: HealthLinkOut, **ERRORS},
    tags=["health checks"],
)
def revoke_health_link(request, org_slug: str, health_link_id: int):
    org = org_for_request(request, org_slug, Role.MEMBER)
    link = get_health_link_for_user(request.auth, org, health_link_id)
    health_services.revoke_link(org=org, actor=request.auth, link=link)
    return _link_out(link)
