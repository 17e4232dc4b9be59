"""The budget page's chart is drawn again only when the figures it shows change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from vendorpact.budget import charts
from vendorpact.budget.models import Invoice, InvoiceLine


@pytest.fixture
def drawn(monkeypatch):
    """The number of charts rendered (calls to the SVG renderer)."""
    calls = []
    real = charts.figure_to_svg
    monkeypatch.setattr(charts, "figure_to_svg", lambda figure: calls.append(1) or real(figure))
    return calls


def test_budget_chart_drawn_once_for_the_same_figures(
    client, tenancy, engagement_a, development_line, drawn
):
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/budget/"
    first = client.get(url).context["chart"]
    second = client.get(url).context["chart"]
    assert len(drawn) == 1
    assert first == second and first.startswith("<svg")


def test_budget_chart_drawn_again_after_an_invoice(
    client, tenancy, engagement_a, development_line, drawn
):
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/budget/"
    before = client.get(url).context["chart"]
    invoice = Invoice.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        number="F-1",
        supplier_name="Leverancier",
        supplier_key="LEVERANCIER",
        number_key="F-1",
        issue_date=date(2026, 3, 15),
        total_excl_vat=Decimal("2500.00"),
        total_incl_vat=Decimal("3025.00"),
    )
    InvoiceLine.objects.create(
        organisation=tenancy.org_a,
        invoice=invoice,
        line_id="1",
        description="Sprint 1",
        line_amount=Decimal("2500.00"),
        budget_line=development_line,
        match_state="confirmed",
    )
    after = client.get(url).context["chart"]
    assert len(drawn) == 2
    assert after != before
