"""The organisation's details page: name, postal address and VAT number (letters' sender)."""

from vendorpact.orgs.models import Organisation


def _url(tenancy):
    return f"/o/{tenancy.org_a.slug}/organisation/"


def _post(**changes):
    data = {
        "name": "Bakkerij Peeters",
        "street": "Veldstraat 12",
        "postal_code": "9000",
        "city": "Gent",
        "country": "BE",
        "vat_number": "0812.345.801",
    }
    return data | changes


def test_manager_saves_the_postal_address_and_a_normalised_vat_number(client, tenancy):
    client.force_login(tenancy.max)
    response = client.post(_url(tenancy), _post())
    assert response.status_code == 302
    org = Organisation.objects.get(pk=tenancy.org_a.pk)
    assert (org.street, org.postal_code, org.city, org.country) == (
        "Veldstraat 12",
        "9000",
        "Gent",
        "BE",
    )
    assert org.vat_number == "BE0812345801"


def test_vat_number_with_a_wrong_check_digit_is_refused(client, tenancy):
    client.force_login(tenancy.max)
    response = client.post(_url(tenancy), _post(vat_number="BE0812345802"))
    assert response.status_code == 200
    assert 'id="organisation-form"' in response.content.decode()
    assert Organisation.objects.get(pk=tenancy.org_a.pk).vat_number == ""


def test_member_reads_but_cannot_change_the_details(client, tenancy):
    client.force_login(tenancy.alice)
    assert 'id="organisation-details"' in client.get(_url(tenancy)).content.decode()
    assert client.post(_url(tenancy), _post(city="Brugge")).status_code == 403
    assert Organisation.objects.get(pk=tenancy.org_a.pk).city == ""


def test_outsider_does_not_see_the_page(client, tenancy):
    client.force_login(tenancy.bob)
    assert client.get(_url(tenancy)).status_code == 404


def test_manager_saves_the_reply_to_address_for_mail_to_suppliers(client, tenancy):
    client.force_login(tenancy.max)
    response = client.post(_url(tenancy), _post(reply_to_email="info@bakkerij-peeters.example"))
    assert response.status_code == 302
    org = Organisation.objects.get(pk=tenancy.org_a.pk)
    assert org.reply_to_email == "info@bakkerij-peeters.example"


def test_reply_to_address_must_be_an_e_mail_address(client, tenancy):
    client.force_login(tenancy.max)
    response = client.post(_url(tenancy), _post(reply_to_email="bakkerij peeters"))
    assert response.status_code == 200
    assert "reply_to_email" in response.context["form"].errors
