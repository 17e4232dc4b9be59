"""API endpoints for agreement drafts: list, create from posted terms, get, download."""

from datetime import datetime
from typing import Literal

from ninja import Router, Schema, Status

from vendorpact.agreements import services
from vendorpact.agreements.access import get_agreement_draft_for_user
from vendorpact.agreements.downloads import draft_response
from vendorpact.agreements.models import AgreementDraft
from vendorpact.agreements.prefill import items_to_settle
from vendorpact.common.api_errors import ERRORS
from vendorpact.common.pagination import paginated
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role

router = Router(tags=["agreements"])
BASE = "/orgs/{org_slug}"


class DraftIn(Schema):
    mode: Literal["full", "addendum"] = "full"
    language: Literal["nl", "en", "fr"] = "nl"
    terms: dict


class DraftOut(Schema):
    id: int
    engagement_id: int
    version: int
    mode: str
    language: str
    terms: dict
    options: dict
    created_at: datetime


class ProblemOut(Schema):
    field: str
    reason: str


class InputErrorOut(Schema):
    """A request body that does not fit the schema (the API's general answer)."""

    loc: list[str | int]
    msg: str
    type: str


class ProblemsOut(Schema):
    """422: terms that cannot make an agreement (field and reason per problem), or a body that
    does not fit the schema."""

    detail: str
    errors: list[ProblemOut | InputErrorOut]


@router.get(
    BASE + "/engagements/{engagement_id}/agreement-drafts",
    response={200: list[DraftOut], **ERRORS},
)
@paginated
def list_agreement_drafts(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    return AgreementDraft.objects.of_engagement(engagement)


@router.post(
    BASE + "/engagements/{engagement_id}/agreement-drafts",
    response={201: DraftOut, **ERRORS, 422: ProblemsOut},
)
def create_agreement_draft(request, org_slug: str, engagement_id: int, payload: DraftIn):
    """terms: the terms.json format (docs/agreement-terms.md). An addendum without `items`
    settles the engagement's expected checklist items that are missing or partial."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    terms = dict(payload.terms)
    if payload.mode == "addendum" and not terms.get("items"):
        terms["items"] = items_to_settle(engagement, "addendum")
    try:
        draft = services.create_draft(
            org=org,
            engagement=engagement,
            actor=request.auth,
            mode=payload.mode,
            language=payload.language,
            terms=terms,
        )
    except services.AgreementProblems as refused:
        errors = [{"field": p.field, "reason": p.reason} for p in refused.problems]
        detail = "; ".join(f"{p.field}: {p.reason}" for p in refused.problems)
        return Status(422, {"detail": detail, "errors": errors})
    return Status(201, draft)


@router.get(BASE + "/agreement-drafts/{draft_id}", response={200: DraftOut, **ERRORS})
def get_agreement_draft(request, org_slug: str, draft_id: int):
    org = org_for_request(request, org_slug)
    return get_agreement_draft_for_user(request.auth, org, draft_id)


@router.get(BASE + "/agreement-drafts/{draft_id}/docx", response={200: None, **ERRORS})
def download_agreement_docx(request, org_slug: str, draft_id: int):
    org = org_for_request(request, org_slug)
    return draft_response(get_agreement_draft_for_user(request.auth, org, draft_id), "docx")


@router.get(BASE + "/agreement-drafts/{draft_id}/pdf", response={200: None, **ERRORS})
def download_agreement_pdf(request, org_slug: str, draft_id: int):
    org = org_for_request(request, org_slug)
    return draft_response(get_agreement_draft_for_user(request.auth, org, draft_id), "pdf")
