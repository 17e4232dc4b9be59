"""Every API endpoint: an outsider's token gets 404 and nothing changes."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import minimal_pdf
from tests.test_isolation import app_isolation_modules, snapshot
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


@pytest.fixture
def params_of_a(tenancy, supplier_a, engagement_a, document_a):
    """Path parameters naming org A's objects. Apps add theirs through API_PARAMS in their
    tests/<app>/isolation.py: {"budget_line_id": (tenancy, engagement) -> pk}."""
    params = {
        "supplier_id": supplier_a.pk,
        "engagement_id": engagement_a.pk,
        "document_id": document_a.pk,
        "item_id": "budget.project_cost",
    }
    for module in app_isolation_modules():
        for name, factory in getattr(module, "API_PARAMS", {}).items():
            params[name] = factory(tenancy, engagement_a)
    return params


def fill(path, org_slug, params):
    url = path.replace("/api/v1", "").replace("{org_slug}", org_slug)
    return re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]), url)


def valid_body(method, path, params):
    """A body the endpoint accepts, so that the answer depends on access alone."""
    for module in app_isolation_modules():
        body = getattr(module, "API_BODIES", {}).get((method, path))
        if body is not None:
            return body(params) if callable(body) else body
    if "/checklist/" in path:
        return {"status": "missing"}
    return {"name": "X", "title": "X", "supplier_id": params["supplier_id"]}


def call(client, method, path, url, token, params):
    kwargs = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    if path.endswith("/documents") and method == "post":
        upload = SimpleUploadedFile("c.pdf", minimal_pdf(), content_type="application/pdf")
        return client.post("/api/v1" + url, {"file": upload, "kind": "contract"}, **kwargs)
    if method in ("post", "put", "patch"):
        body = valid_body(method, path, params)
        if isinstance(body, dict) and any(hasattr(v, "read") for v in body.values()):
            return client.post("/api/v1" + url, body, **kwargs)
        return getattr(client, method)(
            "/api/v1" + url, body, content_type="application/json", **kwargs
        )
    return getattr(client, method)("/api/v1" + url, **kwargs)


def test_matrix_covers_the_api():
    assert len(API_OPERATIONS) >= 15


@pytest.mark.parametrize(("method", "path"), API_OPERATIONS)
def test_outsider_token_gets_404(client, tenancy, bob_token, params_of_a, method, path):
    before = snapshot()
    url = fill(path, tenancy.org_a.slug, params_of_a)
    response = call(client, method, path, url, bob_token, params_of_a)
    assert response.status_code == 404, (method, path, response.content)
    assert snapshot() == before


@pytest.mark.parametrize(("method", "path"), [op for op in API_OPERATIONS if "_id}" in op[1]])
def test_foreign_object_through_own_org_gets_404(
    client, tenancy, bob_token, params_of_a, method, path
):
    before = snapshot()
    url = fill(path, tenancy.org_b.slug, params_of_a)
    response = call(client, method, path, url, bob_token, params_of_a)
    assert response.status_code == 404, (method, path, response.content)
    assert snapshot() == before
