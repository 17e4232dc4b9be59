"""Pages opened by a supplier through a private link, without an account.

Each shows only what its token grants: the context sheet of one organisation, or the health
check questionnaire of one engagement. Unknown tokens get 404; closed links say why.
"""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from vendorpact.common.throttle import rate_limited
from vendorpact.core.errors import DomainError
from vendorpact.relations import health_services, services
from vendorpact.relations.forms import HealthAnswersForm
from vendorpact.relations.messages import text_for
from vendorpact.relations.models import ContextSystem

PRIVATE_HEADERS = {
    # The token must not leak to other sites; "no-referrer" would make browsers send
    # "Origin: null" with the answer form, which Django's CSRF check rightly refuses.
    "Referrer-Policy": "same-origin",
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-store",
}


def _private(response):
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response


@rate_limited("context_share")
def context_share(request, token):
    link = services.share_link_for_token(token)
    if link is None:
        raise Http404
    org = link.organisation
    context = {
        "org_name": org.name,
        "sheet": services.context_sheet_for(org),
        "systems": ContextSystem.objects.filter(organisation=org),
    }
    return _private(render(request, "relations/public_context_sheet.html", context))


@rate_limited("health_answer")
@require_http_methods(["GET", "POST"])
def health_answer(request, token):
    link = health_services.link_for_token(token)
    if link is None:
        raise Http404
    state = health_services.link_state(link)
    context = {
        "org_name": link.organisation.name,
        "engagement_title": link.engagement.title,
        "period": link.health_check.period,
    }
    if state != "active":
        context["closed_message"] = text_for(f"health.link_{state}")
        return _private(render(request, "relations/public_health.html", context, status=410))
    form = HealthAnswersForm(request.POST or None, ask_name=True)
    if request.method == "POST" and form.is_valid():
        try:
            health_services.answer_via_link(
                token=token,
                answers=form.answers(),
                respondent=form.cleaned_data["respondent"],
                comment=form.cleaned_data["comment"],
            )
        except DomainError as error:
            context["error"] = text_for(error.code, **error.params)
        else:
            context["thanks"] = True
            return _private(render(request, "relations/public_health.html", context))
    context["form"] = form
    status = 400 if request.method == "POST" else 200
    return _private(render(request, "relations/public_health.html", context, status=status))
