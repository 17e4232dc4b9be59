"""Every API endpoint: an outsider's token gets 404 and nothing changes."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import minimal_pdf
from tests.test_isolation import snapshot
from vendorpact.api.api import api
from vendorpact.api.services import create_token


def api_operations():
    schema = api.get_openapi_schema()
    for path, operations in schema["paths"].items():
        if "{org_slug}" in path:
            for method in operations:
                yield method, path


API_OPERATIONS = sorted(api_operations())


@pytest.fixture
def bob_token(tenancy):
    return create_token(user=tenancy.bob, name="test")[1]


def fill(path, org_slug, engagement_a, document_a, supplier_a):
    return (
        path.replace("/api/v1", "")
        .replace("{org_slug}", org_slug)
        .replace("{supplier_id}", str(supplier_a.pk))
        .replace("{engagement_id}", str(engagement_a.pk))
        .replace("{document_id}", str(document_a.pk))
        .replace("{item_id}", "budget.project_cost")
    )


def call(client, method, url, token, supplier_id=1):
    kwargs = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    if url.endswith("/documents") and method == "post":
        upload = SimpleUploadedFile("c.pdf", minimal_pdf(), content_type="application/pdf")
        return client.post("/api/v1" + url, {"file": upload, "kind": "contract"}, **kwargs)
    # A valid body, so that the answer depends on access alone.
    if "/checklist/" in url:
        body = {"status": "missing"}
    else:
        body = {"name": "X", "title": "X", "supplier_id": supplier_id}
    if method in ("post", "put", "patch"):
        return getattr(client, method)(
            "/api/v1" + url, body, content_type="application/json", **kwargs
        )
    return getattr(client, method)("/api/v1" + url, **kwargs)


def test_matrix_covers_the_api():
    assert len(API_OPERATIONS) >= 15


@pytest.mark.parametrize(("method", "path"), API_OPERATIONS)
def test_outsider_token_gets_404(
    client, tenancy, bob_token, supplier_a, engagement_a, document_a, method, path
):
    before = snapshot()
    url = fill(path, tenancy.org_a.slug, engagement_a, document_a, supplier_a)
    response = call(client, method, url, bob_token, supplier_a.pk)
    assert response.status_code == 404, (method, path, response.content)
    assert snapshot() == before


@pytest.mark.parametrize(("method", "path"), [op for op in API_OPERATIONS if "_id}" in op[1]])
def test_foreign_object_through_own_org_gets_404(
    client, tenancy, bob_token, supplier_a, engagement_a, document_a, method, path
):
    before = snapshot()
    url = fill(path, tenancy.org_b.slug, engagement_a, document_a, supplier_a)
    response = call(client, method, url, bob_token, supplier_a.pk)
    assert response.status_code == 404, (method, path, response.content)
    assert snapshot() == before
