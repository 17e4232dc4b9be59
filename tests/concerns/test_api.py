from datetime import date

from tests.clock import on_day
from tests.concerns.factories import make_concern
from tests.supplier_requests.test_api import api, auth


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
