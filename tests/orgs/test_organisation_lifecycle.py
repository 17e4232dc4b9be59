"""Creating, renaming, exporting and deleting an organisation from the web app."""

from __future__ import annotations

import io
import json
import zipfile

from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Membership, Organisation
from vendorpact.suppliers.models import Supplier


def _settings_data(**changes):
    data = {"name": "Bakkerij Peeters", "street": "", "postal_code": "", "city": "Gent"}
    return data | {"country": "BE", "vat_number": ""} | changes


def test_signed_in_user_creates_an_organisation_and_owns_it(client, make_user):
    jan = make_user("jan")
    client.force_login(jan)
    response = client.post("/organisations/new/", {"name": "Drukkerij Maes"})
    org = Organisation.objects.get(name="Drukkerij Maes")
    assert response.status_code == 302 and response["Location"] == f"/o/{org.slug}/"
    assert Membership.objects.get(organisation=org).user == jan
    assert Membership.objects.get(organisation=org).role == "owner"


def test_new_organisation_gets_a_slug_not_yet_taken(client, tenancy):
    client.force_login(tenancy.alice)
    client.post("/organisations/new/", {"name": "Bakkerij Peeters"})
    assert Organisation.objects.filter(name="Bakkerij Peeters").count() == 2
    assert Organisation.objects.filter(slug="bakkerij-peeters-2").exists()


def test_a_blank_name_creates_nothing(client, tenancy):
    client.force_login(tenancy.alice)
    response = client.post("/organisations/new/", {"name": "   "})
    assert response.status_code == 200
    assert Organisation.objects.count() == 2


def test_anonymous_visitor_is_sent_to_the_login_page(client, db):
    response = client.get("/organisations/new/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_header_links_to_the_new_organisation_page(client, tenancy):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/").content.decode()
    assert 'href="/organisations/new/"' in page


def test_owner_renames_the_organisation(client, tenancy):
    client.force_login(tenancy.olga)
    url = f"/o/{tenancy.org_a.slug}/organisation/"
    assert client.post(url, _settings_data(name="Bakkerij Peeters & Zonen")).status_code == 302
    assert Organisation.objects.get(pk=tenancy.org_a.pk).name == "Bakkerij Peeters & Zonen"


def test_manager_changes_the_address_but_not_the_name(client, tenancy):
    client.force_login(tenancy.max)
    url = f"/o/{tenancy.org_a.slug}/organisation/"
    client.post(url, _settings_data(name="Iets Anders", city="Brugge"))
    org = Organisation.objects.get(pk=tenancy.org_a.pk)
    assert (org.name, org.city) == ("Bakkerij Peeters", "Brugge")


def test_manager_is_told_that_only_owners_rename(client, tenancy):
    client.force_login(tenancy.max)
    page = client.get(f"/o/{tenancy.org_a.slug}/organisation/", HTTP_ACCEPT_LANGUAGE="nl")
    assert "Alleen eigenaars kunnen de organisatie hernoemen." in page.content.decode()


def test_owner_downloads_the_export(client, tenancy, supplier_a):
    client.force_login(tenancy.olga)
    response = client.get(f"/o/{tenancy.org_a.slug}/organisation/export/")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    suppliers = json.loads(archive.read("data/suppliers.supplier.json"))
    assert [row["name"] for row in suppliers] == ["Pixelwerf BV"]


def test_manager_cannot_download_the_export(client, tenancy):
    client.force_login(tenancy.max)
    assert client.get(f"/o/{tenancy.org_a.slug}/organisation/export/").status_code == 403


def test_settings_page_offers_export_and_delete_to_owners_only(client, tenancy):
    client.force_login(tenancy.olga)
    url = f"/o/{tenancy.org_a.slug}/organisation/"
    assert 'id="organisation-data"' in client.get(url).content.decode()
    client.force_login(tenancy.max)
    assert 'id="organisation-data"' not in client.get(url).content.decode()


def test_delete_page_names_what_goes_and_offers_the_export(client, tenancy, engagement_a):
    client.force_login(tenancy.olga)
    url = f"/o/{tenancy.org_a.slug}/organisation/delete/"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Suppliers: 1" in page
    assert "Engagements: 1" in page
    assert "Memberships: 5" in page  # alice, ada, olga, vera and max
    assert 'id="export-first"' in page


def test_owner_deletes_after_typing_the_name(client, tenancy, engagement_a):
    client.force_login(tenancy.olga)
    url = f"/o/{tenancy.org_a.slug}/organisation/delete/"
    response = client.post(url, {"typed_name": "Bakkerij Peeters"})
    assert response.status_code == 302
    assert not Organisation.objects.filter(pk=tenancy.org_a.pk).exists()
    assert not Supplier.objects.filter(organisation_id=tenancy.org_a.pk).exists()
    assert not Engagement.objects.filter(organisation_id=tenancy.org_a.pk).exists()
    assert Organisation.objects.filter(pk=tenancy.org_b.pk).exists()


def test_a_wrongly_typed_name_deletes_nothing(client, tenancy):
    client.force_login(tenancy.olga)
    url = f"/o/{tenancy.org_a.slug}/organisation/delete/"
    response = client.post(url, {"typed_name": "bakkerij peeters"})
    assert response.status_code == 200
    assert Organisation.objects.filter(pk=tenancy.org_a.pk).exists()


def test_manager_cannot_delete(client, tenancy):
    client.force_login(tenancy.max)
    url = f"/o/{tenancy.org_a.slug}/organisation/delete/"
    assert client.post(url, {"typed_name": "Bakkerij Peeters"}).status_code == 403
    assert Organisation.objects.filter(pk=tenancy.org_a.pk).exists()


def test_outsider_gets_404_on_delete_and_export(client, tenancy):
    client.force_login(tenancy.bob)
    base = f"/o/{tenancy.org_a.slug}/organisation/"
    assert client.post(base + "delete/", {"typed_name": "Bakkerij Peeters"}).status_code == 404
    assert client.get(base + "export/").status_code == 404
    assert Organisation.objects.filter(pk=tenancy.org_a.pk).exists()


def test_new_organisation_page_speaks_dutch_and_french(client, tenancy):
    client.force_login(tenancy.alice)
    dutch = client.get("/organisations/new/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    french = client.get("/organisations/new/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Naam van de organisatie" in dutch
    assert "Nouvelle organisation" in french
