"""Entering one outage or one ticket by hand: page, service and API share the rules."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from vendorpact.api.services import create_token
from vendorpact.core.sla.outcome import BREACHED
from vendorpact.sla import manual
from vendorpact.sla.models import Downtime, Ticket, TicketResult

BRUSSELS = ZoneInfo("Europe/Brussels")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 10, day, hour, minute, tzinfo=BRUSSELS)


def add_ticket(tenancy, engagement, **values):
    values = {"external_id": "TEL-1", "priority": "P1", "created": at(5, 9)} | values
    return manual.add_ticket(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, **values
    )


def test_outage_is_stored_without_an_import_batch(tenancy, engagement_a):
    manual.add_downtime(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        start=at(3, 10),
        end=at(3, 11),
    )
    stored = Downtime.objects.get(engagement=engagement_a)
    assert (stored.start, stored.end, stored.source_import) == (at(3, 10), at(3, 11), None)


def test_outage_ending_before_it_starts_is_refused(tenancy, engagement_a):
    with pytest.raises(ValidationError) as refused:
        manual.add_downtime(
            org=tenancy.org_a,
            actor=tenancy.alice,
            engagement=engagement_a,
            start=at(3, 11),
            end=at(3, 10),
        )
    assert "end" in refused.value.error_dict
    assert not Downtime.objects.exists()


def test_the_same_outage_twice_is_refused(tenancy, engagement_a):
    values = {"start": at(3, 10), "end": at(3, 11), "scope": "servers"}
    manual.add_downtime(org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, **values)
    with pytest.raises(ValidationError):
        manual.add_downtime(
            org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, **values
        )
    assert Downtime.objects.count() == 1


def test_ticket_gets_its_stored_result_like_after_an_import(tenancy, engagement_a, terms):
    # P1: response within 60 business minutes; 09:00 -> 10:30 on a Monday is 90 minutes.
    ticket = add_ticket(tenancy, engagement_a, first_response=at(5, 10, 30))
    result = TicketResult.objects.get(ticket=ticket)
    assert (result.response_seconds, result.response_outcome) == (90 * 60, BREACHED)


def test_ticket_of_a_priority_outside_the_terms_is_refused(tenancy, engagement_a, terms):
    with pytest.raises(ValidationError) as refused:
        add_ticket(tenancy, engagement_a, priority="Urgent")
    assert "priority" in refused.value.error_dict
    assert not Ticket.objects.exists()


def test_ticket_resolved_before_it_was_created_is_refused(tenancy, engagement_a, terms):
    with pytest.raises(ValidationError) as refused:
        add_ticket(tenancy, engagement_a, resolved=at(4, 9))
    assert "resolved" in refused.value.error_dict


def test_ticket_number_known_for_the_supplier_is_refused(tenancy, engagement_a, terms):
    add_ticket(tenancy, engagement_a)
    with pytest.raises(ValidationError) as refused:
        add_ticket(tenancy, engagement_a, created=at(6, 9))
    assert "external_id" in refused.value.error_dict


def test_page_reads_belgian_notation_in_brussels_time(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/downtime/add/"
    response = client.post(url, {"start": "03/10/2026 10:00", "end": "03/10/2026 11:15"})
    assert response.status_code == 302
    stored = Downtime.objects.get()
    assert stored.start == dt.datetime(2026, 10, 3, 8, 0, tzinfo=dt.UTC)  # CEST is UTC+2
    assert stored.end - stored.start == dt.timedelta(minutes=75)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nl", "Het einde moet na het begin komen."),
        ("en", "The end must come after the start."),
        ("fr", "La fin doit venir après le début."),
    ],
)
def test_page_shows_the_model_refusal_in_the_language(
    client, tenancy, engagement_a, language, message
):
    client.force_login(tenancy.alice)
    client.cookies["django_language"] = language
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/downtime/add/"
    response = client.post(url, {"start": "03/10/2026 11:00", "end": "03/10/2026 10:00"})
    assert response.status_code == 200 and message in response.text
    assert not Downtime.objects.exists()


def test_ticket_page_offers_the_contract_priorities(client, tenancy, engagement_a, terms):
    client.force_login(tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/tickets/add/")
    assert [code for code, _ in response.context["form"].fields["priority"].choices] == [
        "P1",
        "P2",
        "P3",
        "P4",
    ]


def test_ticket_page_stores_the_ticket(client, tenancy, engagement_a, terms):
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/tickets/add/"
    response = client.post(
        url, {"external_id": "TEL-7", "priority": "P2", "created": "05/10/2026 09:00"}
    )
    assert response.status_code == 302
    assert Ticket.objects.get().external_id == "TEL-7"


def test_viewer_cannot_enter_an_outage(client, tenancy, engagement_a):
    client.force_login(tenancy.vera)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/downtime/add/"
    response = client.post(url, {"start": "03/10/2026 10:00", "end": "03/10/2026 11:00"})
    assert response.status_code == 403
    assert not Downtime.objects.exists()


@pytest.fixture
def api_post(client, tenancy, engagement_a):
    def post(section, payload):
        token = create_token(user=tenancy.alice, name="t")[1]
        url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/{section}"
        return client.post(
            url, payload, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
        )

    return post


def test_api_enters_an_outage_in_brussels_time_when_no_zone_is_given(api_post):
    response = api_post("downtimes", {"start": "2026-10-03T10:00", "end": "2026-10-03T11:00"})
    assert response.status_code == 201
    assert Downtime.objects.get().start == dt.datetime(2026, 10, 3, 8, 0, tzinfo=dt.UTC)


def test_api_refuses_a_ticket_of_an_unknown_priority(api_post, terms):
    payload = {"external_id": "API-1", "priority": "Urgent", "created": "2026-10-05T09:00:00+02:00"}
    response = api_post("tickets", payload)
    assert response.status_code == 422
    assert not Ticket.objects.exists()


def test_api_ticket_is_stored_with_its_result(api_post, terms):
    payload = {"external_id": "API-2", "priority": "P1", "created": "2026-10-05T09:00:00+02:00"}
    response = api_post("tickets", payload)
    assert response.status_code == 201 and response.json()["external_id"] == "API-2"
    assert TicketResult.objects.filter(ticket__external_id="API-2").exists()
