"""The page a supplier opens through a private link (no account): include at the site root."""

from django.urls import path

from vendorpact.agreements import public_views

urlpatterns = [
    path("shared/agreement/<str:token>/", public_views.agreement_answer, name="agreement_answer"),
]
