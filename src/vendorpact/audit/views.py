"""The audit trail pages (managers and owners): per engagement and for the organisation, as CSV,
and restoring a deleted row."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from vendorpact.audit.trail import (
    RestoreError,
    changes_of,
    entries_for_engagement,
    entries_for_organisation,
    get_entry_for_org,
    restorable,
    restore_deleted,
    trail_csv,
)
from vendorpact.common.messages import text_for
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role

PAGE_SIZE = 50


def _rows(entries, page_number):
    page = Paginator(entries, PAGE_SIZE).get_page(page_number)
    now = timezone.now()
    rows = [
        {"entry": entry, "changes": changes_of(entry), "restorable": restorable(entry, now)}
        for entry in page.object_list
    ]
    return page, rows


@org_view(Role.MANAGER)
def engagement_audit(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    page, rows = _rows(entries_for_engagement(request.org, engagement), request.GET.get("page"))
    context = {"engagement": engagement, "page": page, "rows": rows, "tab": "audit"}
    return render(request, "audit/engagement_audit.html", context)


@org_view(Role.MANAGER)
def organisation_audit(request):
    page, rows = _rows(entries_for_organisation(request.org), request.GET.get("page"))
    return render(request, "audit/organisation_audit.html", {"page": page, "rows": rows})


@org_view(Role.MANAGER)
def organisation_audit_csv(request):
    body = trail_csv(entries_for_organisation(request.org).iterator(chunk_size=2000))
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    name = f"vendorpact-audit-{request.org.slug}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@org_view(Role.MANAGER)
@require_POST
def restore_entry(request, pk):
    entry = get_entry_for_org(request.org, pk)
    try:
        row = restore_deleted(org=request.org, actor=request.user, entry=entry)
    except RestoreError as error:
        messages.error(request, text_for(error.code))
    else:
        messages.success(request, text_for("audit.restored", name=str(row)))
    return redirect("organisation_audit", request.org.slug)
