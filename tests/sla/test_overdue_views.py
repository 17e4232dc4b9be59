"""Open tickets past their target in the web: overview, ticket list and page, API, letter,
report; and months without any data.

NetCare's terms (tests.sla.conftest): Mon-Fri 08:30-17:30 in Brussels, P1 answered within
1 business hour and resolved within 4. OV-1 is created Monday 2 March 2026 09:00 and answered
09:20. On Monday 11:00 it is 2 business hours in (2 h left); on Tuesday 10:00 it is
8.5 + 1.5 = 10 hours in: 6 hours overdue, a resolution breach of March.
"""

import pytest
from django.utils import timezone

from tests.core.sla.sla_helpers import brussels
from vendorpact.api.services import create_token
from vendorpact.sla.figures import EngagementSla

MONDAY_11, TUESDAY_10 = brussels(2026, 3, 2, 11), brussels(2026, 3, 3, 10)
OPEN_P1 = (
    "id,priority,created,first_response,resolved\n"
    "OV-1,P1,2026-03-02T09:00:00+01:00,2026-03-02T09:20:00+01:00,\n"
)


@pytest.fixture
def open_ticket(terms, run_import):
    run_import("tickets", OPEN_P1, "tickets.csv")


def pin_now(monkeypatch, moment):
    monkeypatch.setattr(timezone, "now", lambda: moment)


def _url(tenancy, engagement, section=""):
    return f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/sla/{section}"


def test_open_ticket_past_its_target_is_a_breach_of_its_month(engagement_a, open_ticket):
    sla = EngagementSla(engagement_a, now=TUESDAY_10)
    (march,) = sla.months
    assert [row.ticket.external_id for row in sla.breaches] == ["OV-1"]
    assert (march.month, march.resolution_breached, march.resolution_overdue) == ("2026-03", 1, 1)
    assert (march.breaches, march.overdue, march.resolution_percent) == (1, 1, 0.0)
    assert sla.breaches[0].remaining_seconds == -6 * 3600


def test_open_ticket_within_its_target_is_no_breach(engagement_a, open_ticket):
    sla = EngagementSla(engagement_a, now=MONDAY_11)
    (march,) = sla.months
    assert sla.breaches == [] and march.breaches == 0
    assert march.resolution_percent is None
    assert sla.evaluated[0].remaining_seconds == 2 * 3600


