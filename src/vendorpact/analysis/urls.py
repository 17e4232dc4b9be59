from django.urls import path

from vendorpact.analysis import views

urlpatterns = [
    path("engagements/<int:pk>/documents/", views.document_upload, name="document_upload"),
    path("engagements/<int:pk>/analysis/", views.analysis_overview, name="analysis_overview"),
    path("documents/<int:pk>/analyse/", views.analyse_document, name="analyse_document"),
    path("documents/<int:pk>/analysis-state/", views.analysis_state, name="analysis_state"),
    path("documents/<int:pk>/report.html", views.report_html, name="analysis_report_html"),
    path("documents/<int:pk>/report.md", views.report_markdown, name="analysis_report_md"),
]
