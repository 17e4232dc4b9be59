"""POST /api/v1/orgs and PATCH /api/v1/orgs/{slug}: create and rename organisations."""

import pytest

from vendorpact.api.services import create_token
from vendorpact.orgs.models import Membership, Organisation


@pytest.fixture
def auth(tenancy):
    def header(user):
        return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user=user, name='t')[1]}"}

    return header


def test_token_user_creates_an_organisation_and_owns_it(client, tenancy, auth):
    response = client.post(
        "/api/v1/orgs",
        {"name": "Drukkerij Maes"},
        content_type="application/json",
        **auth(tenancy.alice),
    )
    assert response.status_code == 201
    assert response.json() == {"slug": "drukkerij-maes", "name": "Drukkerij Maes", "role": "owner"}
    org = Organisation.objects.get(slug="drukkerij-maes")
    assert Membership.objects.get(organisation=org, user=tenancy.alice).role == "owner"


def test_a_blank_name_is_refused(client, tenancy, auth):
    response = client.post(
        "/api/v1/orgs", {"name": " "}, content_type="application/json", **auth(tenancy.alice)
    )
    assert response.status_code == 422
    assert Organisation.objects.count() == 2


def test_owner_renames_and_the_slug_stays(client, tenancy, auth):
    response = client.patch(
        f"/api/v1/orgs/{tenancy.org_a.slug}",
        {"name": "Bakkerij Peeters & Zonen"},
        content_type="application/json",
        **auth(tenancy.olga),
    )
    assert response.status_code == 200
    org = Organisation.objects.get(pk=tenancy.org_a.pk)
    assert (org.name, org.slug) == ("Bakkerij Peeters & Zonen", "bakkerij-peeters")


def test_manager_cannot_rename(client, tenancy, auth):
    response = client.patch(
        f"/api/v1/orgs/{tenancy.org_a.slug}",
        {"name": "Andere naam"},
        content_type="application/json",
        **auth(tenancy.max),
    )
    assert response.status_code == 403
    assert Organisation.objects.get(pk=tenancy.org_a.pk).name == "Bakkerij Peeters"


def test_outsider_gets_404_on_rename(client, tenancy, auth):
    response = client.patch(
        f"/api/v1/orgs/{tenancy.org_a.slug}",
        {"name": "Gekaapt"},
        content_type="application/json",
        **auth(tenancy.bob),
    )
    assert response.status_code == 404
    assert Organisation.objects.get(pk=tenancy.org_a.pk).name == "Bakkerij Peeters"


def test_null_name_is_refused(client, tenancy, auth):
    response = client.patch(
        f"/api/v1/orgs/{tenancy.org_a.slug}",
        {"name": None},
        content_type="application/json",
        **auth(tenancy.olga),
    )
    assert response.status_code == 422
    assert Organisation.objects.get(pk=tenancy.org_a.pk).name == "Bakkerij Peeters"
