"""Error pages: 404 and 403 keep the navigation and a way back; 500 needs no database."""

from django.test import RequestFactory
from django.urls import get_resolver

from vendorpact.web.errors import server_error


def test_404_shows_navigation_and_a_way_back(client, tenancy, settings):
    settings.DEBUG = False
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/999999/", HTTP_ACCEPT_LANGUAGE="en")
    body = page.content.decode()
    assert page.status_code == 404
    assert "Page not found" in body
    assert f'href="/o/{tenancy.org_a.slug}/suppliers/"' in body
    assert "Back to the dashboard" in body


def test_404_for_anonymous_visitor_links_to_start_page(client, settings):
    settings.DEBUG = False
    page = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 404
    assert "Back to the start page" in page.content.decode()


def test_403_for_viewer_shows_navigation_and_a_way_back(client, tenancy, settings):
    settings.DEBUG = False
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/new/", HTTP_ACCEPT_LANGUAGE="en")
    body = page.content.decode()
    assert page.status_code == 403
    assert "Not allowed" in body
    assert f'href="/o/{tenancy.org_a.slug}/engagements/"' in body
    assert "Back to the dashboard" in body


def test_404_page_is_translated_to_dutch(client, tenancy, settings):
    settings.DEBUG = False
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/999999/", HTTP_ACCEPT_LANGUAGE="nl")
    assert "Pagina niet gevonden" in page.content.decode()


def test_handler500_is_the_static_safe_view():
    assert get_resolver().resolve_error_handler(500) is server_error


def test_500_page_renders_without_database():
    # No db fixture: any query would raise "Database access not allowed".
    request = RequestFactory().get("/o/bakkerij-peeters/")
    response = server_error(request)
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert "favicon.svg" in response.content.decode()


def test_base_page_links_the_favicon(client, tenancy):
    client.force_login(tenancy.alice)
    body = client.get(f"/o/{tenancy.org_a.slug}/").content.decode()
    assert 'rel="icon" href="/static/vendorpact/favicon.svg"' in body