def test_overview_shows_the_open_overdue_breach(
    client, tenancy, engagement_a, open_ticket, monkeypatch
):
    pin_now(monkeypatch, TUESDAY_10)
    client.force_login(tenancy.vera)
    page = client.get(_url(tenancy, engagement_a), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    breaches = page[page.index('id="breaches"') :]
    assert "OV-1" in breaches and "open, te laat" in breaches
    month_row = page[page.index('data-month="2026-03"') :].split("</tr>")[0]
    assert "1 open, te laat" in month_row


def test_overview_before_the_target_lists_no_breach(
    client, tenancy, engagement_a, open_ticket, monkeypatch
):
    pin_now(monkeypatch, MONDAY_11)
    client.force_login(tenancy.vera)
    page = client.get(_url(tenancy, engagement_a), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "OV-1" not in page[page.index('id="breaches"') :]
    assert "open, overdue" not in page


def test_ticket_list_and_page_say_open_overdue(
    client, tenancy, engagement_a, open_ticket, monkeypatch
):
    pin_now(monkeypatch, TUESDAY_10)
    client.force_login(tenancy.vera)
    listing = client.get(_url(tenancy, engagement_a, "tickets/?breached=resolution"))
    text = listing.content.decode()
    assert 'data-ticket="OV-1"' in text and "open, te laat" in text
    ticket = engagement_a.sla_tickets.get(external_id="OV-1")
    page = client.get(
        f"/o/{tenancy.org_a.slug}/sla-tickets/{ticket.pk}/", HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert "ouvert, délai dépassé" in page.content.decode()


def test_api_months_count_the_open_overdue_ticket(client, tenancy, engagement_a, open_ticket):
    token = create_token(user=tenancy.alice, name="t")[1]
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/months"
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    late = client.get(url, {"now": TUESDAY_10.isoformat()}, **auth).json()
    early = client.get(url, {"now": MONDAY_11.isoformat()}, **auth).json()
    assert (late[0]["resolution_breached"], late[0]["resolution_overdue"]) == (1, 1)
    assert late[0]["resolution_compliance_percent"] == 0.0
    assert (early[0]["resolution_breached"], early[0]["resolution_overdue"]) == (0, 0)


def test_claim_letter_lists_the_open_overdue_ticket(
    client, tenancy, engagement_a, open_ticket, monkeypatch
):
    pin_now(monkeypatch, TUESDAY_10)
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a, "claim/?month=2026-03&lang=nl"))
    letter = page.context["letter_html"]
    table = letter[letter.index('class="breaches"') :]
    assert "OV-1" in table and "open, te laat" in table


def test_monthly_report_counts_the_open_overdue_breach(
    client, tenancy, engagement_a, open_ticket, monkeypatch
):
    pin_now(monkeypatch, TUESDAY_10)
    client.force_login(tenancy.alice)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/report/", {"month": "2026-03"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    row = next(r for r in page.context["report"].rows if r.engagement == engagement_a)
    assert (row.sla_month.breaches, row.sla_month.overdue) == (1, 1)
    assert "1 open, overdue" in page.content.decode()


# --- a month without tickets and without downtime records -------------------------------------

TICKETS_JANUARY_MARCH = (
    "id,priority,created,first_response,resolved\n"
    "J-1,P3,2026-01-13T10:00:00+01:00,2026-01-13T10:30:00+01:00,2026-01-13T12:00:00+01:00\n"
    "M-1,P3,2026-03-10T10:00:00+01:00,2026-03-10T10:30:00+01:00,2026-03-10T12:00:00+01:00\n"
)
JANUARY_OUTAGE = "start,end,scope,planned,reference\n13/01/2026 09:00,13/01/2026 10:00,,no,INC-1\n"


@pytest.fixture
def gap_in_february(terms, run_import):
    run_import("tickets", TICKETS_JANUARY_MARCH, "tickets.csv")
    run_import("downtime", JANUARY_OUTAGE, "storingen.csv")


def test_month_without_data_has_no_availability_figure(engagement_a, gap_in_february):
    months = {row.month: row for row in EngagementSla(engagement_a, now=TUESDAY_10).months}
    assert list(months) == ["2026-01", "2026-02", "2026-03"]
    assert months["2026-02"].availability is None and months["2026-02"].no_availability_data
    assert months["2026-03"].availability.availability_percent == 100.0
    assert not months["2026-03"].no_availability_data


def test_overview_and_api_say_no_data(client, tenancy, engagement_a, gap_in_february, monkeypatch):
    pin_now(monkeypatch, TUESDAY_10)
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    february = page[page.index('data-month="2026-02"') :].split("</tr>")[0]
    assert "geen gegevens" in february and "100" not in february
    token = create_token(user=tenancy.alice, name="t")[1]
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/months"
    months = {m["month"]: m for m in client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}").json()}
    assert months["2026-02"]["availability_percent"] is None
    assert months["2026-01"]["availability_percent"] is not None


def test_monthly_report_says_no_data_for_the_month_without_data(
    client, tenancy, engagement_a, gap_in_february, monkeypatch
):
    pin_now(monkeypatch, TUESDAY_10)
    client.force_login(tenancy.alice)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/report/", {"month": "2026-02"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    row = next(r for r in page.context["report"].rows if r.engagement == engagement_a)
    assert row.sla_month.no_availability_data and row.sla_month.availability is None
    assert "Disponibilité: pas de données" in page.content.decode()
