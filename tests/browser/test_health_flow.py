"""Issue 5 'done when' for relations and reminders: the supplier answers a health check through
a private link in a fresh browser (no login), the client sees the result; a reminder shows up
in the personal iCal feed."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_done_when import log_in_as_demo
from vendorpact import demo
from vendorpact.concerns import demo as concerns_demo
from vendorpact.engagements.models import Engagement
from vendorpact.health import demo as health_demo
from vendorpact.health.models import HealthResponse
from vendorpact.supplier_requests import demo as requests_demo

pytestmark = pytest.mark.django_db(transaction=True)


def load_demo_with_relations():
    org = demo.load_demo()
    user = org.memberships.get(role="owner").user
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    for app_demo in (requests_demo, concerns_demo, health_demo):
        app_demo.load(org, user, engagements)
    return engagements[health_demo.MSP]


def answer_all(page, value: str) -> None:
    radios = page.locator(f'.health-question input[type=radio][value="{value}"]')
    for index in range(radios.count()):
        radios.nth(index).check()


def test_supplier_answers_health_check_through_private_link(page, browser, live_server):
    engagement = load_demo_with_relations()
    log_in_as_demo(page)
    page.goto(f"/o/{demo.DEMO_ORG_SLUG}/engagements/{engagement.pk}/")
    page.click("nav.tabs a[href$='/health/']")
    # The demo's two quarters are dated back from the real today: count them, not name them.
    expect(page.locator("#health-checks tbody tr")).to_have_count(2)
    page.fill("#id_period", "2099-Q1")
    page.click("button:has-text('Gezondheidscheck starten')")

    answer_all(page, "3")
    page.click("button:has-text('Onze antwoorden bewaren')")
    expect(page.locator(".messages")).to_contain_text("Uw antwoorden zijn bewaard")
    page.fill("#id_sent_to", "Tom Peeters")
    page.click("button:has-text('Link voor de leverancier maken')")
    link = page.locator("#new-link").inner_text()

    supplier = browser.new_context(locale="nl-BE")  # a fresh browser: no session, no login
    try:
        outside = supplier.new_page()
        outside.goto(link)
        expect(outside.locator("h1")).to_contain_text("Gezondheidscheck")
        expect(outside.locator("header nav")).to_have_count(0)
        answer_all(outside, "5")
        outside.fill("#id_respondent", "Tom Peeters")
        outside.click("button:has-text('Antwoorden versturen')")
        expect(outside.locator("#thanks")).to_be_visible()
        outside.goto(link)
        expect(outside.locator(".messages")).to_contain_text("al verstuurd")
    finally:
        supplier.close()

    assert HealthResponse.objects.filter(side="supplier", health_check__period="2099-Q1").exists()
    page.reload()
    result = page.locator("#health-result")
    expect(result).to_contain_text("100")
    expect(result).to_contain_text("Partner")
    expect(page.locator("#health-themes")).to_contain_text("-50")


def test_reminder_appears_in_the_ical_feed(page, browser):
    load_demo_with_relations()
    log_in_as_demo(page)
    page.goto(f"/o/{demo.DEMO_ORG_SLUG}/reminders/")
    expect(page.locator("#reminders")).to_contain_text("Tickets over kassastoringen")
    page.click("a[href='/account/calendar/']")
    page.click("button:has-text('Mijn agenda-adres maken')")
    feed_url = page.locator("#feed-url").inner_text()

    calendar = browser.new_context()  # what Outlook or Google does: no cookies, just the URL
    try:
        response = calendar.request.get(feed_url)
        assert response.headers["content-type"] == "text/calendar; charset=utf-8"
        text = response.text().replace("\r\n ", "")
    finally:
        calendar.close()
    assert "BEGIN:VEVENT" in text
    assert "zorg 'Tickets over kassastoringen blijven dagen open'" in text
