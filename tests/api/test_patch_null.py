"""PATCH with null: a field that may not be empty answers 422 with its name, not a 500."""

import pytest

import vendorpact.urls  # noqa: F401  (mounts every app's router on the API)
from tests.concerns.factories import make_exit_task
from vendorpact.api.api import api
from vendorpact.api.services import create_token
from vendorpact.common.patch import PatchSchema
from vendorpact.engagements.models import Engagement
from vendorpact.suppliers.models import Supplier


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


def test_null_engagement_title_is_422(patch, engagement_a):
    response = patch(f"engagements/{engagement_a.pk}", {"title": None})
    assert response.status_code == 422
    assert response.json()["detail"] == "title may not be empty"
    assert Engagement.objects.get(pk=engagement_a.pk).title == "Webshop"


def test_null_engagement_end_date_clears_it(patch, engagement_a):
    Engagement.objects.filter(pk=engagement_a.pk).update(end_date="2026-12-31")
    response = patch(f"engagements/{engagement_a.pk}", {"end_date": None})
    assert response.status_code == 200
    assert Engagement.objects.get(pk=engagement_a.pk).end_date is None


def test_null_supplier_name_is_422(patch, supplier_a):
    response = patch(f"suppliers/{supplier_a.pk}", {"name": None, "city": "Brugge"})
    assert response.status_code == 422
    assert response.json()["detail"] == "name may not be empty"
    assert Supplier.objects.get(pk=supplier_a.pk).city == "Gent"


def test_null_exit_task_status_is_422(patch, tenancy, engagement_a):
    task = make_exit_task(tenancy, engagement_a)
    response = patch(f"exit-tasks/{task.pk}", {"status": None})
    assert response.status_code == 422
    assert response.json()["detail"] == "status may not be empty"


def test_null_exit_task_due_date_is_allowed(patch, tenancy, engagement_a):
    task = make_exit_task(tenancy, engagement_a)
    response = patch(f"exit-tasks/{task.pk}", {"due": None})
    assert response.status_code == 200 and response.json()["due"] is None


def _patch_bodies():
    for _prefix, router in api._routers:  # every app's router, as mounted on the API
        for view in router.path_operations.values():
            for operation in view.operations:
                if "PATCH" not in operation.methods:
                    continue
                for model in operation.models:
                    if model.__name__ == "BodyParams":
                        yield from (f.annotation for f in model.model_fields.values())


def test_every_patch_endpoint_refuses_null_for_required_fields():
    bodies = list(_patch_bodies())
    assert len(bodies) >= 7
    assert all(issubclass(body, PatchSchema) for body in bodies), bodies
