"""Tenant-scoped fetches of budget lines, extra costs, invoices and invoice imports (404 outside
the organisation)."""

from vendorpact.budget.models import BudgetLine, ExtraCost, Invoice, InvoiceImport
from vendorpact.orgs.access import get_object_for_user


def get_budget_line_for_user(user, org, pk) -> BudgetLine:
    return get_object_for_user(BudgetLine.objects.select_related("engagement"), user, org, pk)


def get_extra_cost_for_user(user, org, pk) -> ExtraCost:
    queryset = ExtraCost.objects.select_related("engagement__supplier", "budget_line")
    return get_object_for_user(queryset, user, org, pk)


def get_invoice_for_user(user, org, pk) -> Invoice:
    return get_object_for_user(
        Invoice.objects.select_related("engagement__supplier"), user, org, pk
    )


def get_invoice_import_for_user(user, org, pk) -> InvoiceImport:
    return get_object_for_user(
        InvoiceImport.objects.select_related("engagement", "created_by"), user, org, pk
    )
