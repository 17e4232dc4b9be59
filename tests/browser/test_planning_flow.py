"""Planning walk: overdue obligations of both sides, a slip with its reason, a team swap that
asks about knowledge transfer and notice, and the key-person change on the timeline."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.test_done_when import log_in_as_demo
from vendorpact import demo
from vendorpact.engagements.models import Engagement
from vendorpact.planning import demo as planning_demo
from vendorpact.planning.models import Milestone, TeamSwap

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def webshop():
    org = demo.load_demo()
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    user = get_user_model().objects.get(username=demo.DEMO_USERNAME)
    planning_demo.load(org, user, engagements)
    return engagements[planning_demo.WEBSHOP]


def test_slip_swap_and_timeline(page, webshop):
    log_in_as_demo(page)
    page.goto(f"/o/{webshop.organisation.slug}/engagements/{webshop.pk}/")
    page.locator("nav.tabs").get_by_text("Planning", exact=True).click()
    expect(page.locator("#we-owe tr.overdue")).to_contain_text("Productteksten")
    expect(page.locator("#supplier-owes")).to_contain_text("Livegang webshop")

    page.locator("#milestones tr", has_text="Livegang webshop").get_by_text(
        "Verschuiving registreren"
    ).click()
    livegang = Milestone.objects.get(engagement=webshop, title="Livegang webshop")
    new_due = livegang.due_date + timedelta(days=14)
    page.fill("#id_new_due", new_due.isoformat())
    page.fill("#id_reason", "Wacht op de productteksten")
    page.select_option("#id_caused_by", "client")
    page.click("button:has-text('Bewaren')")
    expect(page.locator(".messages")).to_contain_text("geregistreerd")
    expect(page.locator("#milestones")).to_contain_text("Wacht op de productteksten")

    page.locator("nav.subnav").get_by_text("Team", exact=True).click()
    page.locator("#supplier-team tr", has_text="Sofie Claes").get_by_text(
        "Wissel registreren"
    ).click()
    expect(page.locator("form.stacked")).to_contain_text("Is er kennisoverdracht gebeurd?")
    page.fill("#id_name", "Ward Peeters")
    page.select_option("#id_knowledge_transfer", "no")
    page.select_option("#id_notice_as_agreed", "no")
    page.click("button:has-text('Bewaren')")
    expect(page.locator(".messages")).to_contain_text("kaart het aan bij de leverancier")
    assert TeamSwap.objects.filter(joining__name="Ward Peeters").exists()

    page.locator("nav.subnav").get_by_text("Tijdlijn", exact=True).click()
    expect(page.locator("tr.swap.important").first).to_contain_text("Sofie Claes vervangen")
