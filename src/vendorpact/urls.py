"""The site's URLs: each app lists its own; `<app>/urls.py` holds the pages of one organisation
(under /o/<org_slug>/), `<app>/public_urls.py` the pages outside an organisation."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

ORG = "o/<slug:org_slug>/"

urlpatterns = [
    path("", include("vendorpact.web.public_urls")),
    path("", include("vendorpact.orgs.public_urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("", include("vendorpact.api.public_urls")),
    path(ORG, include("vendorpact.web.urls")),
    path(ORG, include("vendorpact.suppliers.urls")),
    path(ORG, include("vendorpact.engagements.urls")),
    path(ORG, include("vendorpact.orgs.urls")),
    path(ORG, include("vendorpact.transfer.urls")),
    path(ORG, include("vendorpact.analysis.urls")),
    path(ORG, include("vendorpact.budget.urls")),
    path(ORG, include("vendorpact.planning.urls")),
    path(ORG, include("vendorpact.supplier_requests.urls")),
    path(ORG, include("vendorpact.concerns.urls")),
    path(ORG, include("vendorpact.health.urls")),
    path(ORG, include("vendorpact.reminders.urls")),
    path("", include("vendorpact.supplier_requests.public_urls")),
    path("", include("vendorpact.health.public_urls")),
    path("", include("vendorpact.reminders.public_urls")),
    path(ORG, include("vendorpact.sla.urls")),
    path(ORG, include("vendorpact.reports.urls")),
    path(ORG, include("vendorpact.agreements.urls")),
    path("", include("vendorpact.orgs.account_urls")),
    path("", include("vendorpact.agreements.public_urls")),
    path("", include("vendorpact.portfolio.urls")),
    path(ORG, include("vendorpact.checkup.urls")),
    path(ORG, include("vendorpact.audit.urls")),
]

handler500 = "vendorpact.web.errors.server_error"
