from django.contrib.auth import views as auth_views
from django.urls import include, path

from vendorpact.api import views as api_views
from vendorpact.api.api import api
from vendorpact.engagements import views as engagement_views
from vendorpact.orgs import account_views
from vendorpact.orgs import views as org_views
from vendorpact.suppliers import views as supplier_views
from vendorpact.web import history_views
from vendorpact.web import views as web_views
from vendorpact.web.health import healthz

org_patterns = [
    path("", web_views.dashboard, name="dashboard"),
    path("search/", web_views.search, name="search"),
    path("suppliers/", supplier_views.supplier_list, name="supplier_list"),
    path("suppliers/new/", supplier_views.supplier_create, name="supplier_create"),
    path("suppliers/<int:pk>/", supplier_views.supplier_detail, name="supplier_detail"),
    path("suppliers/<int:pk>/edit/", supplier_views.supplier_edit, name="supplier_edit"),
    path("suppliers/<int:pk>/delete/", supplier_views.supplier_delete, name="supplier_delete"),
    path("suppliers/<int:pk>/contacts/", supplier_views.contact_add, name="contact_add"),
    path("contacts/<int:pk>/delete/", supplier_views.contact_delete, name="contact_delete"),
    path("engagements/", engagement_views.engagement_list, name="engagement_list"),
    path("engagements/new/", engagement_views.engagement_create, name="engagement_create"),
    path("engagements/<int:pk>/", engagement_views.engagement_detail, name="engagement_detail"),
    path("engagements/<int:pk>/edit/", engagement_views.engagement_edit, name="engagement_edit"),
    path(
        "engagements/<int:pk>/delete/", engagement_views.engagement_delete, name="engagement_delete"
    ),
    path(
        "engagements/<int:pk>/checklist/", engagement_views.checklist, name="engagement_checklist"
    ),
    path(
        "engagements/<int:pk>/history/",
        history_views.engagement_history,
        name="engagement_history",
    ),
    path(
        "engagements/<int:pk>/checklist/<str:item_id>/",
        engagement_views.checklist_item,
        name="engagement_checklist_item",
    ),
    path(
        "engagements/<int:pk>/documents/", engagement_views.document_upload, name="document_upload"
    ),
    path("documents/<int:pk>/", engagement_views.document_download, name="document_download"),
    path("documents/<int:pk>/delete/", engagement_views.document_delete, name="document_delete"),
    path("members/", org_views.member_list, name="member_list"),
    path("organisation/", org_views.organisation_settings, name="organisation_settings"),
    path("organisation/export/", org_views.organisation_export, name="organisation_export"),
    path("organisation/delete/", org_views.organisation_delete, name="organisation_delete"),
    path("members/invite/", account_views.member_invite, name="member_invite"),
    path(
        "invitations/<int:pk>/withdraw/",
        account_views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("members/<int:pk>/role/", org_views.member_role, name="member_role"),
    path("members/<int:pk>/remove/", org_views.member_remove, name="member_remove"),
]

urlpatterns = [
    path("", web_views.home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("switch/", web_views.switch_org, name="switch_org"),
    path("organisations/new/", org_views.organisation_create, name="organisation_create"),
    path("language/", web_views.set_language, name="set_language"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("account/", api_views.account, name="account"),
    path("", include("vendorpact.orgs.account_urls")),
    path("account/tokens/", api_views.token_create, name="token_create"),
    path("account/tokens/<int:pk>/revoke/", api_views.token_revoke, name="token_revoke"),
    path("api/v1/", api.urls),
    path("o/<slug:org_slug>/", include(org_patterns)),
    # One line per app with organisation pages (each module exposes `urlpatterns`):
    path("o/<slug:org_slug>/", include("vendorpact.analysis.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.budget.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.planning.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.relations.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.reminders.urls")),
    path("", include("vendorpact.relations.public_urls")),
    path("", include("vendorpact.reminders.public_urls")),
    path("", include("vendorpact.agreements.public_urls")),
    path("o/<slug:org_slug>/", include("vendorpact.sla.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.reports.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.checkup.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.agreements.urls")),
    path("o/<slug:org_slug>/", include("vendorpact.audit.urls")),
    path("", include("vendorpact.portfolio.urls")),
]

handler500 = "vendorpact.web.errors.server_error"
