"""Removing an imported invoice file (a batch) again: a confirmation page, then one
transaction."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from vendorpact.budget import invoicing
from vendorpact.budget.access import get_invoice_import_for_user
from vendorpact.budget.batches import batch_contents, can_remove
from vendorpact.budget.messages import text_for
from vendorpact.core.errors import DomainError
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role


@org_view(Role.MEMBER)
def invoice_import_remove(request, pk):
    batch = get_invoice_import_for_user(request.user, request.org, pk)
    engagement = batch.engagement
    if not can_remove(batch):
        messages.error(request, text_for("invoice.import_not_removable"))
        return redirect("budget_overview", request.org.slug, engagement.pk)
    if request.method == "POST":
        try:
            removed = invoicing.remove_invoice_import(
                org=request.org, actor=request.user, batch=batch
            )
        except DomainError as error:
            messages.error(request, text_for(error.code, **error.params))
        else:
            messages.success(
                request,
                _("Import removed: %(invoices)s invoices with %(lines)s lines deleted.")
                % {"invoices": removed.invoices, "lines": removed.lines},
            )
        return redirect("budget_overview", request.org.slug, engagement.pk)
    return render(
        request,
        "budget/invoice_import_remove.html",
        {
            "engagement": engagement,
            "batch": batch,
            "contents": batch_contents(batch),
            "tab": "budget",
        },
    )
