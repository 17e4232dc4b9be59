"""The monthly report shows the notice dates of the report's day, missed deadline included."""

from datetime import date
from html import unescape

import pytest
from django.utils import timezone

from vendorpact.reports.snapshot import organisation_report


@pytest.fixture
def renewed(engagement_a):
    engagement_a.start_date = date(2026, 2, 1)
    engagement_a.duration_months, engagement_a.renewal_months = 12, 12
    engagement_a.renewal, engagement_a.notice_value, engagement_a.notice_unit = "tacit", 3, "months"
    engagement_a.save()
    return engagement_a


def test_snapshot_takes_the_notice_dates_of_the_report_day(tenancy, renewed):
    report = organisation_report(tenancy.org_a, "2026-11", date(2026, 12, 4), "en")
    row = report.rows[0]
    assert row.notice_deadline == date(2027, 10, 31)
    assert (row.terms.missed_notice_deadline, row.terms.earliest_end) == (
        date(2026, 10, 31),
        date(2028, 1, 31),
    )


def test_report_page_says_the_deadline_was_missed(client, tenancy, renewed, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: date(2026, 12, 4))
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/report/", HTTP_ACCEPT_LANGUAGE="en")
    html = unescape(page.content.decode())
    assert "Notice deadline 31/10/2026 missed: renews until 31/01/2028" in html
    assert "Notice by 31/10/2027" in html
