"""The questionnaire a supplier opens through a private link (no account): at the site root."""

from django.urls import path

from vendorpact.health import public_views

urlpatterns = [
    path("shared/health/<str:token>/", public_views.health_answer, name="health_answer"),
]
