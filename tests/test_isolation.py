"""An outsider gets 404 on every organisation URL and API endpoint, and nothing changes."""

import importlib
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.api.test_api import auth
from vendorpact.engagements.models import ChecklistEntry, Document, Engagement
from vendorpact.orgs.models import Membership, Organisation, Role
from vendorpact.suppliers.models import Contact, Supplier


def org_url_patterns():
    """(name, route) of every pattern below /o/<org_slug>/, found from the URLconf itself."""
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and "org_slug" in str(entry.pattern):
            for pattern in entry.url_patterns:
                if isinstance(pattern, URLPattern):
                    yield pattern.name, str(pattern.pattern)


ORG_PATTERNS = sorted(org_url_patterns())


def app_isolation_modules():
    """Each app's tests may hold an `isolation.py` with FACTORIES and SNAPSHOT_MODELS:
    FACTORIES maps the first URL segment after /o/<org>/ (e.g. "budget-lines") to a function
    (tenancy, engagement) -> pk of an object of org A; SNAPSHOT_MODELS lists models whose rows
    must not change."""
    for path in sorted(Path(__file__).parent.glob("*/isolation.py")):
        yield importlib.import_module(f"tests.{path.parent.name}.isolation")


def snapshot():
    models = [Supplier, Contact, Engagement, Document, ChecklistEntry, Membership]
    for module in app_isolation_modules():
        models.extend(getattr(module, "SNAPSHOT_MODELS", []))
    return {
        model.__name__: sorted(tuple(str(v) for v in row) for row in model.objects.values_list())
        for model in models
    } | {
        "supplier_names": sorted(Supplier.objects.values_list("name", flat=True)),
        "engagement_titles": sorted(Engagement.objects.values_list("title", flat=True)),
        "roles": sorted(Membership.objects.values_list("role", flat=True)),
        "statuses": sorted(ChecklistEntry.objects.values_list("status", flat=True)),
    }


@pytest.fixture
def objects_of_a(tenancy, supplier_a, engagement_a, document_a):
    membership = Membership.objects.get(user=tenancy.alice, organisation=tenancy.org_a)
    objects = {
        "suppliers": supplier_a.pk,
        "engagements": engagement_a.pk,
        "documents": document_a.pk,
        "contacts": supplier_a.contacts.first().pk,
        "members": membership.pk,
    }
    for module in app_isolation_modules():
        for segment, factory in module.FACTORIES.items():
            objects[segment] = factory(tenancy, engagement_a)
    return objects


def url_for(route: str, org_slug: str, objects: dict) -> str:
    """The route filled with ids of org A's objects: the first segment names the object kind."""
    segment = route.split("/", 1)[0]
    if "contacts/<int:pk>" in route:
        segment = "contacts"
    pk = objects.get(segment, objects["engagements"])
    path = route.replace("<int:pk>", str(pk)).replace("<str:item_id>", "budget.project_cost")
    return f"/o/{org_slug}/{path}"


FORM_DATA = {
    "name": "Hacked",
    "title": "Hacked",
    "status": "missing",
    "role": "owner",
    "email": "bob@example.be",
    "kind": "contract",
    "country": "BE",
    "typed_name": "Bakkerij Peeters",  # org A's name, as the delete confirmation asks
}


def test_matrix_covers_every_org_pattern():
    assert len(ORG_PATTERNS) >= 20


