"""Tenant-scoped fetches of health checks and their links (404 outside the organisation)."""

from vendorpact.health.models import HealthCheck, HealthLink
from vendorpact.orgs.access import get_object_for_user


def get_health_check_for_user(user, org, pk) -> HealthCheck:
    queryset = HealthCheck.objects.select_related("engagement__supplier")
    return get_object_for_user(queryset, user, org, pk)


def get_health_link_for_user(user, org, pk) -> HealthLink:
    queryset = HealthLink.objects.select_related("health_check")
    return get_object_for_user(queryset, user, org, pk)
