"""API list endpoints return one page (limit/offset) as a JSON array, with paging headers."""

from __future__ import annotations

import pytest

from tests.api.test_api import auth
from vendorpact.concerns.models import Concern
from vendorpact.suppliers.models import Supplier


def add_suppliers(org, count: int, prefix: str = "Leverancier") -> None:
    Supplier.objects.bulk_create(
        Supplier(organisation=org, name=f"{prefix} {number:03d}") for number in range(count)
    )


@pytest.fixture
def suppliers_url(tenancy):
    return f"/api/v1/orgs/{tenancy.org_a.slug}/suppliers"


def test_default_page_is_the_first_hundred_rows(client, tenancy, suppliers_url):
    add_suppliers(tenancy.org_a, 105)
    response = client.get(suppliers_url, **auth(tenancy.alice))
    names = [row["name"] for row in response.json()]
    assert len(names) == 100
    assert names[0] == "Leverancier 000" and names[-1] == "Leverancier 099"


def test_total_count_header_counts_all_pages(client, tenancy, suppliers_url):
    add_suppliers(tenancy.org_a, 105)
    response = client.get(suppliers_url, {"limit": 10}, **auth(tenancy.alice))
    assert response["X-Total-Count"] == "105"


def test_limit_and_offset_select_the_rows(client, tenancy, suppliers_url):
    add_suppliers(tenancy.org_a, 12)
    response = client.get(suppliers_url, {"limit": 3, "offset": 4}, **auth(tenancy.alice))
    assert [row["name"] for row in response.json()] == [
        "Leverancier 004",
        "Leverancier 005",
        "Leverancier 006",
    ]


def test_next_link_points_to_the_following_page(client, tenancy, suppliers_url):
    add_suppliers(tenancy.org_a, 12)
    response = client.get(suppliers_url, {"limit": 5, "q": "Lever"}, **auth(tenancy.alice))
    expected = f'<http://testserver{suppliers_url}?limit=5&q=Lever&offset=5>; rel="next"'
    assert response["Link"] == expected


def test_no_next_link_on_the_last_page(client, tenancy, suppliers_url):
    add_suppliers(tenancy.org_a, 12)
    response = client.get(suppliers_url, {"limit": 5, "offset": 10}, **auth(tenancy.alice))
    assert len(response.json()) == 2
    assert "Link" not in response


def test_offset_beyond_the_end_gives_an_empty_array(client, tenancy, suppliers_url):
    add_suppliers(tenancy.org_a, 3)
    response = client.get(suppliers_url, {"offset": 50}, **auth(tenancy.alice))
    assert response.status_code == 200
    assert response.json() == [] and response["X-Total-Count"] == "3"


@pytest.mark.parametrize("limit", ["0", "501", "-1", "many"])
def test_bad_limit_is_refused_with_422(client, tenancy, suppliers_url, limit):
    response = client.get(suppliers_url, {"limit": limit}, **auth(tenancy.alice))
    assert response.status_code == 422
    assert "limit" in response.json()["detail"]


def test_offset_beyond_a_64_bit_integer_is_refused_with_422(client, tenancy, suppliers_url):
    response = client.get(suppliers_url, {"offset": str(10**20)}, **auth(tenancy.alice))
    assert response.status_code == 422
    assert "offset" in response.json()["detail"]


def test_negative_offset_is_refused_with_422(client, tenancy, suppliers_url):
    response = client.get(suppliers_url, {"offset": "-5"}, **auth(tenancy.alice))
    assert response.status_code == 422


def test_paging_never_shows_another_organisations_rows(client, tenancy, suppliers_url):
    add_suppliers(tenancy.org_a, 7, prefix="Eigen")
    add_suppliers(tenancy.org_b, 9, prefix="Vreemd")
    headers = auth(tenancy.alice)
    names, url, totals = [], suppliers_url + "?limit=3", set()
    while url:
        response = client.get(url, **headers)
        names += [row["name"] for row in response.json()]
        totals.add(response["X-Total-Count"])
        url = response.get("Link", "").partition(">")[0].removeprefix("<")
    assert totals == {"7"}
    assert names == [f"Eigen {number:03d}" for number in range(7)]


def test_paging_an_engagement_of_another_organisation_is_404(client, tenancy, engagement_a):
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/documents"
    response = client.get(url, {"limit": 5, "offset": 0}, **auth(tenancy.bob))
    assert response.status_code == 404


def test_reminder_list_is_paged(client, tenancy, engagement_a):
    Concern.objects.bulk_create(
        Concern(
            organisation=tenancy.org_a,
            engagement=engagement_a,
            title=f"Zorg {n}",
            raised_on="2020-01-01",
        )
        for n in range(4)
    )
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/reminders"
    response = client.get(url, {"limit": 2}, **auth(tenancy.alice))
    assert len(response.json()) == 2
    assert response["X-Total-Count"] == "4"  # one ageing-concern reminder per concern
    assert "offset=2" in response["Link"]


def test_every_list_endpoint_documents_limit_and_offset(client, tenancy):
    schema = client.get("/api/v1/openapi.json", **auth(tenancy.alice)).json()
    unpaged = []
    for path, operations in schema["paths"].items():
        get = operations.get("get")
        if get is None:
            continue
        body = get["responses"]["200"].get("content", {}).get("application/json", {})
        if body.get("schema", {}).get("type") != "array":
            continue
        names = {parameter["name"] for parameter in get.get("parameters", [])}
        if not {"limit", "offset"} <= names:
            unpaged.append(path)
    assert unpaged == []
