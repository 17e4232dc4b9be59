"""The context sheet a supplier opens through a private link (no account): at the site root."""

from django.urls import path

from vendorpact.supplier_requests import public_views

urlpatterns = [
    path("shared/context/<str:token>/", public_views.context_share, name="context_share"),
]
