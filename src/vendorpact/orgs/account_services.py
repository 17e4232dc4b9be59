"""Writes on accounts: invitations by e-mail address and the user's own profile."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string

from vendorpact.orgs.models import Invitation, Membership, Organisation, Profile, Role


class AccountError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def invitation_days() -> int:
    return getattr(settings, "VENDORPACT_INVITATION_DAYS", 7)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invite_by_email(
    *, org: Organisation, actor: Membership, email: str, role: str, now: datetime, link_for
) -> Invitation:
    """Store an invitation (the token's hash only) and mail its link, made by
    `link_for(token)`; a failing mail server leaves no invitation behind. Owners only."""
    if actor.role != Role.OWNER:
        raise PermissionDenied
    email = email.strip()
    if org.memberships.filter(user__email__iexact=email).exists():
        raise AccountError("member.already_member")
    token = new_token()
    invitation = Invitation.objects.create(
        organisation=org,
        email=email,
        role=role,
        token_hash=hash_token(token),
        invited_by=actor.user,
        expires_at=now + timedelta(days=invitation_days()),
    )
    context = {"invitation": invitation, "link": link_for(token), "inviter": actor.user}
    subject = render_to_string("orgs/invitation_subject.txt", context).strip()
    body = render_to_string("orgs/invitation_email.txt", context)
    send_mail(subject, body, None, [email])
    return invitation


def open_invitations(org: Organisation, now: datetime):
    """Invitations of `org` not accepted and not expired, newest first."""
    return org.invitations.filter(accepted_at__isnull=True, expires_at__gt=now)


@transaction.atomic
def withdraw_invitation(*, org: Organisation, actor: Membership, invitation: Invitation) -> None:
    """The link stops working at once. Owners only."""
    if actor.role != Role.OWNER or invitation.organisation_id != org.pk:
        raise PermissionDenied
    invitation.delete()


def invitation_for_token(token: str, now: datetime, *, lock: bool = False) -> Invitation:
    """The open invitation of this token; raises AccountError invite.unknown / invite.used /
    invite.expired."""
    invitations = Invitation.objects.unguarded(
        "an invitation link finds its row by the token's hash"
    ).select_related("organisation")
    if lock:
        invitations = invitations.select_for_update()
    invitation = invitations.filter(token_hash=hash_token(token)).first()
    if invitation is None:
        raise AccountError("invite.unknown")
    if invitation.accepted_at is not None:
        raise AccountError("invite.used")
    if invitation.expires_at <= now:
        raise AccountError("invite.expired")
    return invitation


def _accept(invitation: Invitation, user, now: datetime) -> Membership:
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=invitation.organisation, defaults={"role": invitation.role}
    )
    if not created:
        raise AccountError("invite.already_member")
    invitation.accepted_at = now
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


@transaction.atomic
def accept_as_user(*, token: str, user, now: datetime) -> Membership:
    """A signed-in user joins with the invitation's role."""
    return _accept(invitation_for_token(token, now, lock=True), user, now)


def account_exists(email: str) -> bool:
    return get_user_model().objects.filter(email__iexact=email.strip()).exists()


def _free_username(email: str) -> str:
    users = get_user_model().objects
    base = email.strip().lower()[:140]
    name, number = base, 2
    while users.filter(username=name).exists():
        name, number = f"{base}-{number}", number + 1
    return name


@transaction.atomic
def accept_with_new_account(
    *, token: str, first_name: str, last_name: str, password: str, now: datetime
):
    """Someone without an account sets a password and joins; their user name is their e-mail
    address. An address that already has an account must log in and accept instead."""
    invitation = invitation_for_token(token, now, lock=True)
    if account_exists(invitation.email):
        raise AccountError("invite.account_exists")
    user = get_user_model().objects.create_user(
        username=_free_username(invitation.email),
        email=invitation.email,
        password=password,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
    )
    _accept(invitation, user, now)
    return user


@transaction.atomic
def update_profile(*, user, first_name: str, last_name: str, email: str, language: str):
    """The user's own name, e-mail address (not one another account has) and language."""
    email = email.strip()
    users = get_user_model().objects
    if users.filter(email__iexact=email).exclude(pk=user.pk).exists():
        raise AccountError("profile.email_taken")
    user.first_name, user.last_name, user.email = first_name.strip(), last_name.strip(), email
    user.save(update_fields=["first_name", "last_name", "email"])
    Profile.objects.update_or_create(user=user, defaults={"language": language})
    return user
