"""Long lists are paged (engagements, reminders, invoices) and the dashboard shows a bounded
part; totals still count everything."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.conftest import login
from tests.scale import TODAY, add_engagements
from vendorpact.budget.models import BudgetLine, Invoice, InvoiceLine
from vendorpact.engagements.models import Engagement
from vendorpact.suppliers.models import Supplier


@pytest.fixture
def pinned_today(monkeypatch):
    real_localdate = timezone.localdate

    def localdate(value=None, timezone=None):
        return real_localdate(value, timezone) if value is not None else TODAY

    monkeypatch.setattr(timezone, "localdate", localdate)


def make_engagements(org, titles, **fields) -> list[Engagement]:
    supplier = Supplier.objects.create(organisation=org, name="Leverancier BV")
    return [
        Engagement.objects.create(organisation=org, supplier=supplier, title=title, **fields)
        for title in titles
    ]


def titles_of(response) -> list[str]:
    return [row["engagement"].title for row in response.context["rows"]]


# ---- engagement list --------------------------------------------------------------------------


def test_engagement_list_second_page_holds_the_rows_after_the_first_25(client, tenancy):
    # Created in reverse, sorted by title: page 2 holds titles 25..29.
    make_engagements(tenancy.org_a, [f"Opdracht {n:02d}" for n in reversed(range(30))])
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/"
    response = client.get(url, {"sort": "title", "page": 2})
    assert titles_of(response) == [f"Opdracht {n:02d}" for n in range(25, 30)]
    assert response.context["page"].paginator.count == 30


def test_engagement_list_first_page_has_25_rows_and_a_link_to_the_next(client, tenancy):
    make_engagements(tenancy.org_a, [f"Opdracht {n:02d}" for n in range(30)], status="active")
    login(client, tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/engagements/?status=active&sort=title")
    assert titles_of(response) == [f"Opdracht {n:02d}" for n in range(25)]
    # The page links keep the filter and the sort.
    assert 'href="?status=active&amp;sort=title&amp;page=2"' in response.content.decode()


def test_engagement_list_sorted_by_supplier(client, tenancy):
    org = tenancy.org_a
    zeta = Supplier.objects.create(organisation=org, name="Zeta NV")
    alfa = Supplier.objects.create(organisation=org, name="Alfa BV")
    Engagement.objects.create(organisation=org, supplier=zeta, title="A bij Zeta")
    Engagement.objects.create(organisation=org, supplier=alfa, title="B bij Alfa")
    login(client, tenancy.alice)
    response = client.get(f"/o/{org.slug}/engagements/", {"sort": "supplier"})
    assert titles_of(response) == ["B bij Alfa", "A bij Zeta"]


def test_engagement_list_running_filter_leaves_out_ended(client, tenancy):
    make_engagements(tenancy.org_a, ["Loopt"], status="active")
    make_engagements(tenancy.org_a, ["Gestopt"], status="ended")
    login(client, tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/engagements/", {"status": "running"})
    assert titles_of(response) == ["Loopt"]


def test_engagement_list_page_past_the_end_shows_the_last_page(client, tenancy):
    make_engagements(tenancy.org_a, [f"Opdracht {n:02d}" for n in range(27)])
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/"
    response = client.get(url, {"sort": "title", "page": 9})
    assert titles_of(response) == ["Opdracht 25", "Opdracht 26"]


# ---- dashboard ----------------------------------------------------------------------------------


def test_dashboard_lists_the_ten_first_notice_deadlines_and_counts_all(
    client, tenancy, pinned_today
):
    org = tenancy.org_a
    supplier = Supplier.objects.create(organisation=org, name="Leverancier BV")
    # Ends on the 28th of month 1..12 of 2027, one month's notice: the deadlines follow the
    # same order. Created latest first, so that creation order is not deadline order.
    for month in reversed(range(1, 13)):
        Engagement.objects.create(
            organisation=org,
            supplier=supplier,
            title=f"Eindigt 2027-{month:02d}",
            status="active",
            start_date=date(2025, 1, 1),
            end_date=date(2027, month, 28),
            notice_value=1,
            notice_unit="months",
        )
    Engagement.objects.create(organisation=org, supplier=supplier, title="Gestopt", status="ended")
    login(client, tenancy.alice)
    response = client.get(f"/o/{org.slug}/")
    assert titles_of(response) == [f"Eindigt 2027-{month:02d}" for month in range(1, 11)]
    assert response.context["running_count"] == 12
    assert response.context["next_deadline"]["engagement"].title == "Eindigt 2027-01"
    assert f"/o/{org.slug}/engagements/?status=running" in response.content.decode()


def test_dashboard_counts_every_reminder_but_lists_five(client, tenancy, pinned_today):
    add_engagements(tenancy.org_a, 12)  # 6 reminders each (see tests/web/test_scale_queries.py)
    login(client, tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/")
    assert response.context["reminder_count"] == 12 * 6
    assert len(response.context["reminders"]) == 5
    assert len(response.context["rows"]) == 10


def test_dashboard_counts_urgent_advice_of_every_running_engagement(client, tenancy, pinned_today):
    # Agreed verbally without general terms: "supplier terms may bind" and "verbal only", two
    # urgent points each (SaaS without dates adds only a medium one). 12 running, 1 ended.
    fields = {"kind": "saas", "agreed_how": "verbal", "general_terms": "none"}
    make_engagements(tenancy.org_a, [f"Opdracht {n:02d}" for n in range(12)], **fields)
    make_engagements(tenancy.org_a, ["Gestopt"], status="ended", **fields)
    login(client, tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/")
    assert response.context["high_advice"] == 24
    assert len(response.context["rows"]) == 10


# ---- reminders page -----------------------------------------------------------------------------


def test_reminders_second_page_holds_the_rest_in_due_order(client, tenancy, pinned_today):
    add_engagements(tenancy.org_a, 10)  # 6 reminders each: 60
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/reminders/"
    first = client.get(url).context["rows"]
    second = client.get(url, {"page": 2}).context["rows"]
    assert (len(first), len(second)) == (50, 10)
    dues = [row["reminder"].due for row in first + second]
    assert dues == sorted(dues)
    everything = {(row["reminder"].due, row["title"]) for row in first + second}
    assert len(everything) == 60


# ---- budget page: invoices ----------------------------------------------------------------------


def test_budget_invoices_paged_while_the_totals_count_every_invoice(client, tenancy, engagement_a):
    org = tenancy.org_a
    line = BudgetLine.objects.create(
        organisation=org, engagement=engagement_a, label="Bouw", amount=Decimal("50000.00")
    )
    # 30 invoices of € 100, issued on 1..30 November 2026; the list shows the newest first.
    for day in range(1, 31):
        invoice = Invoice.objects.create(
            organisation=org,
            engagement=engagement_a,
            number=f"F-{day:02d}",
            supplier_name="Leverancier",
            supplier_key="LEVERANCIER",
            number_key=f"F-{day:02d}",
            issue_date=date(2026, 11, day),
            total_excl_vat=Decimal("100.00"),
            total_incl_vat=Decimal("121.00"),
        )
        InvoiceLine.objects.create(
            organisation=org,
            invoice=invoice,
            line_id="1",
            description="Uren",
            line_amount=Decimal("100.00"),
            budget_line=line,
            match_state="confirmed",
        )
    login(client, tenancy.alice)
    url = f"/o/{org.slug}/engagements/{engagement_a.pk}/budget/"
    response = client.get(url, {"page": 2})
    numbers = [invoice.number for invoice in response.context["invoices"]]
    assert numbers == ["F-05", "F-04", "F-03", "F-02", "F-01"]
    assert response.context["summary"].invoiced == Decimal("3000.00")
    assert 'href="?page=1#invoices"' in response.content.decode()
