from django.urls import path

from vendorpact.reports import views

urlpatterns = [
    path("report/", views.organisation_report_page, name="organisation_report"),
    path("report/pdf/", views.organisation_report_pdf, name="organisation_report_pdf"),
    path("report/runs/", views.organisation_report_build_again, name="organisation_report_again"),
    path("report/runs/<int:pk>/", views.organisation_report_run, name="organisation_report_run"),
    path(
        "report/runs/<int:pk>/pdf/",
        views.organisation_report_run_pdf,
        name="organisation_report_run_pdf",
    ),
]
