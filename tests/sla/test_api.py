"""API: SLA terms, ticket and downtime import, monthly compliance."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.sla.conftest import SMALL_ZENDESK, netcare_policy
from vendorpact.api.services import create_token
from vendorpact.sla.models import ColumnMapping as StoredMapping
from vendorpact.sla.models import SlaTerms, Ticket


@pytest.fixture
def api(client, tenancy, engagement_a):
    def call(method, section, user=None, **kwargs):
        token = create_token(user=user or tenancy.alice, name="t")[1]
        url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/{section}"
        return getattr(client, method)(url, HTTP_AUTHORIZATION=f"Bearer {token}", **kwargs)

    return call


def test_get_terms_before_saving_gives_the_proposal(api):
    data = api("get", "terms").json()
    assert data["saved"] is False and "P1" in data["policy"]["priorities"]


def test_put_terms_stores_the_interchange_policy(api, engagement_a):
    response = api(
        "put", "terms", data={"policy": netcare_policy()}, content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["saved"] is True
    assert SlaTerms.objects.get(engagement=engagement_a).policy["priorities"]["P2"]


def test_put_invalid_terms_is_422_with_a_message(api):
    policy = netcare_policy() | {"priorities": {}}
    response = api("put", "terms", data={"policy": policy}, content_type="application/json")
    assert response.status_code == 422 and "priorit" in response.json()["detail"]


def test_ticket_import_returns_counts_and_bad_rows(api, terms):
    upload = SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode())
    data = api("post", "tickets/import", data={"file": upload, "mode": "good_rows"}).json()
    assert (data["format"], data["rows"], data["imported"], data["skipped"]) == ("zendesk", 5, 3, 2)
    assert [row["line"] for row in data["bad_rows"]] == [5, 6]
    assert all(row["message"] for row in data["bad_rows"])


def test_ticket_import_mode_nothing_refuses_a_file_with_bad_rows(api, terms):
    upload = SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode())
    data = api("post", "tickets/import", data={"file": upload, "mode": "nothing"}).json()
    assert data["state"] == "cancelled" and data["imported"] == 0
    assert Ticket.objects.count() == 0


def test_unknown_export_without_mapping_is_422(api, terms):
    upload = SimpleUploadedFile("x.csv", b"Nummer;Gemeld op\nA-1;05/10/2026 09:00\n")
    response = api("post", "tickets/import", data={"file": upload})
    assert response.status_code == 422 and Ticket.objects.count() == 0


def test_viewer_cannot_import(api, tenancy, terms):
    upload = SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode())
    response = api("post", "tickets/import", user=tenancy.vera, data={"file": upload})
    assert response.status_code == 403


def test_downtime_import_and_monthly_compliance(api, terms, export, run_import):
    run_import("tickets", export.tickets_csv, events=export.events_csv)
    upload = SimpleUploadedFile("storingen.csv", export.downtime_csv.encode())
    assert api("post", "downtime/import", data={"file": upload}).json()["imported"] > 0
    months = {m["month"]: m for m in api("get", "months").json()}
    assert months["2026-09"]["credit_eur"] == 60.0
    assert sum(m["tickets"] for m in months.values()) == 150


def test_ticket_import_with_a_column_mapping_remembers_it(api, terms, engagement_a):
    text = "Nummer;Urgentie;Gemeld op\nA-1;urgent;05/10/2026 09:00\n"
    mapping = '{"id": "Nummer", "created": "Gemeld op", "priority": "Urgentie"}'
    upload = SimpleUploadedFile("x.csv", text.encode())
    data = api("post", "tickets/import", data={"file": upload, "mapping": mapping}).json()
    assert (data["format"], data["imported"]) == ("custom", 1)
    stored = StoredMapping.objects.get(supplier=engagement_a.supplier)
    assert stored.mapping["priority"] == "Urgentie"
