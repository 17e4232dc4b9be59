from vendorpact.orgs.models import Membership


def url(org, suffix=""):
    return f"/o/{org.slug}/members/{suffix}"


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
