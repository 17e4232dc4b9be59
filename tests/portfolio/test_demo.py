"""The demo user advises three more clients that share NetCare and CloudBooks with the bakery."""

import pytest

from vendorpact import demo


@pytest.fixture
def demo_user(db):
    demo.load_demo()
    demo.load_demo()  # idempotent: a second run adds nothing
    return demo._demo_user()


def test_demo_portfolio_lists_the_five_organisations(client, demo_user):
    client.force_login(demo_user)
    rows = client.get("/portfolio/").context["rows"]
    assert len(rows) == 5
    assert {"frituur-de-gouden-friet", "kapsalon-lies", "drukkerij-maes"} <= {r.slug for r in rows}


def test_demo_netcare_has_figures_from_four_clients_and_a_peer(client, demo_user):
    client.force_login(demo_user)
    response = client.get("/portfolio/suppliers/BE0456789133/")
    assert response.context["supplier"].clients == 4
    metrics = {m["name"]: m for m in response.context["metrics"]}
    assert metrics["sla_percent"]["figure"].clients == 4
    assert metrics["sla_percent"]["figure"].value is not None
    # IT-Huis Rupel, the other maintenance provider of three clients, gives the median.
    assert metrics["sla_percent"]["median"] is not None
    assert metrics["client_health"]["figure"].clients == 4


def test_demo_cloudbooks_is_matched_at_four_clients(client, demo_user):
    client.force_login(demo_user)
    response = client.get("/portfolio/suppliers/NL004495445B01/")
    assert response.context["supplier"].clients == 4
