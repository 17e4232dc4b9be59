"""PATCH with null on budget lines and extra costs."""

import pytest

from vendorpact.api.services import create_token
from vendorpact.budget.models import BudgetLine


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


def test_null_budget_line_label_is_422(patch, development_line):
    response = patch(f"budget-lines/{development_line.pk}", {"label": None})
    assert response.status_code == 422
    assert response.json()["detail"] == "label may not be empty"
    assert BudgetLine.objects.get(pk=development_line.pk).label == "Ontwikkeling webshop"


def test_null_budget_line_cap_is_allowed(patch, development_line):
    response = patch(f"budget-lines/{development_line.pk}", {"cap": None})
    assert response.status_code == 200 and response.json()["cap"] is None


def test_null_extra_cost_estimate_is_422(patch, reported_cost):
    response = patch(f"extra-costs/{reported_cost.pk}", {"estimate": None})
    assert response.status_code == 422
    assert response.json()["detail"] == "estimate may not be empty"
