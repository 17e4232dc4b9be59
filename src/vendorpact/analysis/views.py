from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.analysis import services
from vendorpact.analysis.models import Analysis
from vendorpact.common.messages import upload_refused
from vendorpact.core.contracts.amounts import purpose_of
from vendorpact.core.contracts.questions import build_questions
from vendorpact.core.contracts.report import FIGURE_LABELS, render_html, render_markdown
from vendorpact.core.uploads import UploadError
from vendorpact.engagements.access import get_document_for_user, get_engagement_for_user
from vendorpact.engagements.forms import DocumentUploadForm
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role

LANG_INDEX = {"en": 0, "nl": 1, "fr": 2}
AMOUNT_KINDS = {
    "one_off": gettext_lazy("one-off"),
    "recurring": gettext_lazy("recurring"),
    "rate": gettext_lazy("rate"),
    "total": gettext_lazy("total"),
    "amount": gettext_lazy("amount"),
}
AMOUNT_PURPOSES = {
    "price": gettext_lazy("Price"),
    "fee": gettext_lazy("Fee"),
    "rate": gettext_lazy("Rate"),
    "cap": gettext_lazy("Liability cap"),
    "penalty": gettext_lazy("Penalty"),
    "credit": gettext_lazy("Service credit"),
    "insurance": gettext_lazy("Insured sum"),
    "threshold": gettext_lazy("Threshold"),
    "deposit": gettext_lazy("Deposit or guarantee"),
    "other": gettext_lazy("Amount"),
}
PERIODS = {
    "month": gettext_lazy("per month"),
    "quarter": gettext_lazy("per quarter"),
    "year": gettext_lazy("per year"),
    "week": gettext_lazy("per week"),
}


def _lang() -> str:
    return (get_language() or "nl")[:2]


def figure_rows(figures: dict, lang: str) -> list[dict]:
    evidence = figures.get("evidence", {})
    rows = [
        {
            "label": labels[LANG_INDEX.get(lang, 0)],
            "value": figures[key],
            "evidence": evidence.get(key),
        }
        for key, labels in FIGURE_LABELS.items()
        if figures.get(key) is not None
    ]
    return rows


def amount_row(amount: dict) -> dict:
    """The amount with what it is ("Liability cap") and, where they add something, its kind
    and period ("one-off", "per month")."""
    purpose = purpose_of(amount)
    kind = amount.get("kind")
    details = (
        [AMOUNT_KINDS[kind]] if kind in AMOUNT_KINDS and kind not in ("amount", purpose) else []
    )
    if amount.get("period") in PERIODS:
        details.append(PERIODS[amount["period"]])
    return {
        **amount,
        "purpose_label": AMOUNT_PURPOSES.get(purpose, AMOUNT_PURPOSES["other"]),
        "details": details,
    }


def engagement_summary(engagement, lang: str) -> dict:
    """Risks, figures and questions over all analysed documents of the engagement."""
    analyses = list(engagement.analyses.select_related("document"))
    done = [a for a in analyses if a.state == "done"]
    risks: dict[str, dict] = {}
    for analysis in done:
        for risk in analysis.result["risks"]:
            risks.setdefault(risk["id"], {**risk, "document": analysis.document})
    best = services.best_findings(engagement)
    items = [
        {"id": item_id, "status": f["status"], "evidence": f["evidence"], "expected": f["expected"]}
        for item_id, f in best.items()
    ]
    expected_ids = {i["id"] for i in items if i["expected"]}
    for item in items:
        item["expected"] = item["id"] in expected_ids
    return {
        "analyses": analyses,
        "risks": list(risks.values()),
        "documents": [
            {
                "analysis": a,
                "figures": figure_rows(a.result["figures"], lang),
                "amounts": [
                    amount_row(amount) for amount in a.result["figures"].get("amounts", [])[:10]
                ],
                "response_times": a.result["figures"].get("response_times", []),
                "resolution_times": a.result["figures"].get("resolution_times", []),
                "liability_cap": a.result["figures"].get("liability_cap"),
            }
            for a in done
        ],
        "questions": build_questions(items, list(risks.values()), lang),
    }


@org_view()
def analysis_overview(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    context = engagement_summary(engagement, _lang())
    unanalysed = engagement.documents.filter(analysis__isnull=True)
    return render(
        request,
        "analysis/overview.html",
        {
            **context,
            "engagement": engagement,
            "unanalysed": unanalysed,
            "tab": "analysis",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def analyse_document(request, pk):
    document = get_document_for_user(request.user, request.org, pk)
    analysis = services.request_analysis(org=request.org, actor=request.user, document=document)
    analysis.refresh_from_db()
    if analysis.is_busy:
        messages.info(
            request,
            _("“%(name)s” is being analysed; this page updates by itself.")
            % {"name": document.original_name},
        )
    return redirect("analysis_overview", request.org.slug, document.engagement_id)


@org_view()
def analysis_state(request, pk):
    document = get_document_for_user(request.user, request.org, pk)
    analysis = Analysis.objects.filter(document=document).first()
    if analysis is None:
        raise Http404
    response = render(request, "analysis/_state.html", {"analysis": analysis})
    if not analysis.is_busy and request.headers.get("HX-Request"):
        response["HX-Refresh"] = "true"
    return response


def _done_analysis(request, pk) -> Analysis:
    document = get_document_for_user(request.user, request.org, pk)
    analysis = Analysis.objects.filter(document=document, state="done").first()
    if analysis is None:
        raise Http404
    return analysis


@org_view()
def report_html(request, pk):
    analysis = _done_analysis(request, pk)
    return HttpResponse(render_html(analysis.result, _lang()), content_type="text/html")


@org_view()
def report_markdown(request, pk):
    analysis = _done_analysis(request, pk)
    response = HttpResponse(
        render_markdown(analysis.result, _lang()), content_type="text/markdown; charset=utf-8"
    )
    name = analysis.document.original_name.rsplit(".", 1)[0]
    response["Content-Disposition"] = content_disposition_header(
        True, _("%(name)s-analysis.md") % {"name": name}
    )
    return response


@org_view(Role.MEMBER)
@require_POST
def document_upload(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = DocumentUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a file and a document kind."))
        return redirect("engagement_detail", request.org.slug, engagement.pk)
    try:
        upload = services.upload_and_analyse(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            uploaded=form.cleaned_data["file"],
            kind=form.cleaned_data["kind"],
        )
    except UploadError as error:
        messages.error(request, upload_refused(form.cleaned_data["file"].name, error))
        return redirect("engagement_detail", request.org.slug, engagement.pk)
    name = upload.document.original_name
    messages.success(request, _("“%(name)s” uploaded.") % {"name": name})
    if upload.analysis is not None:
        return redirect("analysis_overview", request.org.slug, engagement.pk)
    return redirect("engagement_detail", request.org.slug, engagement.pk)
