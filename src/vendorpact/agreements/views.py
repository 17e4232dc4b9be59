"""The engagement's Agreement tab: what the draft settles, the pre-filled terms, the missing
values, the saved versions and their DOCX/PDF downloads."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from vendorpact.agreements import services
from vendorpact.agreements.access import get_agreement_draft_for_user
from vendorpact.agreements.downloads import draft_response
from vendorpact.agreements.forms import AgreementForm
from vendorpact.agreements.models import AgreementDraft, Mode
from vendorpact.agreements.prefill import items_to_settle, prefill_terms
from vendorpact.core.agreements import OPTIONS_BY_ID
from vendorpact.core.checklist import ITEMS_BY_ID
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view, require_role
from vendorpact.orgs.models import Role

SOURCE_LABELS = {
    "organisation": gettext_lazy("organisation settings"),
    "supplier": gettext_lazy("supplier register"),
    "contact": gettext_lazy("supplier's first contact"),
    "engagement": gettext_lazy("engagement"),
    "budget": gettext_lazy("budget"),
    "planning": gettext_lazy("planning"),
    "team": gettext_lazy("team"),
    "sla": gettext_lazy("service levels"),
    "analysis": gettext_lazy("contract analysis"),
}
REQUIRED_FOR = "required for "
NO_ITEMS = "an addendum needs the item ids it settles"  # core.agreements.generator
# fields of terms.json the form does not show: filled on the other tabs
LIST_LABELS = {
    "support": gettext_lazy("Support hours and channels (service levels tab, phone or e-mail)"),
    "priorities": gettext_lazy("Response and resolution times (service levels tab)"),
    "availability": gettext_lazy("Availability (service levels tab)"),
    "service_credits.steps": gettext_lazy("Service credit steps (service levels tab)"),
    "milestones": gettext_lazy("Milestones (planning tab)"),
    "team": gettext_lazy("Team (team tab)"),
    "prices.rates": gettext_lazy("Rates (budget tab)"),
    "scope.included": gettext_lazy("Included scope (budget tab)"),
    "scope.excluded": gettext_lazy("Excluded scope (budget tab)"),
    "items": gettext_lazy("Checklist items the addendum settles"),
}


def _ui_lang() -> str:
    return (get_language() or "nl")[:2]


def describe_problem(problem, form: AgreementForm, lang: str) -> dict:
    """A problem as the page shows it: the field's label (or its place in terms.json) and what
    to do."""
    label = form.label_of(problem.field) or str(LIST_LABELS.get(problem.field, problem.field))
    reason = problem.reason
    if reason.startswith(REQUIRED_FOR):
        item = ITEMS_BY_ID.get(reason[len(REQUIRED_FOR) :])
        if item is not None:
            reason = _("fill this in: the article on “%(item)s” needs it") % {
                "item": item.label(lang)
            }
    elif problem.field == "items" and reason == NO_ITEMS:
        reason = _("no expected checklist item is missing or partial")
    return {"field": problem.field, "label": label, "reason": reason}


def _with_items(terms: dict, engagement, mode: str) -> dict:
    terms = dict(terms)
    terms.pop("items", None)
    if mode == Mode.ADDENDUM:
        terms["items"] = items_to_settle(engagement, mode)
    return terms


def _item_rows(engagement, item_ids: list[str], lang: str) -> list[dict]:
    statuses = {e.item_id: e for e in engagement.checklist_entries.all()}
    return [
        {
            "id": item_id,
            "label": ITEMS_BY_ID[item_id].label(lang),
            "entry": statuses.get(item_id),
        }
        for item_id in item_ids
    ]


def _source_rows(form: AgreementForm, sources: dict) -> list:
    rows = []
    for title, fields in form.groups():
        path_fields = [
            (bound, SOURCE_LABELS.get(sources.get(bound.name.replace("__", "."), ""), ""))
            for bound in fields
        ]
        rows.append((title, path_fields))
    return rows


@org_view()
def agreement_tab(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    lang = _ui_lang()
    found = prefill_terms(engagement, as_of=timezone.localdate())
    data = request.POST if request.method == "POST" else None
    if data is not None:
        require_role(request.membership, Role.MEMBER)
    mode = (data or request.GET).get("mode", Mode.FULL)
    mode = mode if mode in Mode.values else Mode.FULL
    language = (data or request.GET).get("language", lang)
    form = AgreementForm(
        data,
        terms=found.terms,
        ui_lang=lang,
        initial={"mode": mode, "language": language if language in ("nl", "en", "fr") else "nl"},
    )
    terms = _with_items(found.terms, engagement, mode)
    problems = []
    if data is not None and form.is_valid():
        language = form.cleaned_data["language"]
        terms = _with_items(form.terms_from_input(), engagement, mode)
        if "save" in data:
            try:
                draft = services.create_draft(
                    org=request.org,
                    engagement=engagement,
                    actor=request.user,
                    mode=mode,
                    language=language,
                    terms=terms,
                )
            except services.AgreementProblems as refused:
                problems = refused.problems
            else:
                messages.success(request, _("Version %(n)s saved.") % {"n": draft.version})
                return redirect("agreement_tab", request.org.slug, engagement.pk)
        else:
            problems = services.check_terms(terms, language=language, mode=mode)
    elif data is None:
        language = form.initial["language"]
        problems = services.check_terms(terms, language=language, mode=mode)
    item_ids = (
        terms.get("items", []) if mode == Mode.ADDENDUM else items_to_settle(engagement, mode)
    )
    return render(
        request,
        "agreements/tab.html",
        {
            "engagement": engagement,
            "tab": "agreement",
            "form": form,
            "mode": mode,
            "items": _item_rows(engagement, item_ids, lang),
            "problems": [describe_problem(p, form, lang) for p in problems],
            "groups": _source_rows(form, found.sources),
            "options": _option_rows(form, lang),
            "known": terms,
            "drafts": AgreementDraft.objects.of_engagement(engagement).select_related("created_by"),
        },
    )


def _option_rows(form: AgreementForm, lang: str) -> list[dict]:
    rows = []
    for bound in form.option_fields():
        option_id = bound.name.removeprefix("option__")
        option = OPTIONS_BY_ID[option_id]
        rows.append(
            {
                "field": bound,
                "effects": [
                    (choice.labels.get(lang, choice.labels["en"]), choice.effects.get(lang, ""))
                    for choice in option.choices
                ],
            }
        )
    return rows


def _download(request, pk, fmt: str) -> HttpResponse:
    # the draft is looked up first: a foreign id answers 404 whatever the method
    draft = get_agreement_draft_for_user(request.user, request.org, pk)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return draft_response(draft, fmt)


@org_view()
def agreement_draft_docx(request, pk):
    return _download(request, pk, "docx")


@org_view()
def agreement_draft_pdf(request, pk):
    return _download(request, pk, "pdf")
