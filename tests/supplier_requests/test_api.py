from vendorpact.api.services import create_token


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
