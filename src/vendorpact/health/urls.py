"""Pages below /o/<org_slug>/ for partnership health checks."""

from django.urls import path

from vendorpact.health import views

urlpatterns = [
    # Partnership health
    path("engagements/<int:pk>/health/", views.health_overview, name="health_overview"),
    path(
        "engagements/<int:pk>/health/new/",
        views.health_check_create,
        name="health_check_create",
    ),
    path("health-checks/<int:pk>/", views.health_check_detail, name="health_check_detail"),
    path(
        "health-checks/<int:pk>/answer/",
        views.health_check_answer,
        name="health_check_answer",
    ),
    path(
        "health-checks/<int:pk>/links/",
        views.health_link_create,
        name="health_link_create",
    ),
    path(
        "health-links/<int:pk>/revoke/",
        views.health_link_revoke,
        name="health_link_revoke",
    ),
]
