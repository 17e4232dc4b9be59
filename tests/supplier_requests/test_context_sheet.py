import re

from vendorpact.supplier_requests.models import ContextShareLink, ContextSheet


def sheet_url(org, suffix=""):
    return f"/o/{org.slug}/context-sheet/{suffix}"


def create_link(client, tenancy):
    page = client.post(sheet_url(tenancy.org_a, "links/"), {"label": "Pixelwerf"})
    return re.search(r'id="new-link">([^<]+)<', page.content.decode()).group(1)


def test_sheet_is_kept_once_per_organisation(client, tenancy):
    client.force_login(tenancy.alice)
    for text in ("Bakkerij met 6 filialen", "Bakkerij met 7 filialen"):
        client.post(sheet_url(tenancy.org_a, "edit/"), {"who_we_are": text})
    assert ContextSheet.objects.get(organisation=tenancy.org_a).who_we_are.endswith("7 filialen")


def test_only_the_hash_of_the_share_token_is_stored(client, tenancy):
    client.force_login(tenancy.alice)
    shared = create_link(client, tenancy)
    token = shared.rstrip("/").rsplit("/", 1)[1]
    link = ContextShareLink.objects.get()
    assert token not in link.token_hash and len(token) >= 40


def test_public_page_shows_the_sheet_without_login(client, tenancy):
    client.force_login(tenancy.alice)
    client.post(sheet_url(tenancy.org_a, "edit/"), {"who_we_are": "Ambachtelijke bakkerij"})
    client.post(sheet_url(tenancy.org_a, "systems/"), {"name": "Odoo", "version": "17.0"})
    shared = create_link(client, tenancy)
    client.logout()
    page = client.get(shared)
    assert page.status_code == 200
    assert "Ambachtelijke bakkerij" in page.content.decode() and "17.0" in page.content.decode()
    assert page["Referrer-Policy"] == "same-origin"


def test_revoked_link_no_longer_opens(client, tenancy):
    client.force_login(tenancy.alice)
    shared = create_link(client, tenancy)
    link = ContextShareLink.objects.get()
    client.post(f"/o/{tenancy.org_a.slug}/context-links/{link.pk}/revoke/")
    client.logout()
    assert client.get(shared).status_code == 404


def test_unknown_token_gets_404(client, tenancy):
    assert client.get("/shared/context/not-a-real-token/").status_code == 404


def test_ageing_days_setting_is_validated(client, tenancy):
    client.force_login(tenancy.max)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/relations-settings/", {"concern_ageing_days": 0}
    )
    assert response.status_code == 200 and "errorlist" in response.content.decode()
