from django.urls import path

from vendorpact.transfer import views

urlpatterns = [
    path("organisation/export/", views.organisation_export, name="organisation_export"),
]
