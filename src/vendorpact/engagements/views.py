from django.contrib import messages
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.deletion import deletion_counts
from vendorpact.common.paging import page_of, query_without_page
from vendorpact.common.versioning import (
    StaleVersion,
    changed_values,
    refuse_stale_form,
    stale_message,
)
from vendorpact.core.checklist import coverage, items_by_area
from vendorpact.engagements import services
from vendorpact.engagements.access import get_document_for_user, get_engagement_for_user
from vendorpact.engagements.forms import ChecklistEntryForm, DocumentUploadForm, EngagementForm
from vendorpact.engagements.models import ChecklistStatus, Engagement, EngagementStatus
from vendorpact.engagements.overview import engagement_rows
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role

RUNNING = "running"  # the status filter for every engagement that has not ended
# The list's sort orders (?sort=...), each ending on a unique column so that pages do not
# overlap; the first is the default.
ENGAGEMENT_SORTS = {
    "new": ("-created_at", "-pk"),
    "title": ("title", "pk"),
    "supplier": ("supplier__name", "title", "pk"),
    "status": ("status", "title", "pk"),
    "start": ("start_date", "title", "pk"),
}


@org_view()
def engagement_list(request):
    engagements = Engagement.objects.for_user(request.user, request.org).with_related()
    status = request.GET.get("status", "")
    if status == RUNNING:
        engagements = engagements.running()
    elif status:
        engagements = engagements.filter(status=status)
    sort = request.GET.get("sort", "")
    if sort not in ENGAGEMENT_SORTS:
        sort = next(iter(ENGAGEMENT_SORTS))
    page = page_of(request, engagements.order_by(*ENGAGEMENT_SORTS[sort]))
    return render(
        request,
        "engagements/list.html",
        {
            "rows": engagement_rows(page.object_list),
            "page": page,
            "query": query_without_page(request),
            "status": status,
            "sort": sort,
            "status_choices": EngagementStatus.choices,
        },
    )