@pytest.mark.parametrize(("name", "route"), ORG_PATTERNS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_outsider_gets_404_in_foreign_org(client, tenancy, objects_of_a, name, route, method):
    client.force_login(tenancy.bob)
    before = snapshot()
    response = getattr(client, method)(url_for(route, tenancy.org_a.slug, objects_of_a), FORM_DATA)
    assert response.status_code == 404, name
    assert snapshot() == before


@pytest.mark.parametrize(("name", "route"), [p for p in ORG_PATTERNS if "<int:pk>" in p[1]])
@pytest.mark.parametrize("method", ["get", "post"])
def test_foreign_object_through_own_org_gets_404(
    client, tenancy, objects_of_a, name, route, method
):
    client.force_login(tenancy.bob)
    before = snapshot()
    response = getattr(client, method)(url_for(route, tenancy.org_b.slug, objects_of_a), FORM_DATA)
    if response.status_code == 405:
        # A POST-only view refuses GET before looking anything up: the same answer as for an
        # id that does not exist, so nothing is revealed.
        missing = {key: 999_999 for key in objects_of_a}
        assert client.get(url_for(route, tenancy.org_b.slug, missing)).status_code == 405
    else:
        assert response.status_code == 404, name
    assert snapshot() == before


def test_advisor_sees_both_organisations(client, tenancy, supplier_a):
    client.force_login(tenancy.ada)
    assert client.get(f"/o/{tenancy.org_a.slug}/suppliers/{supplier_a.pk}/").status_code == 200
    assert client.get(f"/o/{tenancy.org_b.slug}/").status_code == 200


def test_advisor_cannot_reach_org_a_object_through_org_b(client, tenancy, supplier_a):
    client.force_login(tenancy.ada)
    response = client.get(f"/o/{tenancy.org_b.slug}/suppliers/{supplier_a.pk}/")
    assert response.status_code == 404


def test_anonymous_user_is_sent_to_login(client, tenancy):
    response = client.get(f"/o/{tenancy.org_a.slug}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# ---- user-scoped pages: the portfolio across an advisor's organisations ----------------------

USER_SCOPED_URLS = [
    "/portfolio/",
    "/portfolio/suppliers/",
    "/portfolio/suppliers/BE0712345630/",
]
USER_SCOPED_API = ["/api/v1/portfolio", "/api/v1/portfolio/suppliers/BE0712345630"]


@pytest.fixture
def advisor_in_three(tenancy, supplier_a, engagement_a):
    """ada advises org A, org B and a third client; org D belongs to an outsider (carl) and
    has a supplier with the same VAT number as org A's."""
    org_c = Organisation.objects.create(name="Apotheek Wouters", slug="apotheek-wouters")
    Membership.objects.create(user=tenancy.ada, organisation=org_c, role=Role.VIEWER)
    org_d = Organisation.objects.create(name="Elders BV", slug="elders-bv")
    carl = type(tenancy.ada).objects.create_user("carl", password="pw-carl")
    Membership.objects.create(user=carl, organisation=org_d, role=Role.OWNER)
    Membership.objects.create(
        user=carl, organisation=Organisation.objects.create(name="Carl 2", slug="carl-2")
    )
    foreign = Supplier.objects.create(
        organisation=org_d, name="Pixelwerf BV", vat_number="BE0712345630"
    )
    Engagement.objects.create(
        organisation=org_d, supplier=foreign, title="Geheime opdracht", status="active"
    )
    return type("Advised", (), {"org_c": org_c, "org_d": org_d, "carl": carl})


@pytest.mark.parametrize("url", USER_SCOPED_URLS)
def test_member_of_one_organisation_gets_404_on_portfolio_pages(client, tenancy, url):
    client.force_login(tenancy.bob)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", USER_SCOPED_API)
def test_member_of_one_organisation_gets_404_on_portfolio_api(client, tenancy, url):
    assert client.get(url, **auth(tenancy.bob)).status_code == 404


@pytest.mark.parametrize("url", USER_SCOPED_URLS)
def test_anonymous_user_is_sent_to_login_from_portfolio(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_advisor_portfolio_shows_exactly_own_three_organisations(client, tenancy, advisor_in_three):
    client.force_login(tenancy.ada)
    response = client.get("/portfolio/")
    slugs = {row.slug for row in response.context["rows"]}
    assert slugs == {tenancy.org_a.slug, tenancy.org_b.slug, advisor_in_three.org_c.slug}
    assert "Elders BV" not in response.content.decode()


def test_advisor_supplier_page_leaves_out_an_organisation_of_others(
    client, tenancy, advisor_in_three
):
    client.force_login(tenancy.ada)
    response = client.get("/portfolio/suppliers/BE0712345630/")
    assert response.context["supplier"].clients == 1
    assert "Geheime opdracht" not in response.content.decode()


def test_outsider_with_a_portfolio_sees_nothing_of_the_advisor_clients(
    client, tenancy, advisor_in_three
):
    client.force_login(advisor_in_three.carl)
    response = client.get("/portfolio/")
    assert {row.slug for row in response.context["rows"]} == {"elders-bv", "carl-2"}
    supplier = client.get("/portfolio/suppliers/BE0712345630/")
    assert supplier.context["supplier"].clients == 1
    assert "Webshop" not in supplier.content.decode()


def test_advisor_api_portfolio_lists_only_own_organisations(client, tenancy, advisor_in_three):
    body = client.get("/api/v1/portfolio", **auth(tenancy.ada)).json()
    assert {c["slug"] for c in body["clients"]} == {
        tenancy.org_a.slug,
        tenancy.org_b.slug,
        advisor_in_three.org_c.slug,
    }


def test_portfolio_api_without_token_is_401(client):
    assert client.get("/api/v1/portfolio").status_code == 401


def test_search_never_shows_another_organisations_records(client, tenancy, supplier_a):
    Supplier.objects.create(organisation=tenancy.org_b, name="Pixelwerf Noord")
    client.force_login(tenancy.ada)  # member of both: only the URL's organisation counts
    response = client.get(f"/o/{tenancy.org_b.slug}/search/", {"q": "pixelwerf"})
    assert response.status_code == 200
    assert "Pixelwerf Noord" in response.text
    assert "Pixelwerf BV" not in response.text
    assert f"/suppliers/{supplier_a.pk}/" not in response.text
