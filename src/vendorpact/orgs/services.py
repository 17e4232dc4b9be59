"""Writes on organisations and memberships."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify

from vendorpact.common.deletion import delete_with_files
from vendorpact.common.fields import assign_fields, check_fields
from vendorpact.core.vat import parse_vat
from vendorpact.orgs.models import Membership, Organisation, Profile, Role

ORGANISATION_FIELDS = (
    "name",
    "street",
    "postal_code",
    "city",
    "country",
    "vat_number",
    "reply_to_email",
)


class MembershipError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def unique_slug(name: str) -> str:
    base = slugify(name)[:50] or "org"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def create_organisation(*, name: str, owner, slug: str | None = None) -> Organisation:
    """A new organisation with `owner` as its first (owner) member."""
    name = name.strip()
    if not name:
        raise MembershipError("org.name_required")
    org = Organisation(name=name, slug=slug or unique_slug(name))
    check_fields(org)
    org.save()
    Membership.objects.create(user=owner, organisation=org, role=Role.OWNER)
    return org


@transaction.atomic
def update_organisation(*, org: Organisation, actor: Membership, data: dict) -> Organisation:
    """Name, postal address and VAT number; the VAT number is stored compact and prefixed
    (raises core.vat.VatError with a code when invalid). Only owners rename it."""
    if "name" in data and data["name"] != org.name:
        _require_owner(actor)
        if not data["name"].strip():
            raise MembershipError("org.name_required")
    assign_fields(org, data, ORGANISATION_FIELDS)
    raw = org.vat_number.strip()
    org.vat_number = parse_vat(raw, default_country=org.country).full if raw else ""
    check_fields(org)
    org.save()
    return org


def _require_owner(actor: Membership) -> None:
    if actor.role != Role.OWNER:
        raise PermissionDenied


@transaction.atomic
def delete_organisation(*, org: Organisation, actor: Membership, typed_name: str) -> None:
    """Delete the organisation and everything of it (uploaded files too, after the commit);
    only an owner, and only after typing its name exactly."""
    _require_owner(actor)
    if typed_name.strip() != org.name:
        raise MembershipError("org.name_mismatch")
    delete_with_files(org)


def _owners_left(org: Organisation, excluding: Membership) -> int:
    return org.memberships.filter(role=Role.OWNER).exclude(pk=excluding.pk).count()


@transaction.atomic
def change_role(*, org: Organisation, actor: Membership, membership: Membership, role: str):
    if membership.role == Role.OWNER and role != Role.OWNER and not _owners_left(org, membership):
        raise MembershipError("member.last_owner")
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def remove_member(*, org: Organisation, actor: Membership, membership: Membership) -> None:
    if membership.role == Role.OWNER and not _owners_left(org, membership):
        raise MembershipError("member.last_owner")
    membership.delete()


def set_language(user, language: str) -> None:
    Profile.objects.update_or_create(user=user, defaults={"language": language})


@dataclass(frozen=True)
class UserSetup:
    user: object
    user_created: bool
    organisation: Organisation | None


@transaction.atomic
def create_user_with_organisation(
    *, username: str, email: str, password: str | None, organisation: str | None = None
) -> UserSetup:
    """Create the user (and the organisation it owns); with an organisation, an existing user
    becomes the owner of the new organisation instead (their password is left unchanged)."""
    users = get_user_model()
    user = users.objects.filter(username=username).first()
    if user is not None and not organisation:
        raise ValueError(f"user {username!r} already exists")
    created = user is None
    if created:
        if not password:
            raise ValueError("a new user needs a password")
        user = users.objects.create_user(username=username, email=email, password=password)
    org = create_organisation(name=organisation, owner=user) if organisation else None
    return UserSetup(user=user, user_created=created, organisation=org)
