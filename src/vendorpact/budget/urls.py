from django.urls import path

from vendorpact.budget import batch_views, invoice_views, views

urlpatterns = [
    path("engagements/<int:pk>/budget/", views.budget_overview, name="budget_overview"),
    path("engagements/<int:pk>/budget/prefill/", views.budget_prefill, name="budget_prefill"),
    path(
        "engagements/<int:pk>/budget-lines/new/",
        views.budget_line_create,
        name="budget_line_create",
    ),
    path("budget-lines/<int:pk>/edit/", views.budget_line_edit, name="budget_line_edit"),
    path("budget-lines/<int:pk>/delete/", views.budget_line_delete, name="budget_line_delete"),
    path(
        "engagements/<int:pk>/extra-costs/new/",
        views.extra_cost_create,
        name="extra_cost_create",
    ),
    path("extra-costs/<int:pk>/", views.extra_cost_detail, name="extra_cost_detail"),
    path("extra-costs/<int:pk>/edit/", views.extra_cost_edit, name="extra_cost_edit"),
    path("extra-costs/<int:pk>/approve/", views.extra_cost_approve, name="extra_cost_approve"),
    path("extra-costs/<int:pk>/reject/", views.extra_cost_reject, name="extra_cost_reject"),
    path("extra-costs/<int:pk>/invoiced/", views.extra_cost_invoiced, name="extra_cost_invoiced"),
    path("extra-costs/<int:pk>/reopen/", views.extra_cost_reopen, name="extra_cost_reopen"),
    path("extra-costs/<int:pk>/delete/", views.extra_cost_delete, name="extra_cost_delete"),
    path(
        "engagements/<int:pk>/invoices/new/",
        invoice_views.invoice_create,
        name="invoice_create",
    ),
    path(
        "engagements/<int:pk>/invoices/import/",
        invoice_views.invoice_import,
        name="invoice_import",
    ),
    path("invoices/<int:pk>/", invoice_views.invoice_detail, name="invoice_detail"),
    path("invoices/<int:pk>/match/", invoice_views.invoice_match, name="invoice_match"),
    path("invoices/<int:pk>/delete/", invoice_views.invoice_delete, name="invoice_delete"),
    path(
        "invoice-imports/<int:pk>/",
        batch_views.invoice_import_detail,
        name="invoice_import_detail",
    ),
    path(
        "invoice-imports/<int:pk>/remove/",
        batch_views.invoice_import_remove,
        name="invoice_import_remove",
    ),
]
