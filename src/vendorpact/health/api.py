"""API: partnership health checks and the supplier's answer links."""

from django.urls import reverse
from ninja import Router, Status

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.pagination import paginated
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.health import services as health_services
from vendorpact.health.access import get_health_check_for_user, get_health_link_for_user
from vendorpact.health.messages import theme_label
from vendorpact.health.schemas import (
    HealthAnswersIn,
    HealthCheckIn,
    HealthCheckOut,
    HealthLinkIn,
    HealthLinkOut,
)
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role

router = Router()


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
