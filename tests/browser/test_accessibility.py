"""axe-core over every main page of the demo, on a phone and on a laptop: no serious or critical
violation. axe-core comes from the pinned axe-playwright-python package (no network at test
time); its script is evaluated through Playwright, which the Content-Security-Policy allows."""

from pathlib import Path

import axe_playwright_python
import pytest
from django.contrib.auth import get_user_model

from tests.browser.main_pages import MAINTENANCE, log_in_as_demo, main_pages
from vendorpact import demo
from vendorpact.concerns.services import start_exit_plan
from vendorpact.engagements.models import Engagement

pytestmark = pytest.mark.django_db(transaction=True)

AXE_SCRIPT = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
BLOCKING = {"serious", "critical"}


def axe_violations(page) -> list[dict]:
    page.evaluate(AXE_SCRIPT)
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return results["violations"]


def blocking_summary(violations) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {node['target']}"
        for v in violations
        if v["impact"] in BLOCKING
        for node in v["nodes"]
    ]


def load_demo_with_exit_plan():
    """The demo, plus an exit plan so that the plan's task forms are checked too."""
    org = demo.load_demo()
    engagement = Engagement.objects.get(title=MAINTENANCE)
    user = get_user_model().objects.get(username=demo.DEMO_USERNAME)
    start_exit_plan(org=org, actor=user, engagement=engagement)


@pytest.mark.parametrize("width", [390, 1366])
def test_main_pages_have_no_serious_accessibility_violations(browser, live_server, width):
    load_demo_with_exit_plan()
    context = browser.new_context(
        locale="nl-BE", base_url=live_server.url, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    log_in_as_demo(page)
    found = {}
    for name, path in main_pages().items():
        page.goto(path)
        problems = blocking_summary(axe_violations(page))
        if problems:
            found[name] = problems
    context.close()
    assert found == {}


def test_axe_reports_an_unlabelled_input(page, live_server):
    """The check itself can fail: a page with an input without a label is reported."""
    demo.load_demo()
    log_in_as_demo(page)
    page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    assert any(v["id"] == "label" for v in axe_violations(page))
