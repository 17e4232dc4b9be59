"""Tenant access to check-ups: the organisation comes from the URL."""

from vendorpact.checkup.models import Checkup
from vendorpact.orgs.access import get_object_for_user


def get_checkup_for_user(user, org, pk) -> Checkup:
    return get_object_for_user(Checkup.objects.all(), user, org, pk)
