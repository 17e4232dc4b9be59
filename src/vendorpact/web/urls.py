from django.urls import path

from vendorpact.web import history_views, views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("search/", views.search, name="search"),
    path(
        "engagements/<int:pk>/history/",
        history_views.engagement_history,
        name="engagement_history",
    ),
]
