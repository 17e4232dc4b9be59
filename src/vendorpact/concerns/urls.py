"""Pages below /o/<org_slug>/ for concerns, the exit plan and the concern settings."""

from django.urls import path

from vendorpact.concerns import notice_views, views

urlpatterns = [
    # Concerns and exit
    path("engagements/<int:pk>/concerns/", views.concern_list, name="concern_list"),
    path(
        "engagements/<int:pk>/concerns/new/",
        views.concern_create,
        name="concern_create",
    ),
    path("concerns/<int:pk>/", views.concern_detail, name="concern_detail"),
    path("concerns/<int:pk>/status/", views.concern_status, name="concern_status"),
    path("concerns/<int:pk>/action/", views.concern_action, name="concern_action"),
    path("engagements/<int:pk>/exit-plan/", views.exit_plan, name="exit_plan"),
    path(
        "engagements/<int:pk>/exit-plan/start/",
        views.exit_plan_start,
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
    path("exit-tasks/<int:pk>/", views.exit_task_update, name="exit_task_update"),
    path("relations-settings/", views.relation_settings, name="relation_settings"),
]
