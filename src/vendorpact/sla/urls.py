from django.urls import path

from vendorpact.sla import batch_views, manual_views, views

urlpatterns = [
    path("engagements/<int:pk>/sla/", views.sla_overview, name="sla_overview"),
    path("engagements/<int:pk>/sla/terms/", views.sla_terms, name="sla_terms"),
    path("engagements/<int:pk>/sla/tickets/", views.sla_tickets, name="sla_tickets"),
    path("engagements/<int:pk>/sla/import/", views.sla_ticket_import, name="sla_ticket_import"),
    path("engagements/<int:pk>/sla/downtime/", views.sla_downtime, name="sla_downtime"),
    path(
        "engagements/<int:pk>/sla/downtime/add/",
        manual_views.sla_downtime_add,
        name="sla_downtime_add",
    ),
    path(
        "engagements/<int:pk>/sla/tickets/add/",
        manual_views.sla_ticket_add,
        name="sla_ticket_add",
    ),
    path("engagements/<int:pk>/sla/claim/", views.sla_claim_letter, name="sla_claim_letter"),
    path("engagements/<int:pk>/sla/claim.pdf", views.sla_claim_pdf, name="sla_claim_pdf"),
    path("sla-tickets/<int:pk>/", views.sla_ticket_detail, name="sla_ticket_detail"),
    path("sla-imports/<int:pk>/", views.sla_import_preview, name="sla_import_preview"),
    path("sla-imports/<int:pk>/mapping/", views.sla_import_mapping, name="sla_import_mapping"),
    path(
        "sla-imports/<int:pk>/priorities/",
        views.sla_import_priorities,
        name="sla_import_priorities",
    ),
    path("sla-imports/<int:pk>/confirm/", views.sla_import_confirm, name="sla_import_confirm"),
    path("sla-imports/<int:pk>/remove/", batch_views.sla_import_remove, name="sla_import_remove"),
]
