"""SLA pages of an engagement: overview, terms, tickets, imports, claim letter."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.messages import import_failed_text, import_progress_text
from vendorpact.common.storage_files import local_copy
from vendorpact.core.sla.imports import ColumnMapping, ExportFormatError
from vendorpact.core.sla.policy import PolicyError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.sla import services
from vendorpact.sla.access import get_sla_import_for_user, get_ticket_for_user
from vendorpact.sla.charts import cached_compliance_chart_svg
from vendorpact.sla.figures import EngagementSla, evaluate_one
from vendorpact.sla.forms import (
    ColumnMappingForm,
    DowntimeUploadForm,
    PriorityMappingForm,
    TermsForms,
    TicketUploadForm,
)
from vendorpact.sla.importing import read_header
from vendorpact.sla.letter import (
    default_month,
    letter_context,
    letter_pdf,
    missing_data,
    valid_month,
)
from vendorpact.sla.messages import (
    TEXTS,
    earlier_import_text,
    outside_period_texts,
    row_error_text,
    text_for,
)
from vendorpact.sla.models import ImportKind, ImportState, SlaImport
from vendorpact.sla.prefill import proposal_for
from vendorpact.sla.preview_summary import preview_summary, summary_or_queue
from vendorpact.sla.queries import TicketFilters

TICKETS_PER_PAGE = 50


def _lang() -> str:
    return (get_language() or "nl")[:2]


def _require_edit(request) -> None:
    if request.method == "POST" and not request.membership.can_edit:
        raise PermissionDenied


def chart_labels() -> dict[str, str]:
    return {
        "response": _("Response within target (%)"),
        "resolution": _("Resolution within target (%)"),
        "availability": _("Availability (%)"),
        "target": _("Availability target"),
    }


@org_view()
def sla_overview(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    sla = EngagementSla(engagement)
    availability = sla.policy.availability if sla.policy else None
    target = availability.target_percent if availability else None
    return render(
        request,
        "sla/overview.html",
        {
            "engagement": engagement,
            "sla": sla,
            "months": sla.months,
            "chart": cached_compliance_chart_svg(sla.months, target, chart_labels()),
            "breaches": sla.latest_breaches(50),
            "breach_count": sla.breach_count,
            "imports": engagement.sla_imports.all()[:10],
            "tab": "sla",
        },
    )


@org_view()
def sla_terms(request, pk):
    _require_edit(request)
    engagement = get_engagement_for_user(request.user, request.org, pk)
    terms = getattr(engagement, "sla_terms", None)
    proposal = None if terms else proposal_for(engagement)
    if terms:
        forms = TermsForms(request.POST or None, terms.policy, terms.monthly_fee)
    else:
        forms = TermsForms(request.POST or None, proposal.policy, proposal.monthly_fee)
    if request.method == "POST" and forms.is_valid():
        source = ""
        document = None
        if proposal and proposal.analysis:
            document = proposal.analysis.document
            source = _("contract analysis of “%(name)s”") % {"name": document.original_name}
        services.save_terms(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            policy=forms.policy,
            monthly_fee=forms.monthly_fee,
            prefilled_from=source,
            document=document,
        )
        messages.success(request, _("SLA terms saved."))
        return redirect("sla_overview", request.org.slug, engagement.pk)
    return render(
        request,
        "sla/terms.html",
        {
            "engagement": engagement,
            "terms": terms,
            "proposal": proposal,
            "forms": forms,
            "tab": "sla",
        },
    )


@org_view()
def sla_tickets(request, pk):
    """The stored results, filtered and paged by the database (newest ticket first)."""
    engagement = get_engagement_for_user(request.user, request.org, pk)
    sla = EngagementSla(engagement)
    filters = TicketFilters.from_query(request.GET)
    page = Paginator(sla.filtered(filters), TICKETS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "sla/tickets.html",
        {
            "engagement": engagement,
            "sla": sla,
            "page": page,
            "rows": sla.rows(page.object_list),
            "count": page.paginator.count,
            "filters": filters,
            "query": filters.query_string(),
            "priorities": list(sla.policy.priorities) if sla.policy else [],
            "month_choices": sla.ticket_months(),
            "tab": "sla",
        },
    )


def _stage(request, engagement, form, kind: str):
    data = form.cleaned_data
    try:
        sla_import = services.stage_import(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            kind=kind,
            uploaded=data["file"],
            events_uploaded=data.get("events_file"),
            zone=data["timezone"],
            day_first=data["day_first"],
        )
    except ExportFormatError as error:
        messages.error(request, text_for(error.code, detail=error.detail))
        return None
    return redirect("sla_import_preview", request.org.slug, sla_import.pk)


def _upload_initial(engagement, sla) -> dict:
    zone = sla.policy.calendar.timezone if sla.policy else "Europe/Brussels"
    stored = getattr(engagement.supplier, "sla_column_mapping", None)
    if stored is not None:
        return {"timezone": stored.timezone, "day_first": stored.day_first}
    return {"timezone": zone, "day_first": True}


@org_view()
def sla_ticket_import(request, pk):
    _require_edit(request)
    engagement = get_engagement_for_user(request.user, request.org, pk)
    sla = EngagementSla(engagement)
    form = TicketUploadForm(
        request.POST or None, request.FILES or None, initial=_upload_initial(engagement, sla)
    )
    if request.method == "POST" and form.is_valid():
        response = _stage(request, engagement, form, ImportKind.TICKETS)
        if response is not None:
            return response
    return render(
        request,
        "sla/import_form.html",
        {
            "engagement": engagement,
            "sla": sla,
            "form": form,
            "kind": "tickets",
            "imports": engagement.sla_imports.filter(kind=ImportKind.TICKETS)[:10],
            "tab": "sla",
        },
    )


@org_view()
def sla_downtime(request, pk):
    _require_edit(request)
    engagement = get_engagement_for_user(request.user, request.org, pk)
    sla = EngagementSla(engagement)
    form = DowntimeUploadForm(
        request.POST or None, request.FILES or None, initial=_upload_initial(engagement, sla)
    )
    if request.method == "POST" and form.is_valid():
        response = _stage(request, engagement, form, ImportKind.DOWNTIME)
        if response is not None:
            return response
    return render(
        request,
        "sla/downtime.html",
        {
            "engagement": engagement,
            "sla": sla,
            "form": form,
            "downtimes": sla.downtimes[::-1],
            "imports": engagement.sla_imports.filter(kind=ImportKind.DOWNTIME)[:10],
            "tab": "sla",
        },
    )


@org_view()
def sla_import_preview(request, pk):
    sla_import = get_sla_import_for_user(request.user, request.org, pk)
    engagement = sla_import.engagement
    context = {"engagement": engagement, "sla_import": sla_import, "tab": "sla"}
    if sla_import.state != ImportState.PREVIEW:
        context["bad_rows"] = [row | {"text": row_error_text(row)} for row in sla_import.skipped]
        context["bad_count"] = len(sla_import.skipped)
        context["progress"] = import_progress_text(sla_import.rows_done, sla_import.rows_total)
        if sla_import.state == ImportState.FAILED:
            context["failure"] = import_failed_text(
                sla_import.error_code, sla_import.imported + sla_import.events_imported, TEXTS
            )
        return render(request, "sla/import_preview.html", context)
    try:
        preview = summary_or_queue(sla_import)
    except ExportFormatError as error:
        context["problem"] = text_for(error.code, detail=error.detail)
        return render(request, "sla/import_preview.html", context)
    if preview is None:  # a large file, being read by the worker
        context["reading"] = import_progress_text(0, 0)
        return render(request, "sla/import_preview.html", context)
    context["preview"] = preview
    context["bad_count"] = preview.bad_count
    context["earlier_text"] = earlier_import_text(preview.earlier) if preview.earlier else ""
    context["period_warnings"] = outside_period_texts(preview.outside)
    context["bad_rows"] = [row | {"text": row_error_text(row)} for row in preview.bad_rows]
    if preview.needs_mapping:
        context["mapping_form"] = ColumnMappingForm(header=preview.header)
    elif preview.unknown_priorities:
        terms = engagement.sla_terms
        context["priority_form"] = PriorityMappingForm(
            values=preview.unknown_priorities, priorities=list(terms.policy["priorities"])
        )
    return render(request, "sla/import_preview.html", context)


class AlreadyHandled(Exception):
    def __init__(self, sla_import: SlaImport) -> None:
        self.sla_import = sla_import


def _editable_import(request, pk) -> SlaImport:
    """The import, if it still waits for a choice (a second click finds it handled)."""
    sla_import = get_sla_import_for_user(request.user, request.org, pk)
    if sla_import.state != ImportState.PREVIEW:
        raise AlreadyHandled(sla_import)
    return sla_import


def _handled_once(view):
    @wraps(view)
    def wrapper(request, pk):
        try:
            return view(request, pk)
        except AlreadyHandled as handled:
            messages.info(request, text_for("import.already_done"))
            return redirect("sla_import_preview", request.org.slug, handled.sla_import.pk)

    return wrapper


@org_view(Role.MEMBER)
@require_POST
@_handled_once
def sla_import_mapping(request, pk):
    sla_import = _editable_import(request, pk)
    try:
        with local_copy(sla_import.file) as path:
            header = read_header(path)
    except ExportFormatError as error:
        messages.error(request, text_for(error.code, detail=error.detail))
        return redirect("sla_import_preview", request.org.slug, sla_import.pk)
    form = ColumnMappingForm(request.POST, header=header)
    if not form.is_valid():
        messages.error(request, _("Choose the columns for ticket number, created and priority."))
        return redirect("sla_import_preview", request.org.slug, sla_import.pk)
    mapping = ColumnMapping(**form.cleaned_data, day_first=sla_import.day_first, format="custom")
    services.remember_mapping(
        org=request.org,
        actor=request.user,
        supplier=sla_import.engagement.supplier,
        mapping=mapping,
        zone=sla_import.timezone,
        day_first=sla_import.day_first,
    )
    messages.success(request, _("Column mapping remembered for this supplier."))
    return redirect("sla_import_preview", request.org.slug, sla_import.pk)


@org_view(Role.MEMBER)
@require_POST
@_handled_once
def sla_import_priorities(request, pk):
    sla_import = _editable_import(request, pk)
    engagement = sla_import.engagement
    try:
        preview = preview_summary(sla_import)
    except ExportFormatError as error:
        messages.error(request, text_for(error.code, detail=error.detail))
        return redirect("sla_import_preview", request.org.slug, sla_import.pk)
    form = PriorityMappingForm(
        request.POST,
        values=preview.unknown_priorities,
        priorities=list(engagement.sla_terms.policy["priorities"]),
    )
    if form.is_valid():
        try:
            services.map_priorities(
                org=request.org, actor=request.user, engagement=engagement, mapping=form.mapping()
            )
            messages.success(request, _("Priority values mapped onto the contract's priorities."))
        except PolicyError as error:
            messages.error(request, text_for(error.code, detail=error.detail))
    return redirect("sla_import_preview", request.org.slug, sla_import.pk)


@org_view(Role.MEMBER)
@require_POST
@_handled_once
def sla_import_confirm(request, pk):
    sla_import = _editable_import(request, pk)
    engagement = sla_import.engagement
    try:
        if request.POST.get("mode") == "good_rows":
            done = services.confirm_import(
                org=request.org, actor=request.user, sla_import=sla_import, mode="good_rows"
            )
            if done.state == ImportState.IMPORTING:
                messages.info(
                    request,
                    _(
                        "The file is large: it is imported in the background. This page shows "
                        "the progress."
                    ),
                )
                return redirect("sla_import_preview", request.org.slug, sla_import.pk)
            messages.success(
                request,
                _("%(imported)s new, %(updated)s updated, %(skipped)s rows skipped.")
                % {
                    "imported": done.imported,
                    "updated": done.updated,
                    "skipped": len(done.skipped),
                },
            )
        else:
            services.cancel_import(org=request.org, actor=request.user, sla_import=sla_import)
            messages.success(request, _("Nothing was imported."))
    except ExportFormatError as error:
        messages.error(request, text_for(error.code, detail=error.detail))
        return redirect("sla_import_preview", request.org.slug, sla_import.pk)
    return redirect("sla_overview", request.org.slug, engagement.pk)


LETTER_LANGUAGES = ("nl", "en", "fr")


def _letter(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    sla = EngagementSla(engagement)
    label = request.GET.get("month") or default_month(sla)
    if sla.policy is None or not label or not valid_month(label) or sla.month(label) is None:
        raise Http404
    lang = request.GET.get("lang") if request.GET.get("lang") in LETTER_LANGUAGES else _lang()
    return engagement, sla, label, lang


@org_view()
def sla_claim_letter(request, pk):
    engagement, sla, label, lang = _letter(request, pk)
    with translation.override(lang):
        letter = letter_context(sla, label, request.user, lang, timezone.localdate())
        body = render_to_string("sla/_letter.html", letter, request=request)
    return render(
        request,
        "sla/letter.html",
        {
            "engagement": engagement,
            "letter_html": body,
            "month": label,
            "lang": lang,
            "months": [row.month for row in sla.months],
            "missing": missing_data(request.org, engagement.supplier),
            "tab": "sla",
        },
    )


@org_view()
def sla_claim_pdf(request, pk):
    engagement, sla, label, lang = _letter(request, pk)
    with translation.override(lang):
        pdf = letter_pdf(letter_context(sla, label, request.user, lang, timezone.localdate()))
        name = _("service-credit-%(supplier)s-%(month)s.pdf") % {
            "supplier": engagement.supplier.name,
            "month": label,
        }
    response = HttpResponse(pdf, content_type="application/pdf")
    name = name.replace(" ", "-")
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@org_view()
def sla_ticket_detail(request, pk):
    ticket = get_ticket_for_user(request.user, request.org, pk)
    engagement = ticket.engagement
    sla = EngagementSla(engagement)
    row = evaluate_one(sla, ticket)
    zone = sla.policy.calendar.zone if sla.policy else None
    return render(
        request,
        "sla/ticket.html",
        {
            "engagement": engagement,
            "ticket": ticket,
            "row": row,
            "response_due": row.result.due_datetime("response", zone) if row else None,
            "resolution_due": row.result.due_datetime("resolution", zone) if row else None,
            "events": ticket.events.all(),
            "tab": "sla",
        },
    )
