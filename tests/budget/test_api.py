import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

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
