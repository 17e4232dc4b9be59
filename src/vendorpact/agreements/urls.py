from django.urls import path

from vendorpact.agreements import views

urlpatterns = [
    path("engagements/<int:pk>/agreement/", views.agreement_tab, name="agreement_tab"),
    path(
        "agreement-drafts/<int:pk>/docx/",
        views.agreement_draft_docx,
        name="agreement_draft_docx",
    ),
    path("agreement-drafts/<int:pk>/pdf/", views.agreement_draft_pdf, name="agreement_draft_pdf"),
]
