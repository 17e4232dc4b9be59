"""Writes on organisations and memberships."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

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
    org = Organisation.objects.create(name=name, slug=slug or unique_slug(name))
    Membership.objects.create(user=owner, organisation=org, role=Role.OWNER)
    return org


@transaction.atomic
def update_organisation(*, org: Organisation, actor: Membership, data: dict) -> Organisation:
    """Name, postal address and VAT number; the VAT number is stored compact and prefixed
    (raises core.vat.VatError with a code when invalid)."""
    for key in ORGANISATION_FIELDS:
        if key in data:
            setattr(org, key, data[key])
    raw = org.vat_number.strip()
    org.vat_number = parse_vat(raw, default_country=org.country).full if raw else ""
    org.save()
    return org


@transaction.atomic
def invite_member(*, org: Organisation, actor: Membership, email: str, role: str) -> Membership:
    user = get_user_model().objects.filter(email__iexact=email.strip()).first()
    if user is None:
        raise MembershipError("member.unknown_email")
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=org, defaults={"role": role}
    )
    if not created:
        raise MembershipError("member.already_member")
    return membership


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


@transaction.atomic
def create_user_with_organisation(
    *, username: str, email: str, password: str, organisation: str | None = None
):
    users = get_user_model()
    if users.objects.filter(username=username).exists():
        raise ValueError(f"user {username!r} already exists")
    user = users.objects.create_user(username=username, email=email, password=password)
    if organisation:
        create_organisation(name=organisation, owner=user)
    return user
