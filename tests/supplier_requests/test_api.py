from datetime import date

from tests.clock import on_day
from tests.concerns.factories import make_concern
from tests.health.factories import make_health_check
from vendorpact.api.services import create_token
from vendorpact.core.health import QUESTIONS


def auth(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user=user, name='t')[1]}"}


def api(org, suffix):
    return f"/api/v1/orgs/{org.slug}/{suffix}"


def test_score_endpoint_returns_findings_without_storing(client, tenancy, engagement_a):
    response = client.post(
        api(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/score"),
        {"what_happened": "Kassa start niet op", "impact": "blocking", "urgency": "today"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    data = response.json()
    assert response.status_code == 200
    assert data["priority_code"] == "P1"
    assert "request.steps_to_reproduce_missing" in {f["code"] for f in data["findings"]}


def test_create_request_returns_201_with_score(client, tenancy, engagement_a):
    response = client.post(
        api(tenancy.org_a, f"engagements/{engagement_a.pk}/requests"),
        {"kind": "question", "what_happened": "Kan de levertijd per filiaal verschillen?"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    assert response.status_code == 201 and 0 < response.json()["score"] < 100


@on_day(date(2026, 10, 20))  # the move is dated today, after the concern was raised on 1/10
def test_bad_concern_transition_is_422_with_message(client, tenancy, engagement_a):
    concern = make_concern(tenancy, engagement_a)
    response = client.post(
        api(tenancy.org_a, f"concerns/{concern.pk}/transitions"),
        {"status": "exit_decided"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
        **auth(tenancy.alice),
    )
    assert response.status_code == 422
    assert "why you decided" in response.json()["detail"]


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


def test_exit_plan_task_patch(client, tenancy, engagement_a):
    plan = client.post(
        api(tenancy.org_a, f"engagements/{engagement_a.pk}/exit-plan"), **auth(tenancy.max)
    ).json()
    task_id = plan["tasks"][0]["id"]
    response = client.patch(
        api(tenancy.org_a, f"exit-tasks/{task_id}"),
        {"status": "done", "owner": "Lotte"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    assert response.json()["status"] == "done" and response.json()["owner"] == "Lotte"


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
