def test_page_renders_in_french_for_a_user_who_chose_french(client, tenancy):
    client.force_login(tenancy.alice)
    client.post("/language/", {"language": "fr", "next": "/"})
    page = client.get(f"/o/{tenancy.org_a.slug}/suppliers/", HTTP_ACCEPT_LANGUAGE="nl").content
    assert "Nouveau fournisseur" in page.decode()
    assert b'<option value="fr" selected>' in page
