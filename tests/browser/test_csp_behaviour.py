"""Under the Content-Security-Policy the behaviour moved out of inline handlers still works and
no page reports a policy violation."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_done_when import log_in_as_demo
from vendorpact import demo
from vendorpact.planning.models import Milestone

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo_org():
    return demo.load_demo()


def violations_on(page, paths):
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    for path in paths:
        page.goto(path, wait_until="networkidle")
    return [text for text in messages if "Content Security Policy" in text]


def test_main_pages_report_no_policy_violation(page, demo_org):
    log_in_as_demo(page)
    slug = demo_org.slug
    engagement = demo_org.engagements.first()
    paths = [
        f"/o/{slug}/",
        f"/o/{slug}/suppliers/",
        f"/o/{slug}/engagements/",
        f"/o/{slug}/engagements/{engagement.pk}/",
        "/api/v1/docs",
    ]
    assert violations_on(page, paths) == []


def test_confirmation_dismissed_keeps_the_milestone(page, demo_org):
    milestone = Milestone.objects.filter(organisation=demo_org).first()
    log_in_as_demo(page)
    page.goto(f"/o/{demo_org.slug}/engagements/{milestone.engagement_id}/planning/")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.locator(f"form[action$='/milestones/{milestone.pk}/delete/'] button").click()
    expect(page.locator("#milestones")).to_contain_text(milestone.title)
    assert Milestone.objects.filter(pk=milestone.pk).exists()


def test_status_filter_submits_on_change(page, demo_org):
    log_in_as_demo(page)
    page.goto(f"/o/{demo_org.slug}/engagements/")
    page.select_option("select[name=status]", "ended")
    # the form also sends its sort order; the status is what the change submitted
    expect(page).to_have_url(re.compile(r"/engagements/\?(.*&)?status=ended(&|$)"))
