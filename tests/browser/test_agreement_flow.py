"""Issue 13: the agreement's path in Chromium. From the demo's version in negotiation the
client issues the next version and sends it; the supplier (a separate browser, no login)
proposes other wording for the disputed payment article; the client accepts it, issues the
final version, makes it final and uploads the PDF signed with two self-made certificates; the
checklist shows the settled items as covered."""

import logging
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import expect

from tests.agreements.signing import self_signed_signer, sign
from tests.browser.test_done_when import log_in_as_demo
from vendorpact import demo
from vendorpact.agreements import services
from vendorpact.agreements.demo import DISPUTED_ITEM, ERP_LINK
from vendorpact.agreements.models import AgreementDraft
from vendorpact.engagements.models import ChecklistEntry, Engagement

pytestmark = pytest.mark.django_db(transaction=True)

PROPOSAL = "Facturen zijn betaalbaar binnen 21 dagen na factuurdatum."


def _negotiation_url(draft):
    return f"/o/{demo.DEMO_ORG_SLUG}/agreement-drafts/{draft.pk}/negotiation/"


def _payment_number(draft) -> int:
    return draft.articles.get(key__startswith=DISPUTED_ITEM).number


def _sign_twice(pdf: bytes) -> bytes:
    pdf = sign(pdf, self_signed_signer("Lotte Verhaegen"), "Klant")
    return sign(pdf, self_signed_signer("Pieter Janssens"), "Leverancier")


def test_agreement_negotiated_finalised_and_signed(page, browser):
    demo.load_demo()
    engagement = Engagement.objects.get(title=ERP_LINK)
    first = AgreementDraft.objects.get(engagement=engagement, version=1)
    log_in_as_demo(page)
    page.goto(f"/o/{demo.DEMO_ORG_SLUG}/engagements/{engagement.pk}/agreement/")
    page.click(f"a[href='{_negotiation_url(first)}']")
    expect(page.locator("#status-counts")).to_contain_text("Betwist: 1")

    page.click("#issue-version")
    expect(page.locator(".messages")).to_contain_text("Versie 2 aangemaakt")
    second = AgreementDraft.objects.get(engagement=engagement, version=2)
    page.fill("#id_sent_to", "pieter@integra.example")
    page.click("button:has-text('Naar de leverancier sturen')")
    link = page.locator("#new-link").inner_text()

    number = _payment_number(second)
    supplier = browser.new_context(locale="nl-BE")  # no session, no login
    try:
        outside = supplier.new_page()
        outside.goto(link)
        expect(outside.locator("h1")).to_contain_text("Voorstel van overeenkomst")
        outside.check(f"input[name=choice_{number}][value=propose]")
        outside.fill(f"textarea[name=text_{number}]", PROPOSAL)
        outside.fill("#id_respondent", "Pieter Janssens")
        outside.click("button:has-text('Antwoorden versturen')")
        expect(outside.locator("#thanks")).to_be_visible()
        outside.goto(link)
        expect(outside.locator("#closed")).to_be_visible()
    finally:
        supplier.close()

    page.goto(_negotiation_url(second))
    article = page.locator(f"#article-{number}")
    expect(article).to_contain_text(PROPOSAL)
    article.locator("button:has-text('Tekst van de leverancier aanvaarden')").click()
    expect(page.locator(".messages")).to_contain_text(f"Artikel {number} overeengekomen")
    page.click("#issue-version")
    expect(page.locator(".messages")).to_contain_text("Versie 3 aangemaakt")
    page.click("#finalise")
    expect(page.locator(".messages")).to_contain_text("Versie 3 is definitief")

    final = AgreementDraft.objects.get(engagement=engagement, version=3)
    logging.disable(logging.WARNING)  # pyHanko's stack traces for self-made certificates
    try:
        pdf = services.render(final, "pdf")
        # pyHanko runs its own event loop: not in this thread, where Playwright's runs
        with ThreadPoolExecutor(max_workers=1) as worker:
            pdf = worker.submit(_sign_twice, pdf).result()
        page.set_input_files(
            "input[name=file]",
            {"name": "overeenkomst-getekend.pdf", "mimeType": "application/pdf", "buffer": pdf},
        )
        page.click("button:has-text('Opladen en handtekeningen controleren')")
        expect(page.locator(".messages")).to_contain_text(
            "Digitaal ondertekend door Lotte Verhaegen, Pieter Janssens"
        )
    finally:
        logging.disable(logging.NOTSET)
    expect(page.locator("#signed-copy")).to_contain_text("overeenkomst-getekend.pdf")

    page.click("nav.tabs a[href$='/checklist/']")
    entry = ChecklistEntry.objects.get(engagement=engagement, item_id=DISPUTED_ITEM)
    assert (entry.status, entry.evidence_clause) == ("covered", f"Artikel {number}")
    assert Engagement.objects.get(pk=engagement.pk).agreed_how == "signed_both"
