"""The health-check questionnaire opened by a supplier through a private link, without an
account: one engagement's check only. Unknown tokens get 404; closed links say why.
"""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from vendorpact.common.private_pages import private
from vendorpact.common.throttle import rate_limited
from vendorpact.core.errors import DomainError
from vendorpact.health import services as health_services
from vendorpact.health.forms import HealthAnswersForm
from vendorpact.health.messages import text_for


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
        return private(render(request, "health/public_health.html", context, status=410))
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
            return private(render(request, "health/public_health.html", context))
    context["form"] = form
    status = 400 if request.method == "POST" else 200
    return private(render(request, "health/public_health.html", context, status=status))
