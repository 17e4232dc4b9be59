"""The page a supplier opens through a private link (no account): one version of the
agreement, article by article, to accept, propose other wording or comment. Unknown tokens get
404; expired, withdrawn, used or superseded links get 410 and change nothing."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements.messages import text_for
from vendorpact.agreements.negotiation_forms import SupplierAnswersForm
from vendorpact.agreements.negotiation_services import NegotiationError
from vendorpact.common.throttle import rate_limited

TEMPLATE = "agreements/public_negotiation.html"
PRIVATE_HEADERS = {
    # as common.private_pages: the token must not leak to other sites
    "Referrer-Policy": "same-origin",
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-store",
}


def _private(response):
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response


@rate_limited("agreement_answer")
@require_http_methods(["GET", "POST"])
def agreement_answer(request, token):
    link = negotiation.link_for_token(token)
    if link is None:
        raise Http404
    draft = link.draft
    context = {
        "org_name": link.organisation.name,
        "engagement_title": link.engagement.title,
        "version": draft.version,
    }
    closed = negotiation.closed_code(link)
    if closed is not None:
        context["closed_message"] = text_for(closed)
        return _private(render(request, TEMPLATE, context, status=410))
    articles = list(draft.articles.all())
    form = SupplierAnswersForm(request.POST or None, articles=articles)
    context |= {"form": form, "agreed": [a for a in articles if a.status == "agreed"]}
    if request.method == "POST" and form.is_valid():
        try:
            negotiation.answer_via_link(
                token=token, answers=form.answers(), respondent=form.cleaned_data["respondent"]
            )
        except NegotiationError as error:
            context["error"] = text_for(error.code, **error.params)
        else:
            return _private(render(request, TEMPLATE, {**context, "thanks": True}))
    status = 400 if request.method == "POST" else 200
    return _private(render(request, TEMPLATE, context, status=status))
