"""The dashboard's summary of every running engagement (which come first by notice deadline, how
many urgent points of advice) is cached per organisation, day and data version: a bulk write to
the engagements or their checklists shows on the next dashboard."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import login
from tests.web.test_paging import make_engagements, pinned_today  # noqa: F401  (fixture)
from vendorpact.engagements.models import ChecklistEntry, Engagement

# Agreed verbally without general terms: two urgent points each (tests/web/test_paging.py).
URGENT_FIELDS = {"kind": "saas", "agreed_how": "verbal", "general_terms": "none"}


def dashboard(client, org):
    return client.get(f"/o/{org.slug}/").context


def test_a_cached_dashboard_reads_no_checklist_entries(client, tenancy, pinned_today):  # noqa: F811
    make_engagements(tenancy.org_a, ["Eerste", "Tweede"], **URGENT_FIELDS)
    login(client, tenancy.alice)
    dashboard(client, tenancy.org_a)
    with CaptureQueriesContext(connection) as queries:
        context = dashboard(client, tenancy.org_a)
    assert context["high_advice"] == 4
    table = ChecklistEntry._meta.db_table
    # Only the shown rows' statuses are read (one query), never all engagements' on a hit.
    assert sum(table in query["sql"] for query in queries) == 1


def test_a_bulk_update_of_engagements_shows_on_the_next_dashboard(client, tenancy, pinned_today):  # noqa: F811
    make_engagements(tenancy.org_a, ["Eerste", "Tweede", "Derde"], **URGENT_FIELDS)
    login(client, tenancy.alice)
    assert dashboard(client, tenancy.org_a)["high_advice"] == 6
    # Written agreement with its own terms: no urgent point left for these two.
    Engagement.objects.filter(organisation=tenancy.org_a, title__in=["Eerste", "Tweede"]).update(
        agreed_how="signed_both", general_terms="negotiated"
    )
    assert dashboard(client, tenancy.org_a)["high_advice"] == 2


def test_a_new_maintenance_engagement_settles_the_delivered_project(client, tenancy, pinned_today):  # noqa: F811
    # A delivered project whose supplier maintains nothing: "none for production", one urgent
    # point (written agreement with negotiated terms: no other urgent point).
    (project,) = make_engagements(
        tenancy.org_a,
        ["Webshop"],
        kind="project",
        status="active",
        agreed_how="signed_both",
        general_terms="negotiated",
    )
    login(client, tenancy.alice)
    assert dashboard(client, tenancy.org_a)["high_advice"] == 1
    Engagement.objects.bulk_create(
        [
            Engagement(
                organisation=tenancy.org_a,
                supplier=project.supplier,
                title="Onderhoud webshop",
                kind="maintenance",
                status="active",
                agreed_how="signed_both",
                general_terms="negotiated",
            )
        ]
    )
    assert dashboard(client, tenancy.org_a)["high_advice"] == 0
