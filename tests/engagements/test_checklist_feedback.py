"""Inline checklist edits say they were saved, and the coverage line above the list follows the
change without a reload (issue 15)."""

import re

from vendorpact.engagements.models import ChecklistEntry

COVERAGE = re.compile(r'<p id="checklist-coverage"[^>]*>(\d+) of (\d+) items')


def post_item(client, org, engagement, item_id, data):
    return client.post(
        f"/o/{org.slug}/engagements/{engagement.pk}/checklist/{item_id}/",
        data,
        HTTP_HX_REQUEST="true",
        HTTP_ACCEPT_LANGUAGE="en",
    )


def coverage_on_page(client, org, engagement):
    page = client.get(
        f"/o/{org.slug}/engagements/{engagement.pk}/checklist/", HTTP_ACCEPT_LANGUAGE="en"
    )
    covered, expected = COVERAGE.search(page.content.decode()).groups()
    return int(covered), int(expected)


def test_a_saved_note_says_saved(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = post_item(
        client,
        tenancy.org_a,
        engagement_a,
        "budget.project_cost",
        {"status": "covered", "note": "Art. 3"},
    )
    assert '<p class="saved" role="status">Saved</p>' in response.content.decode()


def test_the_coverage_line_is_sent_along_out_of_band(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    ChecklistEntry.objects.filter(engagement=engagement_a, item_id="timing.planning").delete()
    covered, expected = coverage_on_page(client, tenancy.org_a, engagement_a)
    response = post_item(
        client, tenancy.org_a, engagement_a, "timing.planning", {"status": "covered"}
    )
    text = response.content.decode()
    assert 'hx-swap-oob="true"' in text
    # one more expected item covered than the page showed before the click
    assert COVERAGE.search(text).groups() == (str(covered + 1), str(expected))


def test_the_full_page_shows_no_saved_line(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/checklist/")
    assert 'class="saved"' not in page.content.decode()
