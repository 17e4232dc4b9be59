"""Pages below /o/<org_slug>/ for requests to the supplier and the context sheet."""

from django.urls import path

from vendorpact.supplier_requests import attachment_views, views

urlpatterns = [
    # Requests to the supplier
    path("engagements/<int:pk>/requests/", views.request_list, name="supplier_request_list"),
    path("engagements/<int:pk>/requests/new/", views.request_new, name="supplier_request_new"),
    path(
        "engagements/<int:pk>/requests/score/",
        views.request_score,
        name="supplier_request_score",
    ),
    path(
        "engagements/<int:pk>/requests/context-link/",
        views.context_link_send,
        name="context_link_send",
    ),
    path("requests/<int:pk>/", views.request_detail, name="supplier_request_detail"),
    path("requests/<int:pk>/send/", views.request_send, name="supplier_request_send"),
    path("requests/<int:pk>/status/", views.request_status, name="supplier_request_status"),
    path(
        "requests/<int:pk>/delete/", attachment_views.request_delete, name="supplier_request_delete"
    ),
    path(
        "requests/<int:pk>/attachments/",
        attachment_views.attachment_upload,
        name="request_attachment_upload",
    ),
    path(
        "request-attachments/<int:pk>/",
        attachment_views.attachment_download,
        name="request_attachment_download",
    ),
    path(
        "request-attachments/<int:pk>/delete/",
        attachment_views.attachment_delete,
        name="request_attachment_delete",
    ),
    # Context sheet
    path("context-sheet/", views.context_sheet, name="context_sheet"),
    path("context-sheet/edit/", views.context_sheet_edit, name="context_sheet_edit"),
    path("context-sheet/systems/", views.context_system_add, name="context_system_add"),
    path("context-sheet/links/", views.context_link_create, name="context_link_create"),
    path(
        "context-systems/<int:pk>/delete/",
        views.context_system_delete,
        name="context_system_delete",
    ),
    path("context-links/<int:pk>/revoke/", views.context_link_revoke, name="context_link_revoke"),
]
