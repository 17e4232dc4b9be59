"""Invitations by e-mail (sent by owners, accepted through a link) and the user's own profile."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.mail import BadHeaderError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.messages import text_for
from vendorpact.common.throttle import count_failure, failures_exceeded, rate_limited
from vendorpact.orgs import account_services
from vendorpact.orgs.access import get_object_for_user, org_view
from vendorpact.orgs.account_services import AccountError
from vendorpact.orgs.forms import AcceptInvitationForm, InviteForm, ProfileForm
from vendorpact.orgs.messages import TEXTS
from vendorpact.orgs.models import Invitation, Profile, Role

# Wrong or stale invitation links per client address and minute before the page answers 429.
INVITATION_FAILURES_PER_MINUTE = 10
LOGIN_BACKEND = "django.contrib.auth.backends.ModelBackend"


@org_view(Role.OWNER)
@require_POST
def member_invite(request):
    """Mail an invitation link to the address: whoever holds it joins with the role."""
    form = InviteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter a valid e-mail address and role."))
        return redirect("member_list", request.org.slug)
    try:
        invitation = account_services.invite_by_email(
            org=request.org,
            actor=request.membership,
            now=timezone.now(),
            link_for=lambda token: request.build_absolute_uri(
                reverse("invitation_accept", args=[token])
            ),
            **form.cleaned_data,
        )
    except AccountError as error:
        messages.error(request, text_for(error.code, TEXTS))
    except (OSError, BadHeaderError):
        messages.error(request, _("The mail server did not accept the invitation; try again."))
    else:
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
    return redirect("member_list", request.org.slug)


@org_view(Role.OWNER)
@require_POST
def invitation_withdraw(request, pk):
    invitation = get_object_for_user(Invitation.objects.all(), request.user, request.org, pk)
    account_services.withdraw_invitation(
        org=request.org, actor=request.membership, invitation=invitation
    )
    messages.success(request, _("Invitation withdrawn: its link no longer works."))
    return redirect("member_list", request.org.slug)


def _refused(request, error: AccountError):
    if error.code == "invite.unknown":
        count_failure("invitation", request)
    status = 404 if error.code == "invite.unknown" else 410
    context = {"message": text_for(error.code, TEXTS)}
    return render(request, "orgs/invitation_refused.html", context, status=status)


def _joined(request, membership):
    org = membership.organisation
    messages.success(request, _("Welcome to %(name)s.") % {"name": org.name})
    return redirect("dashboard", org.slug)


@rate_limited("invitation")
def invitation_accept(request, token):
    if failures_exceeded("invitation", request, INVITATION_FAILURES_PER_MINUTE):
        return render(request, "orgs/invitation_refused.html", {"throttled": True}, status=429)
    now = timezone.now()
    try:
        invitation = account_services.invitation_for_token(token, now)
    except AccountError as error:
        return _refused(request, error)
    if request.user.is_authenticated:
        return _accept_signed_in(request, token, invitation, now)
    exists = account_services.account_exists(invitation.email)
    form = AcceptInvitationForm(
        request.POST if request.method == "POST" and not exists else None, email=invitation.email
    )
    if form.is_bound and form.is_valid():
        try:
            user = account_services.accept_with_new_account(
                token=token,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                password=form.cleaned_data["password1"],
                now=now,
            )
        except AccountError as error:
            return _refused(request, error)
        login(request, user, backend=LOGIN_BACKEND)
        return _joined(request, user.memberships.get(organisation=invitation.organisation))
    context = {"invitation": invitation, "form": form, "account_exists": exists}
    return render(request, "orgs/invitation_accept.html", context)


def _accept_signed_in(request, token, invitation, now):
    if request.method == "POST":
        try:
            membership = account_services.accept_as_user(token=token, user=request.user, now=now)
        except AccountError as error:
            return _refused(request, error)
        return _joined(request, membership)
    return render(request, "orgs/invitation_join.html", {"invitation": invitation})


@login_required
def profile(request):
    """The user's own name, e-mail address and language."""
    user = request.user
    language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    initial = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "language": language or request.LANGUAGE_CODE,
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            account_services.update_profile(user=user, **form.cleaned_data)
        except AccountError as error:
            form.add_error("email", text_for(error.code, TEXTS))
        else:
            messages.success(request, _("Your details were saved."))
            return redirect("profile")
    return render(request, "orgs/profile.html", {"form": form})
