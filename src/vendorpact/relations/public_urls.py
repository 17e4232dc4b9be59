"""Pages a supplier opens through a private link (no account): include at the site root."""

from django.urls import path

from vendorpact.relations import public_views

urlpatterns = [
    path("shared/context/<str:token>/", public_views.context_share, name="context_share"),
    path("shared/health/<str:token>/", public_views.health_answer, name="health_answer"),
]
