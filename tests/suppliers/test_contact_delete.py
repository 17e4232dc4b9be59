"""Deleting a supplier contact is for managers and up, like every other delete."""

from vendorpact.suppliers.models import Contact


def _delete_url(tenancy, contact):
    return f"/o/{tenancy.org_a.slug}/contacts/{contact.pk}/delete/"


def test_member_cannot_delete_a_contact(client, tenancy, supplier_a):
    contact = Contact.objects.get(name="Sofie Claes")
    client.force_login(tenancy.alice)
    response = client.post(_delete_url(tenancy, contact))
    assert response.status_code == 403
    assert Contact.objects.filter(pk=contact.pk).exists()


def test_manager_deletes_a_contact(client, tenancy, supplier_a):
    contact = Contact.objects.get(name="Sofie Claes")
    client.force_login(tenancy.max)
    response = client.post(_delete_url(tenancy, contact))
    assert response.status_code == 302
    assert not Contact.objects.filter(pk=contact.pk).exists()


def test_member_is_not_offered_the_remove_button(client, tenancy, supplier_a):
    contact = Contact.objects.get(name="Sofie Claes")
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/suppliers/{supplier_a.pk}/").content.decode()
    assert "Sofie Claes" in page and _delete_url(tenancy, contact) not in page
