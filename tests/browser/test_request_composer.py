"""The request composer scores the brief while the user types (htmx), then gives the message."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_done_when import log_in_as_demo
from tests.browser.test_health_flow import load_demo_with_relations
from vendorpact import demo
from vendorpact.engagements.models import Engagement
from vendorpact.supplier_requests.demo import WEBSHOP
from vendorpact.supplier_requests.models import SupplierRequest

pytestmark = pytest.mark.django_db(transaction=True)


def test_brief_is_scored_live_and_turned_into_an_email(page):
    load_demo_with_relations()
    engagement = Engagement.objects.get(title=WEBSHOP)
    log_in_as_demo(page)
    page.goto(f"/o/{demo.DEMO_ORG_SLUG}/engagements/{engagement.pk}/")
    page.click("nav.tabs a[href$='/requests/']")
    page.click("text=Nieuwe melding")
    score = page.locator("#findings [data-score]")
    start = int(score.get_attribute("data-score"))
    expect(page.locator("#findings")).to_contain_text("Welke stappen leiden tot het probleem?")

    page.fill(
        "#id_what_happened", "Na het kiezen van filiaal Gent weigert de webshop elke betaling."
    )
    page.fill("#id_steps_to_reproduce", "Mandje, filiaal Gent kiezen, betalen met Bancontact")
    page.select_option("#id_impact", "blocking")
    page.select_option("#id_urgency", "immediate")
    expect(page.locator("#findings")).not_to_contain_text("Welke stappen leiden tot het probleem?")
    expect(page.locator("#findings")).to_contain_text("P1")
    assert int(score.get_attribute("data-score")) > start

    page.click("button:has-text('Bewaren en bericht tonen')")
    expect(page.locator("#request-text")).to_have_value(re.compile("Stappen om het na te bootsen"))
    expect(page.locator("a[href^='mailto:sofie@pixelwerf.example']")).to_be_visible()
    assert SupplierRequest.objects.filter(engagement=engagement).latest("pk").priority_code == "P1"
