from django.urls import path

from vendorpact.orgs import account_views, views

urlpatterns = [
    path("members/", views.member_list, name="member_list"),
    path("organisation/", views.organisation_settings, name="organisation_settings"),
    path("organisation/delete/", views.organisation_delete, name="organisation_delete"),
    path("members/invite/", account_views.member_invite, name="member_invite"),
    path(
        "invitations/<int:pk>/withdraw/",
        account_views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("members/<int:pk>/role/", views.member_role, name="member_role"),
    path("members/<int:pk>/remove/", views.member_remove, name="member_remove"),
]
