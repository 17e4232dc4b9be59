"""Issue 5 'done when' for the budget: record and approve an extra cost, import a UBL invoice
and see it matched; a broken file, a duplicate and an over-budget approval get clear messages."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.test_done_when import log_in_as_demo
from tests.conftest import SHARED_DATA
from vendorpact import demo
from vendorpact.budget import demo as budget_demo
from vendorpact.budget.models import ExtraCost, Invoice
from vendorpact.engagements.models import Engagement

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def webshop():
    org = demo.load_demo()
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    user = get_user_model().objects.get(username=demo.DEMO_USERNAME)
    budget_demo.load(org, user, engagements)
    return engagements[budget_demo.WEBSHOP]


def open_budget(page, webshop):
    page.goto(f"/o/{webshop.organisation.slug}/engagements/{webshop.pk}/")
    page.locator("nav.tabs").get_by_text("Budget", exact=True).click()
    expect(page.locator("#lines")).to_contain_text("Ontwikkeling webshop")


def upload(page, path):
    page.set_input_files("#invoices input[name=file]", str(path))
    page.click("#invoices button:has-text('Inlezen')")


def test_record_and_approve_an_extra_cost(page, webshop):
    log_in_as_demo(page)
    open_budget(page, webshop)
    page.click("text=Meerwerk melden")
    expect(page.locator("#procedure")).to_contain_text("Niet afgesproken")
    page.fill("#id_description", "Extra filiaal in click & collect")
    page.fill("#id_estimate", "350")
    page.fill("#id_requested_by", "Ruben Maes")
    page.select_option("#id_budget_line", label="Reserve meerwerk")
    page.click("button:has-text('Bewaren')")
    expect(page.locator(".messages")).to_contain_text("geregistreerd")
    page.click("button:has-text('Goedkeuren')")
    expect(page.locator(".messages")).to_contain_text("goedgekeurd")
    cost = ExtraCost.objects.get(description="Extra filiaal in click & collect")
    assert (cost.status, cost.decided_by) == ("approved", "Lotte Verhaegen")


def test_over_budget_approval_asks_for_confirmation(page, webshop):
    cost = ExtraCost.objects.get(engagement=webshop, status="reported")
    log_in_as_demo(page)
    page.goto(f"/o/{webshop.organisation.slug}/extra-costs/{cost.pk}/")
    page.click("button:has-text('Goedkeuren')")
    expect(page.locator("#confirm-over-budget")).to_contain_text("boven het budget")
    page.click("button:has-text('Toch goedkeuren')")
    expect(page.locator(".messages")).to_contain_text("goedgekeurd")
    cost.refresh_from_db()
    assert cost.status == "approved"


def test_import_a_ubl_invoice_and_see_it_matched(page, webshop, tmp_path):
    log_in_as_demo(page)
    open_budget(page, webshop)

    not_an_invoice = SHARED_DATA / "invoices" / "invalid_peppol-unittest_NL-R-001.xml"
    upload(page, not_an_invoice)
    expect(page.locator(".messages")).to_contain_text("geen UBL-factuur")

    already_imported = tmp_path / "PW-2026-0031.xml"
    already_imported.write_bytes(
        budget_demo.pixelwerf_invoice_xml(webshop, webshop.start_date, number="PW-2026-0031")
    )
    upload(page, already_imported)
    expect(page.locator(".messages")).to_contain_text("al ingevoerd")

    new_invoice = tmp_path / "PW-2026-0044.xml"
    new_invoice.write_bytes(
        budget_demo.pixelwerf_invoice_xml(webshop, webshop.start_date, number="PW-2026-0044")
    )
    upload(page, new_invoice)
    expect(page.locator("h2").first).to_contain_text("PW-2026-0044")
    first_line = page.locator('tr[data-line="1"]')
    expect(first_line.locator(".match-state")).to_contain_text("Voorgesteld")
    expect(first_line.locator("select option:checked")).to_have_text(
        "Ontwikkeling webshop (offerte PW-2026-014)"
    )
    page.click("button:has-text('Koppeling bevestigen')")
    expect(first_line.locator(".match-state")).to_contain_text("Gekoppeld")
    line = Invoice.objects.get(number="PW-2026-0044").lines.get(line_id="1")
    assert (line.match_state, line.budget_line.reference) == ("confirmed", "PW-2026-014")
