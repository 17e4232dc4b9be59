"""The API refuses what the forms refuse (issue 11, defect 2): URL schemes, lengths, required
text and control characters are checked on the model's fields, with a 422 that names the field
and nothing stored."""

import pytest

import vendorpact.urls  # noqa: F401  (mounts every app's router on the API)
from vendorpact.api.services import create_token
from vendorpact.concerns.models import Concern
from vendorpact.engagements.models import Engagement
from vendorpact.suppliers.models import Supplier


@pytest.fixture
def api_call(client, tenancy):
    token = create_token(user=tenancy.alice, name="t")[1]

    def call(method, suffix, body):
        return getattr(client, method)(
            f"/api/v1/orgs/{tenancy.org_a.slug}/{suffix}",
            body,
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )

    return call


def test_javascript_website_is_refused(api_call, tenancy):
    response = api_call("post", "suppliers", {"name": "Evil BV", "website": "javascript:alert(1)"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("website:")
    assert not Supplier.objects.filter(name="Evil BV").exists()


def test_https_website_is_accepted(api_call, tenancy):
    response = api_call("post", "suppliers", {"name": "Good BV", "website": "https://good.be"})
    assert response.status_code in (200, 201)
    assert Supplier.objects.get(name="Good BV").website == "https://good.be"


def test_javascript_website_is_refused_on_patch(api_call, supplier_a):
    response = api_call("patch", f"suppliers/{supplier_a.pk}", {"website": "javascript:x()"})
    assert response.status_code == 422
    supplier_a.refresh_from_db()
    assert supplier_a.website == ""


def test_name_longer_than_its_column_is_refused(api_call, tenancy):
    # Supplier.name holds at most 200 characters
    response = api_call("post", "suppliers", {"name": "x" * 1000})
    assert response.status_code == 422
    assert "name:" in response.json()["detail"]
    assert not Supplier.objects.filter(name="x" * 1000).exists()


def test_empty_supplier_name_is_refused(api_call, tenancy):
    before = Supplier.objects.count()
    response = api_call("post", "suppliers", {"name": ""})
    assert response.status_code == 422
    assert Supplier.objects.count() == before


def test_line_break_in_engagement_title_is_refused(api_call, engagement_a):
    response = api_call("patch", f"engagements/{engagement_a.pk}", {"title": "Web\r\nshop"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("title:")
    assert Engagement.objects.get(pk=engagement_a.pk).title == "Webshop"


def test_nul_byte_in_supplier_city_is_refused(api_call, supplier_a):
    response = api_call("patch", f"suppliers/{supplier_a.pk}", {"city": "Ge\x00nt"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("city:")
    supplier_a.refresh_from_db()
    assert supplier_a.city == "Gent"


def test_line_breaks_stay_allowed_in_long_text(api_call, engagement_a):
    body = {"title": "Slow invoices", "impact": "Line one\nline two"}
    response = api_call("post", f"engagements/{engagement_a.pk}/concerns", body)
    assert response.status_code in (200, 201)
    assert Concern.objects.get(title="Slow invoices").impact == "Line one\nline two"
