"""Each list page takes the same number of queries for N and for 2N engagements."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import timezone

from tests.api.test_api import auth
from tests.conftest import login
from tests.scale import TODAY, add_engagements, count_cold_queries
from vendorpact.reminders.services import calendar_for, digest_for
from vendorpact.reminders.sources import reminders_for_org
from vendorpact.reports import snapshot

N = 3
# Per engagement of add_engagements: notice deadline (term ends 31/12/2026, 3 months notice:
# missed, so none), tacit renewal on 01/01/2027 (within 60 days), milestone due in 3 days,
# concern idle for 60 days, extra cost waiting 20 days, health link expiring in 2 days, exit task
# due in 5 days.
REMINDERS_PER_ENGAGEMENT = 6


@pytest.fixture
def pinned_today(monkeypatch):
    real_localdate = timezone.localdate

    def localdate(value=None, timezone=None):
        return real_localdate(value, timezone) if value is not None else TODAY

    monkeypatch.setattr(timezone, "localdate", localdate)


def queries_for_n_and_2n(org, action) -> tuple[int, int, object, object]:
    add_engagements(org, N)
    action()  # the first request also writes the session
    small, small_result = count_cold_queries(action)
    add_engagements(org, N, start=N)
    large, large_result = count_cold_queries(action)
    return small, large, small_result, large_result


def test_dashboard_queries_do_not_grow(client, tenancy, pinned_today):
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/"
    small, large, _, response = queries_for_n_and_2n(tenancy.org_a, lambda: client.get(url))
    assert response.status_code == 200
    assert "Opdracht 005" in response.content.decode()
    assert small == large


def test_engagement_list_queries_do_not_grow(client, tenancy, pinned_today):
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/"
    small, large, _, response = queries_for_n_and_2n(tenancy.org_a, lambda: client.get(url))
    assert response.status_code == 200
    assert len(response.context["rows"]) == 2 * N
    assert small == large


def test_reminders_for_org_queries_do_not_grow(tenancy, pinned_today):
    small, large, _, reminders = queries_for_n_and_2n(
        tenancy.org_a, lambda: reminders_for_org(tenancy.org_a, TODAY)
    )
    assert len(reminders) == 2 * N * REMINDERS_PER_ENGAGEMENT
    assert small == large


def test_reminder_page_queries_do_not_grow(client, tenancy, pinned_today):
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/reminders/"
    small, large, _, response = queries_for_n_and_2n(tenancy.org_a, lambda: client.get(url))
    assert len(response.context["rows"]) == 2 * N * REMINDERS_PER_ENGAGEMENT
    assert small == large


def test_reminder_api_queries_do_not_grow(client, tenancy, pinned_today):
    headers = auth(tenancy.alice)
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/reminders"
    small, large, _, response = queries_for_n_and_2n(
        tenancy.org_a, lambda: client.get(url, **headers)
    )
    assert len(response.json()) == 2 * N * REMINDERS_PER_ENGAGEMENT
    assert small == large


def test_digest_and_calendar_queries_do_not_grow(tenancy, pinned_today):
    def both():
        return digest_for(tenancy.ada, TODAY), calendar_for(tenancy.ada, TODAY, lambda p: p)

    small, large, _, (digest, calendar) = queries_for_n_and_2n(tenancy.org_a, both)
    assert digest[2] == 2 * N * REMINDERS_PER_ENGAGEMENT
    assert calendar.count("BEGIN:VEVENT") == 2 * N * REMINDERS_PER_ENGAGEMENT
    assert small == large


def test_report_queries_do_not_grow(client, tenancy, pinned_today):
    # The SLA column included: it reads the stored monthly figures of every engagement at once.
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/report/?month=2026-12"
    small, large, _, response = queries_for_n_and_2n(tenancy.org_a, lambda: client.get(url))
    report = response.context["report"]
    assert len(report.rows) == 2 * N
    assert report.open_concerns == 2 * N
    assert len(report.reminders) == 2 * N * REMINDERS_PER_ENGAGEMENT
    assert small == large


def test_report_rows_keep_their_budget_coverage_and_concerns(tenancy, pinned_today):
    add_engagements(tenancy.org_a, 2)
    report = snapshot.organisation_report(tenancy.org_a, "2026-12", TODAY, "nl")
    row = report.rows[0]
    assert row.engagement.title == "Opdracht 000"
    # One budget line of 12.000 with a confirmed invoice line of 1.000 booked on it.
    assert row.budget.budget == Decimal("12000.00")
    assert row.budget.invoiced == Decimal("1000.00")
    assert row.open_concerns == 1
    # Three entries: one covered, one partial, one missing among the expected items.
    assert row.coverage.covered == 1
