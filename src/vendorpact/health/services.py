"""Partnership health checks: the client's answers in the app, the supplier's through a private
expiring link, and the results (per theme, overall, gap between sides, trend)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vendorpact.core import health as core_health
from vendorpact.core.errors import DomainError
from vendorpact.health.models import HealthCheck, HealthLink, HealthResponse, Side
from vendorpact.supplier_requests.mail_services import send_to_contact
from vendorpact.supplier_requests.models import MailKind, SentMail

DEFAULT_LINK_DAYS = 14
MAX_LINK_DAYS = 90


def period_for(day: date) -> str:
    """The quarter a day falls in, e.g. "2026-Q4"."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


@transaction.atomic
def create_health_check(*, org, actor, engagement, period: str = "") -> HealthCheck:
    period = period.strip() or period_for(timezone.localdate())
    if HealthCheck.objects.filter(engagement=engagement, period=period).exists():
        raise DomainError("health.period_exists", period=period)
    return HealthCheck.objects.create(
        organisation=org, engagement=engagement, period=period, created_by=actor
    )


def _save_response(check: HealthCheck, side: str, answers: dict, **extra) -> HealthResponse:
    core_health.validate_answers(answers)
    if not any(v is not None for v in answers.values()):
        raise DomainError("health.no_answers")
    if HealthResponse.objects.filter(health_check=check, side=side).exists():
        raise DomainError("health.already_answered", side=side)
    try:
        with transaction.atomic():
            return HealthResponse.objects.create(
                organisation=check.organisation,
                health_check=check,
                side=side,
                answers=answers,
                **extra,
            )
    except IntegrityError as error:  # a concurrent submission won the race
        raise DomainError("health.already_answered", side=side) from error


@transaction.atomic
def answer_as_client(
    *, org, actor, check: HealthCheck, answers: dict, comment: str = ""
) -> HealthResponse:
    name = actor.get_full_name() or actor.username
    return _save_response(check, Side.CLIENT, answers, respondent=name, comment=comment)


@transaction.atomic
def create_link(
    *, org, actor, check: HealthCheck, sent_to: str = "", days: int = DEFAULT_LINK_DAYS
) -> tuple[HealthLink, str]:
    """A link for the supplier side; returns the row and the token (shown once, never stored)."""
    if not 1 <= days <= MAX_LINK_DAYS:
        raise DomainError("health.bad_link_days", max_days=MAX_LINK_DAYS)
    if HealthResponse.objects.filter(health_check=check, side=Side.SUPPLIER).exists():
        raise DomainError("health.already_answered", side=Side.SUPPLIER)
    token = core_health.new_link_token()
    link = HealthLink.objects.create(
        organisation=org,
        engagement=check.engagement,
        health_check=check,
        token_hash=core_health.hash_token(token),
        sent_to=sent_to,
        expires_at=timezone.now() + timedelta(days=days),
        created_by=actor,
    )
    return link, token