@org_view()
def engagement_detail(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    statuses = services.checklist_statuses(engagement)
    today = timezone.localdate()
    return render(
        request,
        "engagements/detail.html",
        {
            "engagement": engagement,
            "standing": engagement.terms_on(today),
            "advice": services.advice_for(engagement, today, checklist=statuses),
            "coverage": coverage(engagement.kind, statuses),
            "documents": engagement.documents.all(),
            "upload_form": DocumentUploadForm(),
            "tab": "overview",
        },
    )


@org_view(Role.MEMBER)
def engagement_create(request):
    initial = {"supplier": request.GET.get("supplier")} if request.GET.get("supplier") else {}
    form = EngagementForm(request.POST or None, org=request.org, initial=initial)
    if request.method == "POST" and form.is_valid():
        engagement = services.create_engagement(
            org=request.org, actor=request.user, data=form.cleaned_data
        )
        messages.success(request, _("Engagement created."))
        return redirect("engagement_detail", request.org.slug, engagement.pk)
    return render(request, "engagements/form.html", {"form": form})


@org_view(Role.MEMBER)
def engagement_edit(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = EngagementForm(request.POST or None, org=request.org, instance=engagement)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_engagement(
                org=request.org,
                actor=request.user,
                engagement=engagement,
                data=changed_values(form),
                expected_version=form.cleaned_data["version"],
            )
        except StaleVersion as stale:
            refuse_stale_form(form, stale)
        else:
            messages.success(request, _("Engagement saved."))
            return redirect("engagement_detail", request.org.slug, engagement.pk)
    return render(request, "engagements/form.html", {"form": form, "engagement": engagement})


@org_view(Role.MANAGER)
def engagement_delete(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    if request.method == "POST":
        services.delete_engagement(org=request.org, actor=request.user, engagement=engagement)
        messages.success(request, _("Engagement deleted."))
        return redirect("engagement_list", request.org.slug)
    context = {"engagement": engagement, "deletion_counts": deletion_counts(engagement)}
    return render(request, "engagements/confirm_delete.html", context)


def checklist_rows(engagement):
    entries = {entry.item_id: entry for entry in engagement.checklist_entries.all()}
    lang = (get_language() or "nl")[:2]
    return [
        {
            "area": area.label(lang),
            "items": [
                {
                    "item": item,
                    "label": item.label(lang),
                    "help": item.help_text(lang),
                    "expected": item.is_expected(engagement.kind),
                    "entry": entries.get(item.id),
                }
                for item in items
            ],
        }
        for area, items in items_by_area()
    ]


@org_view()
def checklist(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    statuses = services.checklist_statuses(engagement)
    return render(
        request,
        "engagements/checklist.html",
        {
            "engagement": engagement,
            "areas": checklist_rows(engagement),
            "coverage": coverage(engagement.kind, statuses),
            "statuses": ChecklistStatus.choices,
            "tab": "checklist",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def checklist_item(request, pk, item_id):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = ChecklistEntryForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Unknown status."), status=400)
    try:
        entry = services.set_checklist_entry(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            item_id=item_id,
            status=form.cleaned_data["status"],
            note=form.cleaned_data["note"] if "note" in request.POST else None,
            expected_version=form.cleaned_data["version"],
        )
    except ValueError:
        return HttpResponse(_("Unknown checklist item."), status=404)
    except StaleVersion as stale:
        return checklist_conflict(request, engagement, form, stale.current)
    if request.headers.get("HX-Request"):
        # the saved row with a "Saved" line, and the coverage line above the list (out of band)
        statuses = services.checklist_statuses(engagement)
        return render_checklist_row(
            request,
            engagement,
            checklist_row(engagement, entry.item_id),
            saved=True,
            coverage=coverage(engagement.kind, statuses),
        )
    return redirect("engagement_checklist", request.org.slug, engagement.pk)


def checklist_row(engagement, item_id: str) -> dict:
    return next(
        row
        for area in checklist_rows(engagement)
        for row in area["items"]
        if row["item"].id == item_id
    )


def render_checklist_row(request, engagement, row: dict, **extra):
    context = {"row": row, "engagement": engagement, "statuses": ChecklistStatus.choices}
    return render(request, "engagements/_checklist_row.html", context | extra)


def checklist_conflict(request, engagement, form, current):
    """Someone else set the item since the page was loaded: nothing is saved; the row shows
    the current status and note, what differs, and keeps the note being typed."""
    sent = {name: form.cleaned_data[name] for name in ("status", "note") if name in request.POST}
    differing = [name for name, value in sent.items() if getattr(current, name) != value]
    labels = {"status": _("Status"), "note": _("Note")}
    message = stale_message(current, labels, differing)
    if not request.headers.get("HX-Request"):
        messages.error(request, message)
        return redirect("engagement_checklist", request.org.slug, engagement.pk)
    row = checklist_row(engagement, current.item_id)
    row.update(conflict=message, draft_note=sent.get("note"))
    return render_checklist_row(request, engagement, row)


@org_view()
def document_download(request, pk):
    document = get_document_for_user(request.user, request.org, pk)
    # ?inline=1 opens a PDF in the browser, so that evidence links can jump to #page=N; other
    # types (supplier HTML above all) are always downloaded, never rendered in our origin.
    inline = request.GET.get("inline") == "1" and document.content_type == "application/pdf"
    return FileResponse(
        document.file.open("rb"),
        as_attachment=not inline,
        filename=document.original_name,
        content_type=document.content_type,
    )


@org_view(Role.MANAGER)
@require_POST
def document_delete(request, pk):
    document = get_document_for_user(request.user, request.org, pk)
    engagement_pk = document.engagement_id
    services.delete_document(org=request.org, actor=request.user, document=document)
    messages.success(request, _("Document deleted."))
    return redirect("engagement_detail", request.org.slug, engagement_pk)
