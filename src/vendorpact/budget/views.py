from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from vendorpact.budget import services
from vendorpact.budget.access import get_budget_line_for_user, get_extra_cost_for_user
from vendorpact.budget.charts import budget_chart_svg
from vendorpact.budget.figures import EngagementBudget
from vendorpact.budget.forms import (
    BudgetLineForm,
    ExtraCostForm,
    InvoiceImportForm,
)
from vendorpact.budget.messages import text_for, warning_text
from vendorpact.budget.models import Invoice
from vendorpact.budget.prefill import proposal_rows, proposals_for
from vendorpact.common.paging import page_of, query_without_page
from vendorpact.core.errors import DomainError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role

INVOICES_PER_PAGE = 25


def _to_overview(request, engagement_pk, anchor=""):
    response = redirect("budget_overview", request.org.slug, engagement_pk)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


def _chart(figures) -> str:
    labels = {
        "budget": _("Budget"),
        "approved": _("Budget + approved extra costs"),
        "invoiced": _("Invoiced"),
    }
    return budget_chart_svg(figures.series(), labels)


@org_view()
def budget_overview(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    figures = EngagementBudget(engagement)
    summary = figures.summary()
    labels = figures.labels()
    lines_by_id = {str(line.pk): line for line in figures.lines}
    rows = [{"summary": s, "line": lines_by_id.get(s.budget_line_id or "")} for s in summary.lines]
    proposals, skipped = proposals_for(engagement)
    invoices = page_of(
        request,
        Invoice.objects.of_engagement(engagement).prefetch_related("lines"),
        INVOICES_PER_PAGE,
    )
    return render(
        request,
        "budget/overview.html",
        {
            "engagement": engagement,
            "summary": summary,
            "rows": rows,
            "warnings": [warning_text(w, labels) for w in summary.warnings],
            "extra_costs": figures.costs,
            "invoices": invoices,
            "query": query_without_page(request),
            "chart": _chart(figures),
            "procedure": services.agreed_procedure(engagement),
            "import_form": InvoiceImportForm(),
            "invoice_imports": engagement.invoice_imports.select_related("created_by")[:10],
            "proposals": proposal_rows(proposals),
            "skipped_amounts": skipped,
            "tab": "budget",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def budget_prefill(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    chosen = [int(value) for value in request.POST.getlist("proposal") if value.isdigit()]
    created = services.create_lines_from_contract(
        org=request.org, actor=request.user, engagement=engagement, chosen=chosen
    )
    messages.success(
        request,
        ngettext(
            "%(count)s budget line created from the contract.",
            "%(count)s budget lines created from the contract.",
            created,
        )
        % {"count": created},
    )
    return _to_overview(request, engagement.pk)


@org_view(Role.MEMBER)
def budget_line_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = BudgetLineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        line = services.create_budget_line(
            org=request.org, actor=request.user, engagement=engagement, data=form.cleaned_data
        )
        messages.success(request, _("Budget line “%(label)s” added.") % {"label": line.label})
        return _to_overview(request, engagement.pk, "lines")
    return render(
        request,
        "budget/form.html",
        {"form": form, "engagement": engagement, "tab": "budget", "heading": _("New budget line")},
    )


@org_view(Role.MEMBER)
def budget_line_edit(request, pk):
    line = get_budget_line_for_user(request.user, request.org, pk)
    form = BudgetLineForm(request.POST or None, instance=line)
    if request.method == "POST" and form.is_valid():
        services.update_budget_line(
            org=request.org, actor=request.user, line=line, data=form.cleaned_data
        )
        messages.success(request, _("Budget line saved."))
        return _to_overview(request, line.engagement_id, "lines")
    return render(
        request,
        "budget/form.html",
        {
            "form": form,
            "engagement": line.engagement,
            "tab": "budget",
            "heading": _("Edit budget line"),
        },
    )


@org_view(Role.MANAGER)
@require_POST
def budget_line_delete(request, pk):
    line = get_budget_line_for_user(request.user, request.org, pk)
    services.delete_budget_line(org=request.org, actor=request.user, line=line)
    messages.success(request, _("Budget line deleted."))
    return _to_overview(request, line.engagement_id, "lines")


@org_view(Role.MEMBER)
def extra_cost_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = ExtraCostForm(
        request.POST or None,
        engagement=engagement,
        initial={"reported_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        cost = services.create_extra_cost(
            org=request.org, actor=request.user, engagement=engagement, data=form.cleaned_data
        )
        messages.success(request, _("Extra cost “%(name)s” recorded.") % {"name": cost.description})
        return redirect("extra_cost_detail", request.org.slug, cost.pk)
    return render(
        request,
        "budget/form.html",
        {
            "form": form,
            "engagement": engagement,
            "tab": "budget",
            "heading": _("Report an extra cost"),
            "procedure": services.agreed_procedure(engagement),
            "show_procedure": True,
        },
    )


@org_view(Role.MEMBER)
def extra_cost_edit(request, pk):
    cost = get_extra_cost_for_user(request.user, request.org, pk)
    form = ExtraCostForm(request.POST or None, instance=cost, engagement=cost.engagement)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_extra_cost(
                org=request.org, actor=request.user, cost=cost, data=form.cleaned_data
            )
        except DomainError as error:
            form.add_error(None, text_for(error.code, **error.params))
        else:
            messages.success(request, _("Extra cost saved."))
            return redirect("extra_cost_detail", request.org.slug, cost.pk)
    return render(
        request,
        "budget/form.html",
        {
            "form": form,
            "engagement": cost.engagement,
            "tab": "budget",
            "heading": _("Edit extra cost"),
        },
    )


def _cost_context(cost, check=None):
    figures = EngagementBudget(cost.engagement)
    if check is None and cost.status == "reported":
        check = figures.approval_check(cost)
    labels = figures.labels()
    return {
        "cost": cost,
        "engagement": cost.engagement,
        "procedure": services.agreed_procedure(cost.engagement),
        "check": check,
        "check_warnings": [warning_text(w, labels) for w in check.warnings] if check else [],
        "cost_warnings": [
            warning_text(w, labels)
            for w in figures.summary().warnings
            if w.extra_cost_id == str(cost.pk)
        ],
        "invoice_lines": cost.invoice_lines.select_related("invoice"),
        "tab": "budget",
    }


@org_view()
def extra_cost_detail(request, pk):
    cost = get_extra_cost_for_user(request.user, request.org, pk)
    return render(request, "budget/extra_cost.html", _cost_context(cost))


@org_view(Role.MEMBER)
@require_POST
def extra_cost_approve(request, pk):
    cost = get_extra_cost_for_user(request.user, request.org, pk)
    try:
        services.approve_extra_cost(
            org=request.org,
            actor=request.user,
            cost=cost,
            confirm_over_budget=request.POST.get("confirm_over_budget") == "1",
        )
    except DomainError as error:
        if error.code == "budget.approval_over_budget":
            context = _cost_context(cost) | {"confirm": text_for(error.code, **error.params)}
            return render(request, "budget/extra_cost.html", context, status=409)
        messages.error(request, text_for(error.code, **error.params))
        return redirect("extra_cost_detail", request.org.slug, cost.pk)
    messages.success(request, _("Extra cost “%(name)s” approved.") % {"name": cost.description})
    return redirect("extra_cost_detail", request.org.slug, cost.pk)


def _status_view(request, pk, status, done_text):
    cost = get_extra_cost_for_user(request.user, request.org, pk)
    try:
        services.set_extra_cost_status(
            org=request.org, actor=request.user, cost=cost, status=status
        )
    except DomainError as error:
        messages.error(request, text_for(error.code, **error.params))
    else:
        messages.success(request, done_text % {"name": cost.description})
    return redirect("extra_cost_detail", request.org.slug, cost.pk)


@org_view(Role.MEMBER)
@require_POST
def extra_cost_reject(request, pk):
    return _status_view(request, pk, "rejected", _("Extra cost “%(name)s” rejected."))


@org_view(Role.MEMBER)
@require_POST
def extra_cost_invoiced(request, pk):
    return _status_view(request, pk, "invoiced", _("Extra cost “%(name)s” marked invoiced."))


@org_view(Role.MEMBER)
@require_POST
def extra_cost_reopen(request, pk):
    return _status_view(request, pk, "reported", _("Extra cost “%(name)s” reported again."))


@org_view(Role.MANAGER)
@require_POST
def extra_cost_delete(request, pk):
    cost = get_extra_cost_for_user(request.user, request.org, pk)
    services.delete_extra_cost(org=request.org, actor=request.user, cost=cost)
    messages.success(request, _("Extra cost deleted."))
    return _to_overview(request, cost.engagement_id, "extra-costs")
