import pytest

from vendorpact.api.services import create_token


@pytest.fixture
def api(client, tenancy):
    token = create_token(user=tenancy.alice, name="t")[1]
    base = f"/api/v1/orgs/{tenancy.org_a.slug}"

    def call(method, path, body=None):
        kwargs = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
        if body is None:
            return getattr(client, method)(base + path, **kwargs)
        return getattr(client, method)(base + path, body, content_type="application/json", **kwargs)

    return call


def test_api_slip_returns_both_dates(api, design):
    data = api(
        "post",
        f"/milestones/{design.pk}/slips",
        {"new_due": "2026-03-01", "reason": "Ziekte", "caused_by": "supplier"},
    ).json()
    assert (data["original_due"], data["due_date"]) == ("2026-02-15", "2026-03-01")


def test_api_cycle_is_422(api, design, texts):
    response = api("patch", f"/milestones/{design.pk}", {"depends_on_id": texts.pk})
    assert response.status_code == 422


def test_api_meeting_with_action_items(api, engagement_a):
    response = api(
        "post",
        f"/engagements/{engagement_a.pk}/meetings",
        {
            "date": "2026-02-03",
            "kind": "review",
            "action_items": [
                {"title": "Feedback geven", "owner_side": "client", "original_due": "2026-02-07"}
            ],
        },
    )
    assert response.status_code == 201
    assert response.json()["action_items"][0]["kind"] == "action_item"


def test_api_swap_requires_the_knowledge_transfer_answer(api, developer):
    response = api(
        "post", f"/team-members/{developer.pk}/swap", {"on": "2026-04-01", "name": "Lies"}
    )
    assert response.status_code == 422


def test_api_lists_swaps_with_both_answers(api, engagement_a, developer):
    api(
        "post",
        f"/team-members/{developer.pk}/swap",
        {"on": "2026-04-01", "name": "Lies", "knowledge_transfer": "no", "notice_as_agreed": "yes"},
    )
    swaps = api("get", f"/engagements/{engagement_a.pk}/team/swaps").json()
    assert [(s["knowledge_transfer"], s["notice_as_agreed"]) for s in swaps] == [("no", "yes")]


def test_api_slip_to_the_same_date_is_422_with_the_message(client, tenancy, design):
    token = create_token(user=tenancy.alice, name="t")[1]
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/milestones/{design.pk}/slips",
        {"new_due": "2026-02-15", "reason": "Ziekte", "caused_by": "supplier"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 422
    assert response.json() == {"detail": "The new date is the same as the current due date."}
