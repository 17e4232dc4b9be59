from vendorpact.orgs.models import Profile


def test_home_redirects_to_first_organisation(client, tenancy):
    client.force_login(tenancy.alice)
    assert client.get("/")["Location"] == f"/o/{tenancy.org_a.slug}/"


def test_dashboard_lists_coverage(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    rows = client.get(f"/o/{tenancy.org_a.slug}/").context["rows"]
    assert rows[0]["coverage"].covered == 1 and rows[0]["coverage"].expected == 32


def test_switcher_refuses_foreign_organisation(client, tenancy):
    client.force_login(tenancy.alice)
    assert client.get("/switch/", {"org": tenancy.org_b.slug}).status_code == 404


def test_dutch_is_the_default_language(client, tenancy):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/suppliers/").content.decode()
    assert "Leveranciers" in page


def test_browser_language_english(client, tenancy):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/suppliers/", HTTP_ACCEPT_LANGUAGE="en").content
    assert b"Suppliers" in page


def test_users_choice_beats_the_browser(client, tenancy):
    client.force_login(tenancy.alice)
    client.post("/language/", {"language": "en", "next": "/"})
    page = client.get(f"/o/{tenancy.org_a.slug}/suppliers/", HTTP_ACCEPT_LANGUAGE="nl").content
    assert b"New supplier" in page
    assert Profile.objects.get(user=tenancy.alice).language == "en"


def test_dutch_amount_and_date_formats(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/").content.decode()
    assert "€ 18.450,00" in page and "01/01/2026" in page


def test_language_switch_refuses_offsite_redirect(client, tenancy):
    client.force_login(tenancy.alice)
    response = client.post("/language/", {"language": "nl", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_password_change_page_is_ours_and_works(client, tenancy):
    client.force_login(tenancy.alice)
    assert client.get("/accounts/password/").status_code == 200
    response = client.post(
        "/accounts/password/",
        {
            "old_password": "pw-alice",
            "new_password1": "Brood-en-banket-2026",
            "new_password2": "Brood-en-banket-2026",
        },
    )
    assert response["Location"] == "/accounts/password/done/"
    tenancy.alice.refresh_from_db()
    assert tenancy.alice.check_password("Brood-en-banket-2026")


def test_viewing_the_dashboard_again_does_not_save_the_session(client, tenancy):
    client.force_login(tenancy.alice)
    client.get(f"/o/{tenancy.org_a.slug}/")
    response = client.get(f"/o/{tenancy.org_a.slug}/")
    assert response.wsgi_request.session.modified is False
