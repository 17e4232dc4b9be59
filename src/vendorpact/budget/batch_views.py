"""Removing an imported invoice file (a batch) again: a confirmation page, then one
transaction."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from vendorpact.budget import invoicing
from vendorpact.budget.access import get_invoice_import_for_user
from vendorpact.budget.batches import batch_contents, can_remove
from vendorpact.budget.messages import TEXTS, text_for
from vendorpact.budget.models import InvoiceImportState
from vendorpact.common.messages import import_failed_text, import_progress_text
from vendorpact.core.errors import DomainError
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role


def problem_text(problem: dict) -> str:
    if "number" in problem:
        return _("Invoice %(number)s was already entered: skipped.") % problem
    return _("Line %(line)s, column %(column)s (“%(value)s”): %(reason)s — invoice skipped.") % {
        "line": problem["line"],
        "column": problem["column"] or "–",
        "value": problem["value"],
        "reason": text_for(problem["code"]),
    }


@org_view()
def invoice_import_detail(request, pk):
    """One imported file: its state, the progress while the worker imports it (the page
    refreshes itself), then what it added and what it skipped."""
    batch = get_invoice_import_for_user(request.user, request.org, pk)
    failure = ""
    if batch.state == InvoiceImportState.FAILED:
        failure = import_failed_text(batch.error_code, batch.invoices_added, TEXTS)
    return render(
        request,
        "budget/invoice_import.html",
        {
            "engagement": batch.engagement,
            "batch": batch,
            "progress": import_progress_text(batch.rows_done, batch.rows_total),
            "failure": failure,
            "problems": [problem_text(problem) for problem in batch.problems],
            "removable": can_remove(batch),
            "tab": "budget",
        },
    )


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
