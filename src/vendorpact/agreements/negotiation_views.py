"""The negotiation page of a version: articles with their status, the supplier's answers and
who changed what when; sending, accepting, countering, the next version and finalising."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements.access import (
    get_agreement_article_for_user,
    get_agreement_draft_for_user,
    get_negotiation_link_for_user,
)
from vendorpact.agreements.messages import text_for
from vendorpact.agreements.models import (
    AgreementDraft,
    SignedCopy,
)
from vendorpact.agreements.negotiation_forms import CounterForm, SendForm
from vendorpact.agreements.negotiation_services import NegotiationError
from vendorpact.agreements.signing_forms import SignedCopyForm
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role


def negotiation_url(request, draft: AgreementDraft) -> str:
    return reverse("agreement_negotiation", args=[request.org.slug, draft.pk])


def answer_url(request, token: str) -> str:
    return request.build_absolute_uri(reverse("agreement_answer", args=[token]))


def _article_rows(draft: AgreementDraft) -> list[dict]:
    articles = draft.articles.prefetch_related("events__user")
    return [
        {
            "article": article,
            "events": list(article.events.all()),
            "proposal": next(
                (e for e in reversed(article.events.all()) if e.action == "supplier_proposed"),
                None,
            ),
            "counter_form": CounterForm(prefix=f"a{article.pk}", initial={"text": article.text}),
        }
        for article in articles
    ]


def negotiation_context(request, draft: AgreementDraft, **extra) -> dict:
    engagement = draft.engagement
    drafts = AgreementDraft.objects.of_engagement(engagement)
    latest = drafts.first()
    now = timezone.now()
    links = [(link, negotiation.link_state(link, now)) for link in draft.links.all()]
    return {
        "engagement": engagement,
        "tab": "agreement",
        "draft": draft,
        "drafts": drafts,
        "is_latest": latest is not None and latest.pk == draft.pk,
        "rows": _article_rows(draft),
        "counts": negotiation.status_counts(draft),
        "links": links,
        "can_manage": request.membership.has_role(Role.MANAGER),
        "send_form": SendForm(),
        "signed_form": SignedCopyForm(),
        "signed_copy": SignedCopy.objects.filter(draft=draft).select_related("document").first(),
        **extra,
    }


@org_view()
def agreement_negotiation(request, pk):
    draft = get_agreement_draft_for_user(request.user, request.org, pk)
    return render(request, "agreements/negotiation.html", negotiation_context(request, draft))


def _refused(request, error: NegotiationError) -> None:
    messages.error(request, text_for(error.code, **error.params))


@org_view(Role.MANAGER)
@require_POST
def agreement_send(request, pk):
    draft = get_agreement_draft_for_user(request.user, request.org, pk)
    form = SendForm(request.POST)
    if not form.is_valid():
        context = negotiation_context(request, draft, send_form=form)
        return render(request, "agreements/negotiation.html", context, status=400)
    try:
        _link, token = negotiation.create_link(
            org=request.org,
            actor=request.user,
            draft=draft,
            sent_to=form.cleaned_data["sent_to"],
            days=form.cleaned_data["days"],
        )
    except NegotiationError as error:
        _refused(request, error)
        return redirect(negotiation_url(request, draft))
    context = negotiation_context(request, draft, new_url=answer_url(request, token))
    return render(request, "agreements/negotiation.html", context)


@org_view(Role.MANAGER)
@require_POST
def agreement_link_revoke(request, pk):
    link = get_negotiation_link_for_user(request.user, request.org, pk)
    negotiation.revoke_link(org=request.org, actor=request.user, link=link)
    messages.success(request, _("Link withdrawn: it can no longer be used."))
    return redirect(negotiation_url(request, link.draft))


@org_view(Role.MEMBER)
@require_POST
def agreement_article_accept(request, pk):
    article = get_agreement_article_for_user(request.user, request.org, pk)
    try:
        negotiation.accept_proposal(org=request.org, actor=request.user, article=article)
    except NegotiationError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Article %(n)s agreed.") % {"n": article.number})
    return redirect(negotiation_url(request, article.draft))


@org_view(Role.MEMBER)
@require_POST
def agreement_article_counter(request, pk):
    article = get_agreement_article_for_user(request.user, request.org, pk)
    form = CounterForm(request.POST, prefix=f"a{article.pk}")
    if not form.is_valid():
        messages.error(request, text_for("agreement.counter_needs_wording", number=article.number))
        return redirect(negotiation_url(request, article.draft))
    try:
        negotiation.counter(
            org=request.org,
            actor=request.user,
            article=article,
            text=form.cleaned_data["text"],
            comment=form.cleaned_data["comment"],
        )
    except NegotiationError as error:
        _refused(request, error)
    else:
        messages.success(
            request,
            _("Your wording for article %(n)s is kept for the next version.")
            % {"n": article.number},
        )
    return redirect(negotiation_url(request, article.draft))


@org_view(Role.MEMBER)
@require_POST
def agreement_new_version(request, pk):
    draft = get_agreement_draft_for_user(request.user, request.org, pk)
    try:
        new = negotiation.issue_new_version(org=request.org, actor=request.user, draft=draft)
    except NegotiationError as error:
        _refused(request, error)
        return redirect(negotiation_url(request, draft))
    messages.success(request, _("Version %(n)s issued.") % {"n": new.version})
    return redirect(negotiation_url(request, new))


@org_view(Role.MANAGER)
@require_POST
def agreement_finalise(request, pk):
    draft = get_agreement_draft_for_user(request.user, request.org, pk)
    try:
        negotiation.finalise(org=request.org, actor=request.user, draft=draft)
    except NegotiationError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Version %(n)s is final.") % {"n": draft.version})
    return redirect(negotiation_url(request, draft))
