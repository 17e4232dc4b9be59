"""At 390 px (a phone) every main page fits the screen and the menu folds behind a button;
at 1366 px the monthly SLA table fits without a scrollbar of its own."""

import pytest
from playwright.sync_api import expect

from tests.browser.main_pages import log_in_as_demo, main_pages
from vendorpact import demo

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(locale="nl-BE", base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_every_main_page_fits_a_phone_and_its_menu_opens(phone):
    demo.load_demo()
    log_in_as_demo(phone)
    too_wide = {}
    for name, path in main_pages().items():
        phone.goto(path)
        width = phone.evaluate("document.scrollingElement.scrollWidth")
        if width > PHONE["width"] + 1:
            too_wide[name] = width
        menu = phone.locator("#site-menu")
        expect(menu, name).to_be_hidden()
        phone.click("button[data-menu-toggle]")
        expect(menu.locator("nav a").first, name).to_be_visible()
        expect(phone.locator("button[data-menu-toggle]")).to_have_attribute("aria-expanded", "true")
    assert too_wide == {}


def test_closing_the_menu_hides_it_again(phone):
    demo.load_demo()
    log_in_as_demo(phone)
    toggle = phone.locator("button[data-menu-toggle]")
    toggle.click()
    toggle.click()
    expect(phone.locator("#site-menu")).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")


def test_wide_screen_shows_the_menu_without_a_button(page):
    page.set_viewport_size({"width": 1366, "height": 900})
    demo.load_demo()
    log_in_as_demo(page)
    expect(page.locator("#site-menu nav")).to_be_visible()
    expect(page.locator("button[data-menu-toggle]")).to_be_hidden()


def test_monthly_sla_table_fits_at_1366_px(page):
    page.set_viewport_size({"width": 1366, "height": 900})
    demo.load_demo()
    log_in_as_demo(page)
    page.goto(main_pages()["SLA"])
    card = page.locator("#months")
    expect(card.locator("tbody tr").first).to_be_visible()
    scroll_width, client_width = card.evaluate("box => [box.scrollWidth, box.clientWidth]")
    assert scroll_width <= client_width
    expect(card.locator("a", has_text="Claimbrief").first).to_be_in_viewport()


def test_card_text_stays_inside_its_card_on_a_phone(phone):
    demo.load_demo()
    log_in_as_demo(phone)
    phone.goto(main_pages()["dashboard"])
    overflowing = phone.evaluate(
        """() => [...document.querySelectorAll('.kpi')]
             .filter(card => card.scrollWidth > card.clientWidth)
             .map(card => card.textContent.trim())"""
    )
    assert overflowing == []
