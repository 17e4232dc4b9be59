"""The engagement in the API carries terms_as_of, for today or for ?as_of=YYYY-MM-DD."""

from datetime import date

import pytest
from django.utils import timezone

from tests.api.test_api import auth

REPORTED_TERMS = {
    "as_of": "2026-12-04",
    "current_term_end": "2027-01-31",
    "missed_notice_deadline": "2026-10-31",
    "earliest_end": "2028-01-31",
    "next_notice_deadline": "2027-10-31",
}


@pytest.fixture
def renewed(engagement_a):
    engagement_a.start_date = date(2026, 2, 1)
    engagement_a.duration_months, engagement_a.renewal_months = 12, 12
    engagement_a.renewal, engagement_a.notice_value, engagement_a.notice_unit = "tacit", 3, "months"
    engagement_a.save()
    return engagement_a


def engagement_url(org, engagement, query=""):
    return f"/api/v1/orgs/{org.slug}/engagements/{engagement.pk}{query}"


def test_engagement_has_terms_as_of_the_requested_day(client, tenancy, renewed):
    response = client.get(
        engagement_url(tenancy.org_a, renewed, "?as_of=2026-12-04"), **auth(tenancy.alice)
    )
    body = response.json()
    assert response.status_code == 200 and body["terms_as_of"] == REPORTED_TERMS


def test_old_fields_agree_with_terms_as_of(client, tenancy, renewed):
    response = client.get(
        engagement_url(tenancy.org_a, renewed, "?as_of=2026-12-04"), **auth(tenancy.alice)
    )
    body = response.json()
    assert (body["current_term_end"], body["notice_deadline"]) == ("2027-01-31", "2027-10-31")


def test_detail_advice_names_the_missed_deadline(client, tenancy, renewed):
    response = client.get(
        engagement_url(tenancy.org_a, renewed, "?as_of=2026-12-04"),
        HTTP_ACCEPT_LANGUAGE="en",
        **auth(tenancy.alice),
    )
    missed = [a for a in response.json()["advice"] if a["code"] == "terms.notice_deadline_missed"]
    assert [a["message"] for a in missed] == [
        "The deadline of 31/10/2026 has passed; the contract renews until 31/01/2028; "
        "the next last day to give notice is 31/10/2027."
    ]


def test_without_as_of_the_terms_are_for_today(client, tenancy, renewed, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: date(2026, 10, 1))
    body = client.get(engagement_url(tenancy.org_a, renewed), **auth(tenancy.alice)).json()
    assert body["terms_as_of"] == {
        "as_of": "2026-10-01",
        "current_term_end": "2027-01-31",
        "missed_notice_deadline": None,
        "earliest_end": "2027-01-31",
        "next_notice_deadline": "2026-10-31",
    }


def test_list_carries_terms_as_of_too(client, tenancy, renewed):
    response = client.get(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements?as_of=2026-12-04", **auth(tenancy.alice)
    )
    assert [e["terms_as_of"] for e in response.json()] == [REPORTED_TERMS]


@pytest.mark.parametrize("bad", ["04/12/2026", "2026-13-01", "tomorrow"])
def test_bad_as_of_is_422_with_a_message(client, tenancy, renewed, bad):
    response = client.get(
        engagement_url(tenancy.org_a, renewed, f"?as_of={bad}"), **auth(tenancy.alice)
    )
    assert response.status_code == 422
    assert "as_of" in response.json()["detail"] and "YYYY-MM-DD" in response.json()["detail"]
