"""PATCH with null on milestones and team members."""

import pytest

from vendorpact.api.services import create_token


@pytest.fixture
def patch(client, tenancy):
    token = create_token(user=tenancy.alice, name="t")[1]

    def call(suffix, body):
        return client.patch(
            f"/api/v1/orgs/{tenancy.org_a.slug}/{suffix}",
            body,
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )

    return call


def test_null_milestone_title_is_422(patch, design):
    response = patch(f"milestones/{design.pk}", {"title": None})
    assert response.status_code == 422
    assert response.json()["detail"] == "title may not be empty"


def test_null_milestone_dependency_is_allowed(patch, texts):
    response = patch(f"milestones/{texts.pk}", {"depends_on_id": None})
    assert response.status_code == 200
    texts.refresh_from_db()
    assert texts.depends_on_id is None


def test_null_team_member_name_is_422(patch, developer):
    response = patch(f"team-members/{developer.pk}", {"name": None})
    assert response.status_code == 422
    assert response.json()["detail"] == "name may not be empty"
