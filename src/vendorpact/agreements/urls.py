from django.urls import path

from vendorpact.agreements import diff_views, signing_views, views
from vendorpact.agreements import negotiation_views as negotiation

urlpatterns = [
    path("engagements/<int:pk>/agreement/", views.agreement_tab, name="agreement_tab"),
    path(
        "engagements/<int:pk>/agreement/compare/",
        diff_views.agreement_diff,
        name="agreement_diff",
    ),
    path(
        "agreement-drafts/<int:pk>/docx/",
        views.agreement_draft_docx,
        name="agreement_draft_docx",
    ),
    path("agreement-drafts/<int:pk>/pdf/", views.agreement_draft_pdf, name="agreement_draft_pdf"),
    path(
        "agreement-drafts/<int:pk>/negotiation/",
        negotiation.agreement_negotiation,
        name="agreement_negotiation",
    ),
    path("agreement-drafts/<int:pk>/send/", negotiation.agreement_send, name="agreement_send"),
    path(
        "agreement-drafts/<int:pk>/new-version/",
        negotiation.agreement_new_version,
        name="agreement_new_version",
    ),
    path(
        "agreement-drafts/<int:pk>/finalise/",
        negotiation.agreement_finalise,
        name="agreement_finalise",
    ),
    path(
        "agreement-drafts/<int:pk>/signed-copy/",
        signing_views.agreement_signed_copy,
        name="agreement_signed_copy",
    ),
    path(
        "agreement-links/<int:pk>/revoke/",
        negotiation.agreement_link_revoke,
        name="agreement_link_revoke",
    ),
    path(
        "agreement-articles/<int:pk>/accept/",
        negotiation.agreement_article_accept,
        name="agreement_article_accept",
    ),
    path(
        "agreement-articles/<int:pk>/counter/",
        negotiation.agreement_article_counter,
        name="agreement_article_counter",
    ),
]
