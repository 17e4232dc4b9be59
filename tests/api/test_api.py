from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.conftest import minimal_pdf
from vendorpact.api.models import ApiToken
from vendorpact.api.services import create_token
from vendorpact.engagements.models import ChecklistEntry, Engagement
from vendorpact.suppliers.models import Supplier


def auth(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user=user, name='t')[1]}"}


def test_token_is_stored_hashed_only(tenancy):
    token, raw = create_token(user=tenancy.alice, name="script")
    assert raw.startswith("vp_") and raw not in token.key_hash and len(token.key_hash) == 64


def test_missing_token_is_401_with_json_message(client, tenancy):
    response = client.get(f"/api/v1/orgs/{tenancy.org_a.slug}/suppliers")
    assert response.status_code == 401 and "detail" in response.json()


def test_revoked_token_is_refused(client, tenancy):
    token, raw = create_token(user=tenancy.alice, name="old")
    client.force_login(tenancy.alice)
    client.post(f"/account/tokens/{token.pk}/revoke/")
    response = client.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 401


def test_lists_own_organisations(client, tenancy):
    orgs = client.get("/api/v1/orgs", **auth(tenancy.ada)).json()
    assert {o["slug"] for o in orgs} == {tenancy.org_a.slug, tenancy.org_b.slug}


def test_create_supplier_validates_vat(client, tenancy):
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/suppliers",
        {"name": "Typo", "vat_number": "BE0456789134"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    assert response.status_code == 422 and response.json()["code"] == "vat.invalid_checksum"
    assert not Supplier.objects.filter(name="Typo").exists()


def test_create_supplier(client, tenancy):
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/suppliers",
        {"name": "NetCare", "vat_number": "0456789133"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    assert response.status_code == 201 and response.json()["vat_number"] == "BE0456789133"


def test_viewer_token_cannot_write(client, tenancy):
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/suppliers",
        {"name": "X"},
        content_type="application/json",
        **auth(tenancy.vera),
    )
    assert response.status_code == 403 and not Supplier.objects.filter(name="X").exists()


def test_create_engagement_returns_advice_and_deadline(client, tenancy, supplier_a):
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements",
        {
            "supplier_id": supplier_a.pk,
            "title": "Support",
            "kind": "maintenance",
            "agreed_how": "email",
            "general_terms": "supplier",
            "end_date": "2030-12-31",
            "notice_value": 3,
            "notice_unit": "months",
        },
        content_type="application/json",
        **auth(tenancy.alice),
    )
    body = response.json()
    assert response.status_code == 201 and body["notice_deadline"] == "2030-09-30"
    assert "agreement.supplier_terms_may_bind" in {a["code"] for a in body["advice"]}


def test_invalid_kind_gets_a_message(client, tenancy, supplier_a):
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements",
        {"supplier_id": supplier_a.pk, "title": "X", "kind": "staffing"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    assert response.status_code == 422 and "kind" in response.json()["detail"]
    assert not Engagement.objects.filter(title="X").exists()


def test_set_checklist_item(client, tenancy, engagement_a):
    url = (
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/checklist/legal.liability"
    )
    response = client.put(
        url,
        {"status": "partial", "note": "cap unclear"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    assert response.status_code == 200
    assert ChecklistEntry.objects.get(item_id="legal.liability").note == "cap unclear"


def test_checklist_lists_every_item(client, tenancy, engagement_a):
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/checklist"
    items = client.get(url, **auth(tenancy.alice)).json()
    assert len(items) == 44 and items[3]["id"] == "budget.project_cost"
    assert items[3]["status"] == "covered"


def test_upload_document_through_api(client, tenancy, engagement_a):
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/documents"
    response = client.post(
        url,
        {"file": SimpleUploadedFile("sla.pdf", minimal_pdf()), "kind": "sla"},
        **auth(tenancy.alice),
    )
    assert response.status_code == 201 and response.json()["kind"] == "sla"


def test_upload_bad_file_through_api_names_problem(client, tenancy, engagement_a):
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/documents"
    response = client.post(
        url, {"file": SimpleUploadedFile("x.exe", b"MZ"), "kind": "sla"}, **auth(tenancy.alice)
    )
    assert response.status_code == 422 and response.json()["code"] == "upload.bad_extension"


def test_openapi_schema_is_public_and_lists_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/orgs/{org_slug}/engagements/{engagement_id}/checklist" in schema["paths"]


def test_token_ui_shows_token_once(client, tenancy):
    client.force_login(tenancy.alice)
    client.post("/account/tokens/", {"name": "boekhouding"})
    first = client.get("/account/").content.decode()
    second = client.get("/account/").content.decode()
    assert 'id="new-token"' in first and 'id="new-token"' not in second
    assert ApiToken.objects.filter(user=tenancy.alice, name="boekhouding").exists()


def test_cannot_revoke_someone_elses_token(client, tenancy):
    token, _raw = create_token(user=tenancy.bob, name="bob's")
    client.force_login(tenancy.alice)
    assert client.post(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_api_docs_work_offline(client):
    page = client.get("/api/v1/docs").content.decode()
    assert "swagger-ui-bundle.js" in page and "cdn.jsdelivr" not in page


def test_token_use_is_recorded_at_most_once_a_minute(client, tenancy):
    token, raw = create_token(user=tenancy.alice, name="poller")
    header = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    client.get("/api/v1/orgs", **header)
    first_use = ApiToken.objects.get(pk=token.pk).last_used_at
    client.get("/api/v1/orgs", **header)
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first_use


def test_token_use_is_recorded_again_after_a_minute(client, tenancy):
    token, raw = create_token(user=tenancy.alice, name="poller")
    two_minutes_ago = timezone.now() - timedelta(minutes=2)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=two_minutes_ago)
    client.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert ApiToken.objects.get(pk=token.pk).last_used_at > two_minutes_ago
