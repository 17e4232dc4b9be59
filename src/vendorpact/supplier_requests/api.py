"""API: requests to the supplier and the context sheet."""

from django.urls import reverse
from ninja import Router, Status

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.messages import lang
from vendorpact.common.pagination import Converted, paginated
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role
from vendorpact.supplier_requests import services
from vendorpact.supplier_requests.access import get_request_for_user
from vendorpact.supplier_requests.models import ContextSystem, SupplierRequest
from vendorpact.supplier_requests.schemas import (
    ContextSheetIn,
    ContextSheetOut,
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
