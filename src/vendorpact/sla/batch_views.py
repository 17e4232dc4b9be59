"""Removing an imported file (a batch) again: a confirmation page, then one transaction."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from vendorpact.core.sla.imports import ExportFormatError
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.sla import services
from vendorpact.sla.access import get_sla_import_for_user
from vendorpact.sla.batches import batch_contents, can_remove
from vendorpact.sla.messages import text_for


def removed_text(removed) -> str:
    return _(
        "Import removed: %(tickets)s tickets, %(events)s status changes and %(downtimes)s "
        "outages deleted."
    ) % {"tickets": removed.tickets, "events": removed.events, "downtimes": removed.downtimes}


@org_view(Role.MEMBER)
def sla_import_remove(request, pk):
    sla_import = get_sla_import_for_user(request.user, request.org, pk)
    engagement = sla_import.engagement
    if not can_remove(sla_import):
        messages.error(request, text_for("import.not_removable"))
        return redirect("sla_import_preview", request.org.slug, sla_import.pk)
    if request.method == "POST":
        try:
            removed = services.remove_import(
                org=request.org, actor=request.user, sla_import=sla_import
            )
        except ExportFormatError as error:
            messages.error(request, text_for(error.code, detail=error.detail))
            return redirect("sla_import_preview", request.org.slug, sla_import.pk)
        messages.success(request, removed_text(removed))
        return redirect("sla_overview", request.org.slug, engagement.pk)
    return render(
        request,
        "sla/import_remove.html",
        {
            "engagement": engagement,
            "sla_import": sla_import,
            "contents": batch_contents(sla_import),
            "tab": "sla",
        },
    )
