"""Tickets and downtime with timestamps outside a plausible window (1990 to ten years ahead)."""

import datetime as dt

import pytest

from vendorpact.api.services import create_token
from vendorpact.sla.models import Downtime, Ticket

UTC = dt.UTC


def _store_ticket(tenancy, engagement, external_id, created):
    return Ticket.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        supplier=engagement.supplier,
        external_id=external_id,
        priority_raw="Urgent",
        priority="P1",
        created=created,
        status="Open",
    )


def _url(tenancy, engagement, section=""):
    return f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/sla/{section}"


@pytest.fixture(params=["year_one", "year_9999"])
def stored_out_of_range(request, tenancy, engagement_a, imported):
    created = {
        "year_one": dt.datetime(1, 1, 1, 12, 0, tzinfo=UTC),
        "year_9999": dt.datetime(9999, 12, 31, 9, 59, 59, tzinfo=UTC),
    }[request.param]
    return _store_ticket(tenancy, engagement_a, "X-" + request.param, created)


def test_overview_loads_with_an_out_of_range_ticket_stored(
    client, tenancy, engagement_a, stored_out_of_range
):
    client.force_login(tenancy.alice)
    response = client.get(_url(tenancy, engagement_a))
    assert response.status_code == 200


def test_ticket_list_loads_with_an_out_of_range_ticket_stored(
    client, tenancy, engagement_a, stored_out_of_range
):
    client.force_login(tenancy.alice)
    response = client.get(_url(tenancy, engagement_a, "tickets/"))
    assert response.status_code == 200


def test_api_months_answers_with_an_out_of_range_ticket_stored(
    client, tenancy, engagement_a, stored_out_of_range
):
    token = create_token(user=tenancy.alice, name="t")[1]
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/months"
    response = client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200


def test_overview_warns_that_the_out_of_range_ticket_is_left_out(
    client, tenancy, engagement_a, stored_out_of_range
):
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'id="out-of-range"' in page
    assert "1 stored record has a date before 1990 or more than ten years ahead" in page


def test_claim_letter_and_report_load_with_an_out_of_range_ticket_stored(
    client, tenancy, engagement_a, stored_out_of_range
):
    client.force_login(tenancy.alice)
    assert client.get(_url(tenancy, engagement_a, "claim/?month=2026-09")).status_code == 200
    assert client.get(f"/o/{tenancy.org_a.slug}/report/").status_code == 200
    assert client.get(f"/o/{tenancy.org_a.slug}/report/pdf/").status_code == 200


def test_ticket_page_of_the_out_of_range_ticket_loads(client, tenancy, stored_out_of_range):
    client.force_login(tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/sla-tickets/{stored_out_of_range.pk}/")
    assert response.status_code == 200


def test_out_of_range_downtime_stored_is_left_out(client, tenancy, engagement_a, imported):
    Downtime.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        start=dt.datetime(1, 1, 1, 12, 0, tzinfo=UTC),
        end=dt.datetime(2026, 9, 1, 12, 0, tzinfo=UTC),
    )
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'id="out-of-range"' in page


def test_import_preview_lists_the_year_one_ticket_as_a_bad_row(client, tenancy, terms, run_import):
    text = (
        "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
        "501,Kassa stuk,Solved,Urgent,2026-10-05 09:00:00,2026-10-05 11:00:00,30\n"
        "502,Datum fout,Solved,Urgent,0001-01-01T00:00:00-12:00,,\n"
    )
    staged = run_import("tickets", text, confirm=False)
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/sla-imports/{staged.pk}/"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "is before 1990 or more than ten years ahead" in page
    assert "0001-01-01T00:00:00-12:00" in page
