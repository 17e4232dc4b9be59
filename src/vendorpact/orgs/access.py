"""Tenant access: the organisation comes from the URL and must be one the user belongs to.

Outsiders get 404 (they must not learn that an object exists); members lacking the role for an
action get 403.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404

from vendorpact.common.data_versions import note_organisation
from vendorpact.orgs.models import Membership, Role


def get_membership_for_user(user, org_slug: str) -> Membership:
    if not user.is_authenticated:
        raise Http404
    membership = Membership.objects.for_user(user).filter(organisation__slug=org_slug).first()
    if membership is None:
        raise Http404
    note_organisation(membership.organisation_id)  # this request's writes are this organisation's
    return membership


def org_for_request(request, org_slug: str, minimum: str = Role.VIEWER):
    """The organisation in the URL, if the API token's user is a member with at least `minimum`
    (404 for outsiders, 403 for a role too low): every app's API endpoints start here."""
    membership = get_membership_for_user(request.auth, org_slug)
    require_role(membership, minimum)
    return membership.organisation


def require_role(membership: Membership, minimum: str) -> None:
    if not membership.has_role(minimum):
        raise PermissionDenied


def org_view(minimum: str = Role.VIEWER):
    """Resolve `org_slug` into request.membership / request.org and enforce a minimum role."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapper(request, org_slug, *args, **kwargs):
            membership = get_membership_for_user(request.user, org_slug)
            # Known before the role check, so the 403 page shows the organisation's navigation.
            request.membership = membership
            request.org = membership.organisation
            require_role(membership, minimum)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def get_object_for_user(queryset, user, org, pk):
    """One tenant-owned object of `org`, visible only to members of that organisation."""
    obj = queryset.filter(organisation=org, organisation__memberships__user=user, pk=pk).first()
    if obj is None:
        raise Http404
    return obj


def get_membership_of_org(user, org, pk) -> Membership:
    return get_object_for_user(Membership.objects.select_related("user"), user, org, pk)
