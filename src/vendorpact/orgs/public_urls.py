from django.urls import path

from vendorpact.orgs import views

urlpatterns = [
    path("organisations/new/", views.organisation_create, name="organisation_create"),
]
