"""Org-A concerns and exit tasks, made through the services as a user would."""

from datetime import date

from vendorpact.concerns import services as concern_services


def make_concern(tenancy, engagement, raised_on=date(2026, 10, 1)):
    return concern_services.create_concern(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        data={"title": "Opleveringen schuiven telkens op", "raised_on": raised_on},
    )


def make_exit_task(tenancy, engagement):
    plan = concern_services.start_exit_plan(
        org=tenancy.org_a, actor=tenancy.max, engagement=engagement
    )
    return plan.tasks.first()
