"""Pages read what several of their parts need once (the checklist entries, the suppliers with
a maintenance engagement), not once per part."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import login
from tests.scale import add_engagements

CHECKLIST_TABLE = 'FROM "engagements_checklistentry"'
MAINTAINED_QUERY = 'SELECT "engagements_engagement"."supplier_id" AS "supplier_id"'


def reads_of(client, url, marker) -> int:
    client.get(url)  # the first request also writes the session
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return sum(1 for query in captured.captured_queries if marker in query["sql"])


def test_dashboard_reads_checklists_and_maintained_suppliers_once(client, tenancy):
    add_engagements(tenancy.org_a, 3)
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/"
    assert reads_of(client, url, CHECKLIST_TABLE) == 1
    assert reads_of(client, url, MAINTAINED_QUERY) == 1


def test_engagement_page_reads_its_checklist_once(client, tenancy, engagement_a):
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/"
    assert reads_of(client, url, CHECKLIST_TABLE) == 1
