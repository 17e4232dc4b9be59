from django.urls import path

from vendorpact.reports import views

urlpatterns = [
    path("report/", views.organisation_report_page, name="organisation_report"),
    path("report/pdf/", views.organisation_report_pdf, name="organisation_report_pdf"),
]
