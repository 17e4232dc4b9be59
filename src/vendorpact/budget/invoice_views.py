"""Invoice pages: manual entry, UBL/CSV import, matching lines to the budget."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from vendorpact.budget import invoicing
from vendorpact.budget.access import get_invoice_for_user
from vendorpact.budget.batches import outside_engagement
from vendorpact.budget.figures import EngagementBudget
from vendorpact.budget.forms import InvoiceImportForm, ManualInvoiceForm, ManualInvoiceLineFormSet
from vendorpact.budget.invoice_tasks import import_invoice_csv
from vendorpact.budget.messages import (
    already_imported_text,
    earlier_import_text,
    outside_period_texts,
    text_for,
)
from vendorpact.budget.models import InvoiceImportState
from vendorpact.core.errors import DomainError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role

MAX_INVOICE_BYTES = 10 * 1024 * 1024


@org_view(Role.MEMBER)
def invoice_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = ManualInvoiceForm(request.POST or None)
    lines = ManualInvoiceLineFormSet(request.POST or None, prefix="lines")
    if request.method == "POST" and form.is_valid() and lines.is_valid():
        entered = [line for line in lines.cleaned_data if line.get("description")]
        try:
            invoice = invoicing.create_manual_invoice(
                org=request.org,
                actor=request.user,
                engagement=engagement,
                header=form.cleaned_data,
                lines=entered,
            )
        except DomainError as error:
            messages.error(request, text_for(error.code, **error.params))
        else:
            messages.success(request, _("Invoice %(number)s entered.") % {"number": invoice.number})
            return redirect("invoice_detail", request.org.slug, invoice.pk)
    return render(
        request,
        "budget/invoice_form.html",
        {"form": form, "lines": lines, "engagement": engagement, "tab": "budget"},
    )


def _import_file(request, engagement, uploaded):
    data = uploaded.read(MAX_INVOICE_BYTES + 1)
    if len(data) > MAX_INVOICE_BYTES:
        raise DomainError("invoice.too_large")
    name = uploaded.name.lower()
    if name.endswith(".xml"):
        invoice = invoicing.import_ubl(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            data=data,
            name=uploaded.name,
        )
        messages.success(
            request,
            _("E-invoice %(number)s imported: check the proposed matches and confirm them.")
            % {"number": invoice.number},
        )
        _report_period(request, outside_engagement(engagement, [invoice.issue_date]))
        return redirect("invoice_detail", request.org.slug, invoice.pk)
    if name.endswith(".csv") or name.endswith(".txt"):
        result = import_invoice_csv(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            data=data,
            name=uploaded.name,
        )
        if result.batch is not None and result.batch.state == InvoiceImportState.IMPORTING:
            messages.info(
                request,
                _(
                    "The file is large: it is imported in the background. This page shows "
                    "the progress."
                ),
            )
            if result.earlier is not None:
                messages.warning(request, earlier_import_text(result.earlier))
            return redirect("invoice_import_detail", request.org.slug, result.batch.pk)
        _report_csv(request, result)
        return redirect("budget_overview", request.org.slug, engagement.pk)
    raise DomainError("invoice.unsupported_file")


def _report_period(request, outside) -> None:
    for text in outside_period_texts(outside):
        messages.warning(
            request, text + " " + _("Imported all the same: check that they belong here.")
        )


def _report_csv(request, result) -> None:
    count = len(result.imported)
    messages.success(
        request,
        ngettext("%(count)s invoice imported.", "%(count)s invoices imported.", count)
        % {"count": count},
    )
    if result.earlier is not None:
        messages.warning(request, earlier_import_text(result.earlier))
    _report_period(request, result.outside)
    for number in result.duplicates:
        messages.error(
            request,
            _("Invoice %(number)s was already entered: skipped.") % {"number": number},
        )
    for error in result.row_errors:
        messages.error(
            request,
            _("Line %(line)s, column %(column)s (“%(value)s”): %(reason)s — invoice skipped.")
            % {
                "line": error.line,
                "column": error.column or "–",
                "value": error.value,
                "reason": text_for(error.code),
            },
        )


@org_view(Role.MEMBER)
@require_POST
def invoice_import(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = InvoiceImportForm(request.POST, request.FILES)
    if not form.is_valid():
        sent = request.FILES.get("file")
        if sent is not None and sent.size == 0:
            messages.error(request, _("The file is empty."))
        else:
            messages.error(request, _("Choose a UBL/Peppol XML file or a CSV file."))
        return redirect("budget_overview", request.org.slug, engagement.pk)
    uploaded = form.cleaned_data["file"]
    try:
        return _import_file(request, engagement, uploaded)
    except DomainError as error:
        messages.error(
            request,
            _("“%(name)s” was not imported: %(reason)s")
            % {"name": uploaded.name, "reason": text_for(error.code, **error.params)},
        )
        if "imported_on" in error.params:
            messages.warning(
                request,
                already_imported_text(error.params["imported_on"], error.params["imported_by"]),
            )
        return redirect("budget_overview", request.org.slug, engagement.pk)


def _targets(figures):
    """(value, label) choices: budget lines, then extra costs that are not rejected."""
    choices = [(f"budget_line:{line.pk}", line.label) for line in figures.lines]
    choices += [
        (f"extra_cost:{cost.pk}", _("Extra cost: %(name)s") % {"name": cost.description})
        for cost in figures.costs
        if cost.status != "rejected"
    ]
    return choices


@org_view()
def invoice_detail(request, pk):
    invoice = get_invoice_for_user(request.user, request.org, pk)
    figures = EngagementBudget(invoice.engagement)
    lines = invoice.lines.select_related("budget_line", "extra_cost")
    return render(
        request,
        "budget/invoice.html",
        {
            "invoice": invoice,
            "engagement": invoice.engagement,
            "lines": lines,
            "targets": _targets(figures),
            "warnings": [text_for(code) for code in invoice.warning_codes],
            "reasons": {
                line.pk: ", ".join(text_for(code) for code in line.match_reasons) for line in lines
            },
            "tab": "budget",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def invoice_match(request, pk):
    invoice = get_invoice_for_user(request.user, request.org, pk)
    targets = {
        line.pk: request.POST.get(f"line-{line.pk}", "")
        for line in invoice.lines.all()
        if f"line-{line.pk}" in request.POST
    }
    try:
        count = invoicing.match_invoice(
            org=request.org, actor=request.user, invoice=invoice, targets=targets
        )
    except DomainError as error:
        messages.error(request, text_for(error.code, **error.params))
    else:
        messages.success(
            request,
            ngettext("%(count)s line matched.", "%(count)s lines matched.", count)
            % {"count": count},
        )
    return redirect("invoice_detail", request.org.slug, invoice.pk)


@org_view(Role.MANAGER)
@require_POST
def invoice_delete(request, pk):
    invoice = get_invoice_for_user(request.user, request.org, pk)
    invoicing.delete_invoice(org=request.org, actor=request.user, invoice=invoice)
    messages.success(request, _("Invoice deleted."))
    return redirect("budget_overview", request.org.slug, invoice.engagement_id)
