"""The foundation's 'done when' path, walked in headless Chromium."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.conftest import minimal_pdf
from vendorpact import demo
from vendorpact.core.terms import add_months
from vendorpact.engagements.models import ChecklistEntry, Document, Engagement
from vendorpact.suppliers.models import Supplier

pytestmark = pytest.mark.django_db(transaction=True)


def log_in_as_demo(page):
    page.goto("/")
    page.fill("#id_username", demo.DEMO_USERNAME)
    page.fill("#id_password", demo.DEMO_PASSWORD)
    page.click("button[type=submit]")


def test_new_user_walks_the_foundation(page, tmp_path):
    demo.load_demo()
    log_in_as_demo(page)
    expect(page.locator("h1")).to_have_text("Bakkerij Verhaegen BV")
    expect(page.locator("header nav")).to_contain_text("Leveranciers")

    page.click("text=Nieuwe leverancier")
    page.fill("#id_name", "Datahaven NV")
    page.fill("#id_vat_number", "BE 0555.012.323")
    page.fill("#id_city", "Leuven")
    page.click("button:has-text('Bewaren')")
    expect(page.locator(".messages")).to_contain_text("Datahaven NV")
    supplier = Supplier.objects.get(name="Datahaven NV")
    assert supplier.vat_number == "BE0555012323"

    page.click("text=Nieuwe samenwerking")
    page.fill("#id_title", "Back-up en monitoring")
    page.select_option("#id_kind", "maintenance")
    page.select_option("#id_status", "active")
    page.select_option("#id_agreed_how", "email")
    page.select_option("#id_general_terms", "supplier")
    # Started eight months ago for a year with three months' notice: the deadline falls in the
    # current month, whatever the date (the live server runs on the real one), so the pages
    # warn that it is near; its value changes with the date and is checked in tests/reminders.
    start = add_months(timezone.localdate().replace(day=1), -8)
    page.fill("#id_start_date", start.isoformat())
    page.fill("#id_duration_months", "12")
    page.select_option("#id_renewal", "tacit")
    page.fill("#id_notice_value", "3")
    page.click("button:has-text('Bewaren')")

    advice = page.locator(".advice")
    expect(advice).to_contain_text("algemene voorwaarden van de leverancier")
    expect(advice).to_contain_text(re.compile(r"De laatste dag om op te zeggen is \d\d/\d\d/\d{4}"))
    engagement = Engagement.objects.get(title="Back-up en monitoring")

    page.click("text=Checklist overeenkomst")
    row = page.locator('[data-item="maintenance.response_time"]')
    row.locator("button[value=covered]").click()
    expect(row.locator("button[value=covered]")).to_have_class(re.compile(r"\bon\b"))
    page.locator('[data-item="maintenance.service_credits"] button[value=missing]').click()
    expect(
        page.locator('[data-item="maintenance.service_credits"] button[value=missing]')
    ).to_have_class(re.compile(r"\bon\b"))
    statuses = dict(
        ChecklistEntry.objects.filter(engagement=engagement).values_list("item_id", "status")
    )
    assert statuses == {
        "maintenance.response_time": "covered",
        "maintenance.service_credits": "missing",
    }

    pdf = tmp_path / "contract-datahaven.pdf"
    pdf.write_bytes(minimal_pdf("Onderhoudscontract Datahaven"))
    page.click("text=Overzicht")
    page.set_input_files("input[type=file]", str(pdf))
    page.click("button:has-text('Opladen')")
    # The upload is analysed at once and the analysis tab shows it.
    expect(page.locator("main")).to_contain_text("contract-datahaven.pdf")
    expect(page.locator(".analysis-state").first).to_contain_text("Klaar")
    assert Document.objects.get(engagement=engagement).size == pdf.stat().st_size

    page.select_option("header select[name=language]", "en")
    expect(page.locator("header nav")).to_contain_text("Suppliers")
    page.click("nav.tabs >> text=Overview")
    expect(page.locator(".advice")).to_contain_text(
        re.compile(r"The last day to give notice is \d\d/\d\d/\d{4}")
    )


def test_api_with_a_token_created_in_the_ui(page):
    demo.load_demo()
    log_in_as_demo(page)
    page.goto("/account/")
    page.fill("input[name=name]", "boekhouding")
    page.click("button:has-text('Token aanmaken')")
    token = page.locator("#new-token").inner_text()
    api = page.context.request
    headers = {"Authorization": f"Bearer {token}"}
    created = api.post(
        f"/api/v1/orgs/{demo.DEMO_ORG_SLUG}/suppliers",
        headers=headers,
        data={"name": "Via API BV", "vat_number": "BE0555012323"},
    )
    assert created.status == 201
    listed = api.get(f"/api/v1/orgs/{demo.DEMO_ORG_SLUG}/suppliers?q=API", headers=headers)
    assert [s["name"] for s in listed.json()] == ["Via API BV"]
