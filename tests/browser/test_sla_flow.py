"""Issue 4's 'done when', walked in headless Chromium: import a Zendesk export and a downtime log
for the demo managed-service supplier, see monthly compliance with the chart and the breaches,
and download the service-credit claim letter."""

from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.test_done_when import log_in_as_demo
from vendorpact import demo
from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.engagements.models import Engagement
from vendorpact.sla.demo import ENGAGEMENT_TITLE, NETCARE_POLICY
from vendorpact.sla.demo_export import build_export
from vendorpact.sla.models import Downtime, SlaImport, SlaTerms, Ticket

pytestmark = pytest.mark.django_db(transaction=True)

# P2..P4 as NetCare's SLA annex says (the analyser reads P1 from the table).
TARGETS = {
    1: ("2", "hours", "8", "hours"),
    2: ("4", "hours", "3", "days"),
    3: ("1", "days", "10", "days"),
}
CREDITS = [("99.5", "5"), ("99", "10"), ("98", "25")]


def _fresh_engagement() -> Engagement:
    """The demo's NetCare engagement without any SLA data (the demo may bring its own)."""
    engagement = Engagement.objects.get(title=ENGAGEMENT_TITLE)
    for model in (Ticket, Downtime, SlaImport, SlaTerms):
        model.objects.filter(organisation=engagement.organisation).delete()
    return engagement


def _fill_terms(page) -> None:
    expect(page.locator("#prefill-note")).to_contain_text("NetCare-overeenkomst")
    expect(page.locator("input[name=target_percent]")).to_have_value("99,5")
    expect(page.locator("input[name=monthly_fee]")).to_have_value("1200")
    for row, (response, response_unit, resolution, resolution_unit) in TARGETS.items():
        page.fill(f"input[name=priority-{row}-response_value]", response)
        page.select_option(f"select[name=priority-{row}-response_unit]", response_unit)
        page.fill(f"input[name=priority-{row}-resolution_value]", resolution)
        page.select_option(f"select[name=priority-{row}-resolution_unit]", resolution_unit)
    for row, (below, credit) in enumerate(CREDITS):
        page.fill(f"input[name=credit-{row}-below_percent]", below)
        page.fill(f"input[name=credit-{row}-credit_percent]", credit)
    page.fill("input[name=credit_cap_percent]", "30")
    page.click("#terms-form button[type=submit]")
    expect(page.locator(".messages")).to_contain_text("SLA-afspraken bewaard")


def _import_tickets(page, tmp_path, export) -> None:
    (tmp_path / "zendesk-export.csv").write_text(export.tickets_csv, encoding="utf-8")
    (tmp_path / "statusgeschiedenis.csv").write_text(export.events_csv, encoding="utf-8")
    page.click("text=Tickets inlezen")
    page.set_input_files("input[name=file]", str(tmp_path / "zendesk-export.csv"))
    page.set_input_files("input[name=events_file]", str(tmp_path / "statusgeschiedenis.csv"))
    page.click("#ticket-upload button[type=submit]")
    expect(page.locator("#format")).to_have_text("Zendesk")
    form = page.locator("#priority-form")
    for index, contract in enumerate(["P2", "P4", "P3", "P1"]):  # High, Low, Normal, Urgent
        form.locator(f"select[name=value_{index}]").select_option(contract)
    page.click("#priority-form button[type=submit]")
    page.click("button:has-text('Importeer de 150 goede rijen')")
    expect(page.locator(".messages")).to_contain_text("150 nieuw")


def _import_downtime(page, tmp_path, export) -> None:
    (tmp_path / "storingen.csv").write_text(export.downtime_csv, encoding="utf-8")
    page.click("#tabs-sla-actions >> text=Onderbrekingen")
    page.set_input_files("input[name=file]", str(tmp_path / "storingen.csv"))
    page.click("#downtime-upload button[type=submit]")
    page.click("#import-choice button[value=good_rows]")


def test_sla_done_when(page, tmp_path):
    demo.load_demo()
    engagement = _fresh_engagement()
    export = build_export(SlaPolicy.from_dict(NETCARE_POLICY), timezone.now())
    bad_month = export.below_target_month

    log_in_as_demo(page)
    page.goto(f"/o/{demo.DEMO_ORG_SLUG}/engagements/{engagement.pk}/")
    page.click("nav.tabs >> text=Serviceniveaus")
    page.click("text=SLA-afspraken vastleggen")
    _fill_terms(page)
    _import_tickets(page, tmp_path, export)
    _import_downtime(page, tmp_path, export)

    row = page.locator(f"tr[data-month='{bad_month}']")
    expect(row).to_contain_text("€ 60,00")
    expect(page.locator("#chart svg")).to_be_visible()
    expect(page.locator("#breaches tbody tr").first).not_to_contain_text("Geen overschrijdingen")
    assert Ticket.objects.filter(engagement=engagement).count() == 150

    row.locator("text=Claimbrief").click()
    expect(page.locator(".letter")).to_contain_text("€ 60,00")
    expect(page.locator(".letter")).to_contain_text("servicecredit")
    with page.expect_download() as download:
        page.click("#letter-pdf")
    assert Path(download.value.path()).read_bytes()[:4] == b"%PDF"
