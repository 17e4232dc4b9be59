"""Account pages outside any organisation: invitation links, password reset, own profile."""

from django.contrib.auth import views as auth_views
from django.urls import path

from vendorpact.common.throttle import rate_limited
from vendorpact.orgs import account_views

# Requests per client address and minute on the password reset pages (the mail form and the
# link from the mail): enough for a person, too few to flood mailboxes or guess links.
RESET_PER_MINUTE = 10

# The reset mail templates have names of their own: django.contrib.auth (listed first) ships a
# registration/password_reset_subject.txt that would win over ours.
urlpatterns = [
    path("invitations/<str:token>/", account_views.invitation_accept, name="invitation_accept"),
    path("account/profile/", account_views.profile, name="profile"),
    path(
        "accounts/password/reset/",
        rate_limited("password_reset", RESET_PER_MINUTE)(
            auth_views.PasswordResetView.as_view(
                email_template_name="registration/reset_email.txt",
                subject_template_name="registration/reset_subject.txt",
            )
        ),
        name="password_reset",
    ),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        rate_limited("password_reset", RESET_PER_MINUTE)(
            auth_views.PasswordResetConfirmView.as_view()
        ),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
