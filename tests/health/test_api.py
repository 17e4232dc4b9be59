from tests.health.factories import make_health_check
from tests.supplier_requests.test_api import api, auth
from vendorpact.core.health import QUESTIONS


def test_health_link_url_is_returned_once_and_answers_score(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    created = client.post(
        api(tenancy.org_a, f"health-checks/{check.pk}/links"),
        {"sent_to": "Sofie", "days": 7},
        content_type="application/json",
        **auth(tenancy.alice),
    ).json()
    client.post(created["url"], {q.id: "4" for q in QUESTIONS})
    result = client.get(api(tenancy.org_a, f"health-checks/{check.pk}"), **auth(tenancy.vera))
    assert created["state"] == "active"
    assert (result.json()["supplier_overall"], result.json()["band"]) == (75.0, "partner")


def test_viewer_cannot_create_health_link(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    response = client.post(
        api(tenancy.org_a, f"health-checks/{check.pk}/links"),
        {},
        content_type="application/json",
        **auth(tenancy.vera),
    )
    assert response.status_code == 403


def test_refused_health_link_answers_422_with_the_filled_in_message_only(
    client, tenancy, engagement_a
):
    check = make_health_check(tenancy, engagement_a)
    response = client.post(
        api(tenancy.org_a, f"health-checks/{check.pk}/links"),
        {"sent_to": "Sofie", "days": 91},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
        **auth(tenancy.alice),
    )
    assert response.status_code == 422
    assert response.json() == {"detail": "A link is valid for 1 to 90 days."}
