"""Partnership health checks: results and trend, the client's answers, supplier links."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.core.errors import DomainError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.health import services as health_services
from vendorpact.health.access import get_health_check_for_user, get_health_link_for_user
from vendorpact.health.charts import health_trend_svg
from vendorpact.health.forms import HealthAnswersForm, HealthCheckForm, HealthLinkForm
from vendorpact.health.messages import band_label, text_for, theme_label
from vendorpact.health.models import HealthLink, Side
from vendorpact.health.services import create_and_send_health_link
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.supplier_requests.mail_services import MailError, mail_contacts


def _score_view(score):
    if score is None:
        return None
    return {"overall": score.overall, "band": score.band, "band_label": band_label(score.band)}


def _chart(results) -> str:
    if not any(r.combined for r in results):
        return ""
    labels = [r.check.period for r in results]
    series = {
        _("Client"): [r.client.overall if r.client else None for r in results],
        _("Supplier"): [r.supplier.overall if r.supplier else None for r in results],
        _("Together"): [r.combined.overall if r.combined else None for r in results],
    }
    return health_trend_svg(labels, series, _("Partnership health over time (0-100)"))


@org_view()
def health_overview(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    results = health_services.results_for(engagement)
    trend = health_services.trend_for(results)
    rows = [
        {
            "check": r.check,
            "client": _score_view(r.client),
            "supplier": _score_view(r.supplier),
            "combined": _score_view(r.combined),
        }
        for r in results
    ]
    return render(
        request,
        "health/health_overview.html",
        {
            "engagement": engagement,
            "rows": rows,
            "trend": trend.points,
            "chart": _chart(results),
            "form": HealthCheckForm(
                initial={"period": health_services.period_for(timezone.localdate())}
            ),
            "tab": "health",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def health_check_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = HealthCheckForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the period, for example 2026-Q4."))
        return redirect("health_overview", request.org.slug, engagement.pk)
    try:
        check = health_services.create_health_check(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            period=form.cleaned_data["period"],
        )
    except DomainError as error:
        messages.error(request, text_for(error.code, **error.params))
        return redirect("health_overview", request.org.slug, engagement.pk)
    messages.success(request, _("Health check %(period)s started.") % {"period": check.period})
    return redirect("health_check_detail", request.org.slug, check.pk)


def _detail_context(request, check, **extra):
    result = health_services.check_result(check)
    responses = {r.side: r for r in check.responses.all()}
    now = timezone.now()
    links = [
        {"link": link, "state": health_services.link_state(link, now)}
        for link in HealthLink.objects.filter(health_check=check)
    ]
    themes = [
        {
            "label": theme_label(theme),
            "client": result.client.themes.get(theme) if result.client else None,
            "supplier": result.supplier.themes.get(theme) if result.supplier else None,
            "combined": result.combined.themes.get(theme) if result.combined else None,
        }
        for theme in (result.combined.themes if result.combined else {})
    ]
    return {
        "engagement": check.engagement,
        "check": check,
        "client": _score_view(result.client),
        "supplier": _score_view(result.supplier),
        "combined": _score_view(result.combined),
        "themes": themes,
        "gaps": [
            {"gap": g, "label": theme_label(g.theme)} for g in result.gaps if g.gap is not None
        ],
        "client_response": responses.get(Side.CLIENT),
        "supplier_response": responses.get(Side.SUPPLIER),
        "answer_form": HealthAnswersForm(),
        "link_form": HealthLinkForm(contacts=mail_contacts(check.engagement)),
        "links": links,
        "tab": "health",
        **extra,
    }


@org_view()
def health_check_detail(request, pk):
    check = get_health_check_for_user(request.user, request.org, pk)
    return render(request, "health/health_check.html", _detail_context(request, check))


@org_view(Role.MEMBER)
@require_POST
def health_check_answer(request, pk):
    check = get_health_check_for_user(request.user, request.org, pk)
    form = HealthAnswersForm(request.POST)
    if form.is_valid():
        try:
            health_services.answer_as_client(
                org=request.org,
                actor=request.user,
                check=check,
                answers=form.answers(),
                comment=form.cleaned_data["comment"],
            )
        except DomainError as error:
            messages.error(request, text_for(error.code, **error.params))
        else:
            messages.success(request, _("Your answers are saved."))
            return redirect("health_check_detail", request.org.slug, check.pk)
    context = _detail_context(request, check, answer_form=form)
    return render(request, "health/health_check.html", context, status=400)


@org_view(Role.MEMBER)
@require_POST
def health_link_create(request, pk):
    check = get_health_check_for_user(request.user, request.org, pk)
    form = HealthLinkForm(request.POST, contacts=mail_contacts(check.engagement))
    if not form.is_valid():
        context = _detail_context(request, check, link_form=form)
        return render(request, "health/health_check.html", context, status=400)
    contact = form.cleaned_data["contact"]
    if contact is not None:
        return _send_health_link(request, check, contact, form.cleaned_data["days"])
    try:
        _link, token = health_services.create_link(
            org=request.org,
            actor=request.user,
            check=check,
            sent_to=form.cleaned_data["sent_to"],
            days=form.cleaned_data["days"],
        )
    except DomainError as error:
        messages.error(request, text_for(error.code, **error.params))
        return redirect("health_check_detail", request.org.slug, check.pk)
    new_url = _answer_url(request, token)
    return render(
        request, "health/health_check.html", _detail_context(request, check, new_url=new_url)
    )


def _answer_url(request, token: str) -> str:
    return request.build_absolute_uri(reverse("health_answer", args=[token]))


def _send_health_link(request, check, contact, days: int):
    try:
        create_and_send_health_link(
            org=request.org,
            actor=request.user,
            check=check,
            contact=contact,
            days=days,
            link_url=lambda token: _answer_url(request, token),
        )
    except DomainError as error:
        messages.error(request, text_for(error.code, **error.params))
    except MailError as error:
        messages.error(request, text_for(error.code))
    else:
        messages.success(request, _("Sent to %(email)s.") % {"email": contact.email})
    return redirect("health_check_detail", request.org.slug, check.pk)


@org_view(Role.MEMBER)
@require_POST
def health_link_revoke(request, pk):
    link = get_health_link_for_user(request.user, request.org, pk)
    health_services.revoke_link(org=request.org, actor=request.user, link=link)
    messages.success(request, _("Link withdrawn: it can no longer be used."))
    return redirect("health_check_detail", request.org.slug, link.health_check_id)
