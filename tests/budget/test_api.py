import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vendorpact.api.services import create_token
from vendorpact.budget.models import ExtraCost


@pytest.fixture
def alice_api(client, tenancy):
    token = create_token(user=tenancy.alice, name="t")[1]
    base = f"/api/v1/orgs/{tenancy.org_a.slug}"

    def call(method, path, body=None, **kwargs):
        kwargs["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        if body is not None:
            return getattr(client, method)(
                base + path, body, content_type="application/json", **kwargs
            )
        return getattr(client, method)(base + path, **kwargs)

    return call


def test_api_creates_a_budget_line(alice_api, engagement_a):
    response = alice_api(
        "post",
        f"/engagements/{engagement_a.pk}/budget-lines",
        {
            "label": "Licenties",
            "kind": "recurring",
            "amount": "25",
            "period": "month",
            "start": "2026-01-01",
        },
    )
    assert response.status_code == 201 and response.json()["period"] == "month"


def test_api_over_budget_approval_is_422_with_a_message(alice_api, reported_cost):
    reported_cost.estimate = 9000
    reported_cost.save()
    response = alice_api("post", f"/extra-costs/{reported_cost.pk}/approve", {})
    assert response.status_code == 422
    assert "budget" in response.json()["detail"].lower()
    assert ExtraCost.objects.get().status == "reported"


def test_api_rejects_an_extra_cost(alice_api, reported_cost):
    response = alice_api("post", f"/extra-costs/{reported_cost.pk}/reject")
    assert response.json()["status"] == "rejected"


def test_api_ubl_upload_returns_the_invoice_with_proposals(
    client, tenancy, engagement_a, development_line, ubl_bytes
):
    token = create_token(user=tenancy.alice, name="t")[1]
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/ubl",
        {"file": SimpleUploadedFile("f.xml", ubl_bytes(), "application/xml")},
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 201
    assert response.json()["lines"][0]["budget_line_id"] == development_line.pk


def test_api_not_an_invoice_is_422(client, tenancy, engagement_a):
    token = create_token(user=tenancy.alice, name="t")[1]
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/ubl",
        {"file": SimpleUploadedFile("f.xml", b"<Order xmlns='urn:x'/>", "application/xml")},
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 422


def test_api_budget_summary_totals(alice_api, engagement_a, development_line, reported_cost):
    data = alice_api("get", f"/engagements/{engagement_a.pk}/budget").json()
    assert (data["budget"], data["open"]) == ("18000.00", "1200.00")


def _post_invoice(alice_api, engagement, number, issued, amounts):
    lines = [{"description": f"Prestatie {n + 1}", "amount": a} for n, a in enumerate(amounts)]
    body = {"number": number, "issue_date": issued, "lines": lines}
    response = alice_api("post", f"/engagements/{engagement.pk}/invoices", body)
    assert response.status_code == 201


def test_api_invoice_list_gives_each_invoice_its_own_lines_newest_first(alice_api, engagement_a):
    _post_invoice(alice_api, engagement_a, "F-1", "2026-09-30", ["100.00", "250.00"])
    _post_invoice(alice_api, engagement_a, "F-2", "2026-10-31", ["75.50"])
    invoices = alice_api("get", f"/engagements/{engagement_a.pk}/invoices").json()
    assert [
        (i["number"], [(line["description"], line["line_amount"]) for line in i["lines"]])
        for i in invoices
    ] == [
        ("F-2", [("Prestatie 1", "75.5000")]),
        ("F-1", [("Prestatie 1", "100.0000"), ("Prestatie 2", "250.0000")]),
    ]


def test_api_invoice_list_queries_do_not_grow_with_the_invoices(alice_api, engagement_a):
    _post_invoice(alice_api, engagement_a, "F-1", "2026-09-30", ["100.00"])
    with CaptureQueriesContext(connection) as one:
        alice_api("get", f"/engagements/{engagement_a.pk}/invoices")
    for n in range(2, 6):
        _post_invoice(alice_api, engagement_a, f"F-{n}", "2026-10-31", ["10.00", "20.00"])
    with CaptureQueriesContext(connection) as five:
        assert len(alice_api("get", f"/engagements/{engagement_a.pk}/invoices").json()) == 5
    assert len(five) == len(one)
