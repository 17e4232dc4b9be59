from django.urls import path

from vendorpact.audit import views

urlpatterns = [
    path("engagements/<int:pk>/audit/", views.engagement_audit, name="engagement_audit"),
    path("audit/", views.organisation_audit, name="organisation_audit"),
    path("audit.csv", views.organisation_audit_csv, name="organisation_audit_csv"),
    path("audit/<int:pk>/restore/", views.restore_entry, name="audit_restore"),
]
