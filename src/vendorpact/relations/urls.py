"""Pages below /o/<org_slug>/ for requests, the context sheet, concerns, exit and health."""

from django.urls import path

from vendorpact.relations import (
    attachment_views,
    concern_views,
    health_views,
    notice_views,
    views,
)

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
    path("relations-settings/", views.relation_settings, name="relation_settings"),
    # Concerns and exit
    path("engagements/<int:pk>/concerns/", concern_views.concern_list, name="concern_list"),
    path(
        "engagements/<int:pk>/concerns/new/",
        concern_views.concern_create,
        name="concern_create",
    ),
    path("concerns/<int:pk>/", concern_views.concern_detail, name="concern_detail"),
    path("concerns/<int:pk>/status/", concern_views.concern_status, name="concern_status"),
    path("concerns/<int:pk>/action/", concern_views.concern_action, name="concern_action"),
    path("engagements/<int:pk>/exit-plan/", concern_views.exit_plan, name="exit_plan"),
    path(
        "engagements/<int:pk>/exit-plan/start/",
        concern_views.exit_plan_start,
        name="exit_plan_start",
    ),
    path(
        "engagements/<int:pk>/exit-plan/notice-letter/",
        notice_views.notice_letter,
        name="notice_letter",
    ),
    path(
        "engagements/<int:pk>/exit-plan/notice-letter/pdf/",
        notice_views.notice_letter_pdf,
        name="notice_letter_pdf",
    ),
    path("exit-tasks/<int:pk>/", concern_views.exit_task_update, name="exit_task_update"),
    # Partnership health
    path("engagements/<int:pk>/health/", health_views.health_overview, name="health_overview"),
    path(
        "engagements/<int:pk>/health/new/",
        health_views.health_check_create,
        name="health_check_create",
    ),
    path("health-checks/<int:pk>/", health_views.health_check_detail, name="health_check_detail"),
    path(
        "health-checks/<int:pk>/answer/",
        health_views.health_check_answer,
        name="health_check_answer",
    ),
    path(
        "health-checks/<int:pk>/links/",
        health_views.health_link_create,
        name="health_link_create",
    ),
    path(
        "health-links/<int:pk>/revoke/",
        health_views.health_link_revoke,
        name="health_link_revoke",
    ),
]