@transaction.atomic
def revoke_link(*, org, actor, link: HealthLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def link_state(link: HealthLink, now=None) -> str:
    """ "active", "answered", "revoked" or "expired"."""
    now = now or timezone.now()
    if link.used_at is not None:
        return "answered"
    return core_health.link_status(link.expires_at, now, link.revoked_at)


def link_for_token(token: str) -> HealthLink | None:
    """The link a token opens, whatever its state; None for an unknown token."""
    return (
        HealthLink.objects.unguarded("a health link finds its row by the token's hash")
        .select_related("health_check", "engagement", "organisation")
        .filter(token_hash=core_health.hash_token(token))
        .first()
    )


@transaction.atomic
def answer_via_link(*, token: str, answers: dict, respondent: str = "", comment: str = ""):
    """The supplier's answers; only an active, unused link is accepted, and only once."""
    link = (
        HealthLink.objects.unguarded("a health link finds its row by the token's hash")
        .select_for_update()
        .select_related("health_check__organisation")
        .filter(token_hash=core_health.hash_token(token))
        .first()
    )
    if link is None:
        raise DomainError("health.link_unknown")
    state = link_state(link)
    if state != "active":
        raise DomainError(f"health.link_{state}")
    response = _save_response(
        link.health_check, Side.SUPPLIER, answers, respondent=respondent, comment=comment, link=link
    )
    link.used_at = timezone.now()
    link.save(update_fields=["used_at"])
    return response


# ---- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    check: HealthCheck
    client: core_health.HealthScore | None
    supplier: core_health.HealthScore | None
    combined: core_health.HealthScore | None
    gaps: tuple[core_health.ThemeGap, ...]


def _score(responses: dict, side: str) -> core_health.HealthScore | None:
    response = responses.get(side)
    return core_health.score_answers(response.answers) if response else None


def check_result(check: HealthCheck) -> CheckResult:
    responses = {r.side: r for r in check.responses.all()}
    client, supplier = _score(responses, Side.CLIENT), _score(responses, Side.SUPPLIER)
    if client and supplier:
        combined = core_health.combine(client, supplier)
        gaps = core_health.compare_sides(client, supplier)
    else:
        combined, gaps = client or supplier, ()
    return CheckResult(check, client, supplier, combined, gaps)


def results_for(engagement) -> list[CheckResult]:
    checks = HealthCheck.objects.filter(engagement=engagement).prefetch_related("responses")
    return [check_result(check) for check in checks]


def results_by_engagement(org, engagement_ids) -> dict[int, list[CheckResult]]:
    """`results_for` of many engagements of `org` in two queries, by engagement id."""
    checks = HealthCheck.objects.filter(
        organisation_id=org.pk, engagement_id__in=list(engagement_ids)
    ).prefetch_related("responses")
    results: dict[int, list[CheckResult]] = {}
    for check in checks:
        results.setdefault(check.engagement_id, []).append(check_result(check))
    return results


def results_across_organisations(engagements) -> dict[int, list[CheckResult]]:
    """`results_by_engagement` for engagements of several organisations (two queries)."""
    engagements = list(engagements)
    checks = HealthCheck.objects.filter(
        organisation_id__in={e.organisation_id for e in engagements},
        engagement_id__in=[e.pk for e in engagements],
    ).prefetch_related("responses")
    results: dict[int, list[CheckResult]] = {}
    for check in checks:
        results.setdefault(check.engagement_id, []).append(check_result(check))
    return results


def latest_scored(results: list[CheckResult]) -> CheckResult | None:
    """The result of the latest period with a combined score."""
    scored = [r for r in results if r.combined and r.combined.overall is not None]
    return max(scored, key=lambda result: result.check.period) if scored else None


def trend_for(results: list[CheckResult]) -> core_health.Trend:
    periods = [core_health.PeriodResult(r.check.period, r.combined) for r in results if r.combined]
    return core_health.trend(periods)


@transaction.atomic
def create_and_send_health_link(*, org, actor, check, contact, days: int, link_url) -> SentMail:
    """A supplier-side link to the health check, mailed to `contact` (in the active language);
    `link_url(token)` turns the token into a full URL. No link is kept when sending fails."""
    _link, token = create_link(org=org, actor=actor, check=check, sent_to=contact.email, days=days)
    values = {"period": check.period, "client": org.name, "url": link_url(token), "days": days}
    subject = _("Partnership health check %(period)s with %(client)s") % values
    body = (
        _(
            "Hello,\n\n"
            "%(client)s asks you to answer a short questionnaire on how our collaboration went "
            "in %(period)s. It takes about five minutes.\n\n"
            "%(url)s\n\n"
            "The link opens only this questionnaire, can be used once and expires in %(days)s days."
            "\n\nKind regards,\n%(client)s"
        )
        % values
    )
    return send_to_contact(
        org=org,
        actor=actor,
        engagement=check.engagement,
        contact=contact,
        what=MailKind.HEALTH_LINK,
        subject=subject,
        body=body,
    )
