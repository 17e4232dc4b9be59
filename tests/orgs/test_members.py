from vendorpact.orgs.models import Membership


def url(org, suffix=""):
    return f"/o/{org.slug}/members/{suffix}"


def test_owner_invites_existing_user_by_email(client, tenancy):
    client.force_login(tenancy.olga)
    client.post(url(tenancy.org_a, "invite/"), {"email": "bob@example.be", "role": "viewer"})
    assert Membership.objects.get(user=tenancy.bob, organisation=tenancy.org_a).role == "viewer"


def test_inviting_unknown_email_explains(client, tenancy):
    client.force_login(tenancy.olga)
    response = client.post(
        url(tenancy.org_a, "invite/"),
        {"email": "nobody@example.be", "role": "member"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "No VendorPact user has this e-mail address" in response.content.decode()


def test_manager_cannot_invite(client, tenancy):
    client.force_login(tenancy.max)
    response = client.post(
        url(tenancy.org_a, "invite/"), {"email": "bob@example.be", "role": "owner"}
    )
    assert response.status_code == 403
    assert not Membership.objects.filter(user=tenancy.bob, organisation=tenancy.org_a).exists()


def test_owner_changes_role(client, tenancy):
    membership = Membership.objects.get(user=tenancy.alice, organisation=tenancy.org_a)
    client.force_login(tenancy.olga)
    client.post(url(tenancy.org_a, f"{membership.pk}/role/"), {"role": "manager"})
    membership.refresh_from_db()
    assert membership.role == "manager"


def test_last_owner_cannot_be_demoted(client, tenancy):
    membership = Membership.objects.get(user=tenancy.olga, organisation=tenancy.org_a)
    client.force_login(tenancy.olga)
    client.post(url(tenancy.org_a, f"{membership.pk}/role/"), {"role": "viewer"})
    membership.refresh_from_db()
    assert membership.role == "owner"


def test_owner_removes_member(client, tenancy):
    membership = Membership.objects.get(user=tenancy.vera, organisation=tenancy.org_a)
    client.force_login(tenancy.olga)
    client.post(url(tenancy.org_a, f"{membership.pk}/remove/"))
    assert not Membership.objects.filter(pk=membership.pk).exists()
