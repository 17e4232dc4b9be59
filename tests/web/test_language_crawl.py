"""Every page of the demo, reached by following links from the dashboard, in Dutch, English and
French: no English message ids on Dutch or French pages, no stored codes instead of their words,
dates dd/mm/yyyy, amounts as the language writes them, Belgian VAT numbers BE 0403.170.701."""

from datetime import date

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client

from tests.clock import brussels_morning
from tests.web.language_crawl import (
    VisibleText,
    codes_in,
    crawl,
    english_texts,
    foreign_formats,
    raw_codes,
    read_page,
    translated_msgids,
)
from vendorpact import demo
from vendorpact.concerns.services import start_exit_plan
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Profile

DAY = date(2026, 11, 16)

DEMO_PAGES = f"/o/{demo.DEMO_ORG_SLUG}/"
# Texts that are the same words in every language by design, not slips: the names of the
# languages in the language menus, and the helpdesk's own ticket statuses (imported data).
NOT_SLIPS = {"English", "Nederlands", "Français", "Closed", "Resolved", "Open", "Pending"}


CRAWLED: dict = {}


@pytest.fixture
def crawled(db):
    """The demo crawled once per language, on a fixed day, by the first test that asks; the
    texts (plain data) serve the module's other tests."""
    if not CRAWLED:
        with time_machine.travel(brussels_morning(DAY), tick=False):
            CRAWLED.update(crawl_demo_in(("nl", "en", "fr")))
    return CRAWLED


def crawl_demo_in(languages) -> dict:
    """language -> {url: visible texts}, and "typed": the free texts people typed in the demo
    (an engagement's description may well say "€ 800 per dag")."""
    org = demo.load_demo()
    user = get_user_model().objects.get(username=demo.DEMO_USERNAME)
    # An exit plan makes its page and the notice letter reachable by links too.
    maintenance = Engagement.objects.get(organisation=org, kind="maintenance")
    start_exit_plan(org=org, actor=user, engagement=maintenance)
    client = Client()
    client.force_login(user)
    texts = {}
    for language in languages:
        Profile.objects.update_or_create(user=user, defaults={"language": language})
        pages = crawl(client, DEMO_PAGES, DEMO_PAGES)
        texts[language] = {url: read_page(html).chunks for url, html in pages.items()}
    texts["typed"] = set(Engagement.objects.values_list("description", flat=True)) - {""}
    return texts


def test_crawl_reaches_the_main_pages(crawled):
    urls = crawled["nl"]
    assert len(urls) > 100
    assert any(url.endswith("/sla/") for url in urls)
    assert any(url.endswith("/exit-plan/") for url in urls)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_english_message_on_dutch_or_french_pages(crawled, language):
    msgids = translated_msgids(language)
    slips = {}
    for url, chunks in crawled[language].items():
        found = english_texts(chunks, msgids) - NOT_SLIPS
        if found:
            slips[url] = sorted(found)
    assert slips == {}


# English pages are left out: there a code and its words are often the same ("month").
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_stored_code_shown_instead_of_its_words(crawled, language):
    codes = raw_codes(language)
    slips = {}
    for url, chunks in crawled[language].items():
        found = codes_in(chunks, codes) - NOT_SLIPS
        if found:
            slips[url] = sorted(found)
    assert slips == {}


@pytest.mark.parametrize("language", ["nl", "en", "fr"])
def test_dates_amounts_and_vat_numbers_in_the_language_format(crawled, language):
    slips = {}
    for url, chunks in crawled[language].items():
        found = foreign_formats(chunks, language, crawled["typed"])
        if found:
            slips[url] = sorted(found)
    assert slips == {}


# The checks themselves, on hand-made texts: each can fail.


def test_check_finds_an_english_label_with_its_colon():
    msgids = {"Supplier": "Leverancier", "Analyse": "Analyser"}
    assert english_texts(["Leverancier", "Supplier:"], msgids) == {"Supplier:"}


def test_check_accepts_a_translation_that_is_also_an_english_msgid():
    msgids = {"Analyse": "Analyser", "Analyser": "Analyseur"}
    assert english_texts(["Analyser"], msgids) == set()


def test_check_finds_a_code_inside_a_composed_text():
    assert codes_in(["Nederlands · maintenance"], {"maintenance"}) == {"maintenance"}


def test_check_finds_iso_dates_english_amounts_and_compact_vat_on_a_dutch_page():
    chunks = ["Livegang (2027-01-03)", "Totaal €1,200.00", "Btw BE0403170701", "€ 1.234,56"]
    assert foreign_formats(chunks, "nl") == {"2027-01-03", "€1,200.00", "BE0403170701"}


def test_check_leaves_quotes_and_typed_texts_alone():
    chunks = ["“betaalt € 1.200,00 per maand”", "Regie: € 800 per dag"]
    assert foreign_formats(chunks, "en", {"Regie: € 800 per dag"}) == set()


def test_text_marked_translate_no_is_data_not_interface():
    parser = VisibleText()
    parser.feed(
        '<p>Status: <span translate="no">open <b>2026-11-16</b></span> Supplier:</p>'
        '<div translate="no"><div>nested</div>still data</div><p>after</p>'
    )
    assert parser.chunks == ["Status:", "Supplier:", "after"]
