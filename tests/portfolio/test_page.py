"""The portfolio page, its API endpoint and the digest grouped by client."""

from decimal import Decimal

import pytest

from tests.api.test_api import auth
from tests.scale import TODAY, add_engagements
from vendorpact.budget.models import BudgetLine, ExtraCost
from vendorpact.reminders.services import digest_for
from vendorpact.sla.models import MonthResult


@pytest.fixture
def portfolio_data(tenancy, pinned_today):
    """Two engagements at Bakkerij Peeters, one at Garage Janssens (see tests.scale)."""
    return add_engagements(tenancy.org_a, 2) + add_engagements(tenancy.org_b, 1, start=2)


def rows_by_slug(response):
    return {row.slug: row for row in response.context["rows"]}


def test_advisor_sees_a_row_per_own_organisation(client, tenancy, portfolio_data):
    client.force_login(tenancy.ada)
    response = client.get("/portfolio/")
    assert response.status_code == 200
    assert set(rows_by_slug(response)) == {"bakkerij-peeters", "garage-janssens"}
    assert 'href="/o/bakkerij-peeters/"' in response.content.decode()


def test_row_counts_concerns_and_unapproved_extra_costs(client, tenancy, portfolio_data):
    client.force_login(tenancy.ada)
    row = rows_by_slug(client.get("/portfolio/"))["bakkerij-peeters"]
    # Each engagement of tests.scale: one open concern raised 60 days ago, one extra cost of
    # 1.500 awaiting approval.
    assert row.open_concerns == 2
    assert row.oldest_concern_days == 60
    assert row.unapproved_extra_costs == Decimal("3000.00")


def test_row_shows_budget_overrun_from_approved_extra_costs(client, tenancy, pinned_today):
    (engagement,) = add_engagements(tenancy.org_b, 1)
    add_engagements(tenancy.org_a, 1, start=1)
    line = BudgetLine.objects.get(engagement=engagement)
    ExtraCost.objects.create(
        organisation=tenancy.org_b,
        engagement=engagement,
        budget_line=line,
        description="Tweede koppeling",
        estimate=Decimal("13000.00"),
        status="approved",
        reported_on=TODAY,
    )
    client.force_login(tenancy.ada)
    row = rows_by_slug(client.get("/portfolio/"))["garage-janssens"]
    # Budget 12.000. Forecast: invoiced 1.000 + the 11.000 still to invoice + approved 13.000
    # + the 1.500 awaiting approval = 26.500, so 14.500 over.
    assert row.budget_overrun == Decimal("14500.00")


def test_sla_compliance_reads_the_last_three_months(client, tenancy, portfolio_data):
    engagement = portfolio_data[2]  # Garage Janssens
    for month, responded, response_late, resolved, resolution_late in (
        ("2026-12", 10, 1, 10, 1),
        ("2026-10", 20, 2, 20, 6),
        ("2026-09", 50, 50, 50, 50),  # four months back: not counted
    ):
        MonthResult.objects.create(
            organisation=tenancy.org_b,
            engagement=engagement,
            month=month,
            tickets=responded,
            responded=responded,
            response_late=response_late,
            resolved=resolved,
            resolution_late=resolution_late,
        )
    client.force_login(tenancy.ada)
    row = rows_by_slug(client.get("/portfolio/"))["garage-janssens"]
    # 60 measured, 10 late: 50 / 60 = 83.3 %.
    assert row.sla_percent == 83.3


def test_member_of_one_organisation_has_no_portfolio(client, tenancy):
    client.force_login(tenancy.alice)
    assert client.get("/portfolio/").status_code == 404


def test_anonymous_user_is_sent_to_login(client):
    response = client.get("/portfolio/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_navigation_links_to_the_portfolio_only_with_two_organisations(client, tenancy):
    client.force_login(tenancy.ada)
    assert 'id="nav-portfolio"' in client.get(f"/o/{tenancy.org_a.slug}/").content.decode()
    client.force_login(tenancy.alice)
    assert 'id="nav-portfolio"' not in client.get(f"/o/{tenancy.org_a.slug}/").content.decode()


def test_filter_and_sort(client, tenancy, pinned_today):
    add_engagements(tenancy.org_a, 1)
    client.force_login(tenancy.ada)
    filtered = client.get("/portfolio/", {"only": "concerns"})
    assert [row.slug for row in filtered.context["rows"]] == ["bakkerij-peeters"]
    by_name_desc = client.get("/portfolio/", {"sort": "name", "dir": "desc"})
    assert [row.slug for row in by_name_desc.context["rows"]] == [
        "garage-janssens",
        "bakkerij-peeters",
    ]
    searched = client.get("/portfolio/", {"q": "garage"})
    assert [row.slug for row in searched.context["rows"]] == ["garage-janssens"]


def test_agenda_lists_reminders_of_every_client(client, tenancy, portfolio_data):
    client.force_login(tenancy.ada)
    agenda = client.get("/portfolio/").context["agenda"]
    # The extra costs reported 20 days ago waited past their 7 days: overdue, at both clients.
    overdue_orgs = {item.org.slug for item in agenda.overdue}
    assert overdue_orgs == {"bakkerij-peeters", "garage-janssens"}
    # Milestones due in 3 days are this week.
    assert any(item.kind == "reminder.milestone_due" for item in agenda.this_week)


def test_api_portfolio_is_user_scoped(client, tenancy, portfolio_data):
    response = client.get("/api/v1/portfolio", **auth(tenancy.ada))
    assert response.status_code == 200
    body = response.json()
    assert [c["slug"] for c in body["clients"]] == ["bakkerij-peeters", "garage-janssens"]
    assert body["clients"][0]["open_concerns"] == 2
    assert body["sla_months"] == ["2026-12", "2026-11", "2026-10"]
    assert {item["org_slug"] for item in body["overdue"]} == {
        "bakkerij-peeters",
        "garage-janssens",
    }


def test_api_portfolio_of_a_one_organisation_user_is_404(client, tenancy):
    assert client.get("/api/v1/portfolio", **auth(tenancy.alice)).status_code == 404


def test_digest_groups_reminders_by_client(tenancy, portfolio_data):
    subject, body, count = digest_for(tenancy.ada, TODAY, "https://vp.example")
    # 6 reminders per engagement of tests.scale, 3 engagements.
    assert count == 18
    bakery = body.index("Bakkerij Peeters: 12")
    garage = body.index("Garage Janssens: 6")
    assert bakery < garage
    assert body.index("Opdracht 001") < garage < body.index("Opdracht 002")
    assert "https://vp.example/portfolio/" in body


def test_digest_of_a_one_organisation_user_has_no_portfolio_link(tenancy, portfolio_data):
    _subject, body, _count = digest_for(tenancy.alice, TODAY, "https://vp.example")
    assert "/portfolio/" not in body


@pytest.mark.parametrize(
    ("language", "heading", "column"),
    [
        ("nl", "Portefeuille", "Budgetoverschrijding"),
        ("fr", "Portefeuille", "Dépassement de budget"),
        ("en", "Portfolio", "Budget overrun"),
    ],
)
def test_portfolio_page_in_each_language(client, tenancy, language, heading, column):
    client.force_login(tenancy.ada)
    client.post("/language/", {"language": language, "next": "/"})
    page = client.get("/portfolio/").content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert column in page


def test_digest_in_dutch_counts_reminders_per_client(tenancy, portfolio_data):
    _subject, body, _count = digest_for(tenancy.ada, TODAY)
    # Per engagement, the ageing concern and the extra cost waiting 20 days are overdue.
    assert "Bakkerij Peeters: 12 herinneringen, 4 achterstallig" in body
