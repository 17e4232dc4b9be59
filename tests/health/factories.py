"""Org-A health checks and links, made through the services as a user would."""

from vendorpact.health import services as health_services


def make_health_check(tenancy, engagement, period="2026-Q3"):
    return health_services.create_health_check(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, period=period
    )


def make_health_link(tenancy, engagement):
    check = make_health_check(tenancy, engagement, period="2026-Q2")
    return health_services.create_link(org=tenancy.org_a, actor=tenancy.alice, check=check)[0]
