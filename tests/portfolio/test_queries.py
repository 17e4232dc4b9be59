"""The portfolio pages, API and digest take the same number of queries for N and for 2N
organisations (each with N engagements)."""

import pytest

from tests.api.test_api import auth
from tests.scale import TODAY, add_engagements, count_cold_queries
from vendorpact.orgs.models import Membership, Organisation, Role
from vendorpact.reminders.services import digest_for
from vendorpact.suppliers.models import Supplier

N = 2
SHARED_VAT = "BE0456789133"


@pytest.fixture
def advisor(make_user):
    return make_user("adviseur")


def add_clients(advisor, start: int, count: int) -> None:
    """`count` client organisations of the advisor, each with N engagements whose suppliers
    all have the same VAT number."""
    for number in range(start, start + count):
        org = Organisation.objects.create(name=f"Klant {number:03d}", slug=f"klant-{number:03d}")
        Membership.objects.create(user=advisor, organisation=org, role=Role.MANAGER)
        add_engagements(org, N)
        Supplier.objects.filter(organisation=org).update(vat_number=SHARED_VAT)


def queries_for_n_and_2n(advisor, action):
    add_clients(advisor, 0, N)
    action()  # the first request also writes the session
    small, _ = count_cold_queries(action)
    add_clients(advisor, N, N)
    large, result = count_cold_queries(action)
    return small, large, result


def test_portfolio_page_queries_do_not_grow(client, advisor, pinned_today):
    client.force_login(advisor)
    small, large, response = queries_for_n_and_2n(advisor, lambda: client.get("/portfolio/"))
    assert len(response.context["rows"]) == 2 * N
    assert small == large


def test_portfolio_api_queries_do_not_grow(client, advisor, pinned_today):
    headers = auth(advisor)
    small, large, response = queries_for_n_and_2n(
        advisor, lambda: client.get("/api/v1/portfolio", **headers)
    )
    assert len(response.json()["clients"]) == 2 * N
    assert small == large


def test_digest_queries_do_not_grow(advisor, pinned_today):
    small, large, digest = queries_for_n_and_2n(advisor, lambda: digest_for(advisor, TODAY))
    assert digest[2] == 2 * N * N * 6  # 6 reminders per engagement (tests.scale)
    assert small == large


def test_supplier_page_queries_do_not_grow(client, advisor, pinned_today):
    client.force_login(advisor)
    url = f"/portfolio/suppliers/{SHARED_VAT}/"
    small, large, response = queries_for_n_and_2n(advisor, lambda: client.get(url))
    assert response.context["supplier"].clients == 2 * N
    assert small == large
