"""Stored ticket results: refreshed by imports, batch removal and new terms; open tickets judged
at query time; pages whose number of queries does not grow with the data.

NetCare's terms (tests.sla.conftest): Mon-Fri 08:30-17:30 in Brussels, Urgent = P1, resolved
within 4 business hours.
"""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tests.core.sla.sla_helpers import brussels
from tests.sla.conftest import netcare_policy
from vendorpact.common.deletion import deletion_counts
from vendorpact.core.sla.outcome import BREACHED, MET, NOT_JUDGED
from vendorpact.engagements.models import Engagement
from vendorpact.sla import importing, services
from vendorpact.sla.figures import EngagementSla, organisation_month
from vendorpact.sla.models import SlaTerms, Ticket, TicketResult
from vendorpact.sla.synthetic import build_tickets

HEADER = "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
# Monday 05/10/2026 09:00, resolved 12:30: 3.5 business hours (target 4: met).
FIRST = HEADER + "701,Server,Solved,Urgent,2026-10-05 09:00:00,2026-10-05 12:30:00,30\n"
# Tuesday 09:00 - 15:00: 6 hours, a resolution breach; and 701 waited for the customer
# 10:00-11:00, so its resolution time becomes 2.5 hours with one hour of waiting.
SECOND = HEADER + "702,Printer,Solved,Urgent,2026-10-06 09:00:00,2026-10-06 15:00:00,30\n"
SECOND_EVENTS = "id,at,status\n701,2026-10-05 10:00,pending\n701,2026-10-05 11:00,open\n"
# Open P1 tickets, answered after 30 minutes: 801 from Monday 09:00 (4 hours: due 13:00);
# 802 from Monday 13:30 (4 hours end exactly at 17:30 closing: late only after Tuesday 08:30).
OPEN = HEADER + (
    "801,Kassa,Open,Urgent,2026-10-05 09:00:00,,30\n802,Wifi,Open,Urgent,2026-10-05 13:30:00,,30\n"
)


def stored(external_id):
    return TicketResult.objects.get(ticket__external_id=external_id)


def remove(tenancy, sla_import):
    return services.remove_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=sla_import)


def test_import_stores_the_results_of_its_tickets(terms, run_import):
    run_import("tickets", FIRST, "first.csv")
    result = stored("701")
    assert (result.resolution_seconds, result.resolution_outcome) == (3.5 * 3600, MET)
    assert (result.month, result.is_open, result.customer_wait_seconds) == ("2026-10", False, 0)


def test_events_of_a_later_import_refresh_an_earlier_ticket(terms, run_import):
    run_import("tickets", FIRST, "first.csv")
    run_import("tickets", SECOND, "second.csv", events=SECOND_EVENTS)
    assert (stored("701").resolution_seconds, stored("701").customer_wait_seconds) == (
        2.5 * 3600,
        3600,
    )
    assert stored("702").resolution_outcome == BREACHED


def test_removing_a_batch_refreshes_the_results(tenancy, terms, run_import):
    run_import("tickets", FIRST, "first.csv")
    second = run_import("tickets", SECOND, "second.csv", events=SECOND_EVENTS)
    remove(tenancy, second)
    assert list(TicketResult.objects.values_list("ticket__external_id", flat=True)) == ["701"]
    assert (stored("701").resolution_seconds, stored("701").customer_wait_seconds) == (
        3.5 * 3600,
        0,
    )


def test_new_terms_refresh_the_results(tenancy, engagement_a, terms, run_import):
    run_import("tickets", FIRST, "first.csv")
    policy = netcare_policy()
    policy["priorities"]["P1"]["resolution"]["minutes"] = 3 * 60  # 3.5 hours is now late
    services.save_terms(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, policy=policy
    )
    assert stored("701").resolution_outcome == BREACHED


def test_priority_the_terms_no_longer_know_has_no_result_until_mapped(
    tenancy, engagement_a, terms, run_import
):
    run_import("tickets", FIRST, "first.csv")  # stored as P1 (Urgent)
    policy = netcare_policy()
    del policy["priorities"]["P1"]
    policy["priority_map"] = {}
    services.save_terms(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, policy=policy
    )
    assert not TicketResult.objects.exists()
    assert EngagementSla(engagement_a).unmapped_count == 1
    services.map_priorities(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, mapping={"urgent": "P2"}
    )
    assert stored("701").priority == "P2"


def test_open_ticket_is_judged_at_query_time_from_its_due_moment(engagement_a, terms, run_import):
    run_import("tickets", OPEN, "open.csv")
    assert stored("801").resolution_outcome == NOT_JUDGED
    assert stored("801").resolution_due == brussels(2026, 10, 5, 13)

    def resolution_overdue(now):
        (october,) = EngagementSla(engagement_a, now=now).months
        return october.resolution_overdue

    assert resolution_overdue(brussels(2026, 10, 5, 12)) == 0
    assert resolution_overdue(brussels(2026, 10, 5, 14)) == 1
    row = EngagementSla(engagement_a, now=brussels(2026, 10, 5, 12)).evaluated[0]
    assert (row.ticket.external_id, row.remaining_seconds) == ("801", 3600)


def test_target_reached_at_closing_time_is_late_only_after_the_next_opening(
    engagement_a, terms, run_import
):
    run_import("tickets", OPEN, "open.csv")
    assert stored("802").resolution_due == brussels(2026, 10, 6, 8, 30)

    def late(now):
        return [row.ticket.external_id for row in EngagementSla(engagement_a, now=now).breaches]

    assert late(brussels(2026, 10, 5, 18)) == ["801"]
    assert late(brussels(2026, 10, 6, 8, 30)) == ["801"]
    assert late(brussels(2026, 10, 6, 8, 31)) == ["801", "802"]


def test_paused_open_ticket_does_not_become_overdue(engagement_a, terms, run_import):
    # 801 waits for the customer from Monday 10:00: one business hour used, clock stopped.
    run_import("tickets", OPEN, "open.csv", events="id,at,status\n801,2026-10-05 10:00,pending\n")
    a_month_later = brussels(2026, 11, 5, 12)
    breaches = EngagementSla(engagement_a, now=a_month_later).breaches
    assert [row.ticket.external_id for row in breaches] == ["802"]


# Bounded number of queries --------------------------------------------------------------

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("section", ["", "tickets/", "tickets/?page=3&breached=any"])
def test_sla_pages_need_as_many_queries_for_twice_the_tickets(
    client, tenancy, engagement_a, terms, monkeypatch, section
):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/{section}"
    build_tickets(engagement_a, 300, NOW)
    before = _queries(client, url)
    build_tickets(engagement_a, 300, NOW, seed=8, first_number=300)
    assert _queries(client, url) == before


def _engagement_with_tickets(tenancy, supplier, number):
    engagement = Engagement.objects.create(
        organisation=tenancy.org_a, supplier=supplier, title=f"Dienst {number}", status="active"
    )
    services.save_terms(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, policy=netcare_policy()
    )
    build_tickets(engagement, 150, NOW, seed=number, first_number=number * 1000)
    return engagement


def test_report_month_needs_as_many_queries_for_twice_the_engagements(tenancy, supplier_a):
    engagements = [_engagement_with_tickets(tenancy, supplier_a, n) for n in range(2)]
    with CaptureQueriesContext(connection) as first:
        rows = organisation_month(tenancy.org_a, "2026-10", NOW)
    assert set(rows) == {e.pk for e in engagements}
    engagements += [_engagement_with_tickets(tenancy, supplier_a, n) for n in range(2, 4)]
    with CaptureQueriesContext(connection) as second:
        rows = organisation_month(tenancy.org_a, "2026-10", NOW)
    assert set(rows) == {e.pk for e in engagements}
    assert len(second) == len(first)


def test_report_month_equals_the_engagement_month(tenancy, supplier_a, engagement_a, imported):
    rows = organisation_month(tenancy.org_a, "2026-09", NOW)
    assert rows[engagement_a.pk] == EngagementSla(engagement_a, now=NOW).month("2026-09")


# Large sets: recomputed by the worker ---------------------------------------------------


@pytest.fixture
def worker_for_everything(settings):
    """Every engagement counts as large; the queued task runs at once (immediate backend)."""
    settings.VENDORPACT_SLA_INLINE_MAX_TICKETS = 0
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_large_set_is_recomputed_by_the_task_after_commit(
    engagement_a, terms, run_import, worker_for_everything, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        run_import("tickets", FIRST, "first.csv")
    assert not TicketResult.objects.exists()
    assert EngagementSla(engagement_a).results_pending
    for callback in callbacks:
        callback()
    assert stored("701").resolution_outcome == MET
    assert not EngagementSla(engagement_a).results_pending


def test_overview_says_the_figures_are_being_updated(
    client, tenancy, engagement_a, terms, run_import, worker_for_everything
):
    run_import("tickets", FIRST, "first.csv")  # the task waits: callbacks are not run
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/").content
    assert b'id="results-pending"' in page


def test_import_looks_tickets_and_events_up_in_parts(engagement_a, terms, run_import, monkeypatch):
    monkeypatch.setattr(importing, "LOOKUP_CHUNK", 1)  # one id per IN list
    run_import("tickets", FIRST + SECOND.removeprefix(HEADER), "both.csv")
    again = run_import("tickets", SECOND, "second.csv", events=SECOND_EVENTS)
    assert (again.imported, again.updated, again.events_imported) == (0, 0, 2)
    assert stored("701").customer_wait_seconds == 3600


def test_deletion_counts_leave_the_stored_figures_out(supplier_a, terms, run_import):
    run_import("tickets", FIRST, "first.csv")
    with translation.override("en"):
        counts = dict(deletion_counts(supplier_a))
    assert counts["tickets"] == 1
    assert not any("result" in str(label) for label in counts)


def test_recompute_command_catches_up_on_waiting_engagements(engagement_a, terms, run_import):
    run_import("tickets", FIRST, "first.csv")
    TicketResult.objects.all().delete()
    SlaTerms.objects.filter(engagement=engagement_a).update(
        results_version=F("results_version") + 1
    )
    assert EngagementSla(engagement_a).results_pending
    out = io.StringIO()
    call_command("recompute_sla_results", stdout=out)
    assert out.getvalue().strip() == "1 engagement(s) recomputed"
    assert stored("701").resolution_outcome == MET
    assert not EngagementSla(engagement_a).results_pending


def test_saving_the_same_terms_again_recomputes_nothing(tenancy, engagement_a, terms, run_import):
    run_import("tickets", FIRST, "first.csv")
    version = SlaTerms.objects.get(engagement=engagement_a).results_version
    services.save_terms(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, policy=netcare_policy()
    )
    assert SlaTerms.objects.get(engagement=engagement_a).results_version == version


def test_recompute_leaves_a_ticket_with_an_implausible_date_out(
    tenancy, engagement_a, terms, run_import
):
    run_import("tickets", FIRST, "first.csv")
    Ticket.objects.create(  # stored before imports refused such dates
        organisation=tenancy.org_a,
        engagement=engagement_a,
        supplier=engagement_a.supplier,
        external_id="Y-9999",
        priority="P1",
        created=dt.datetime(9999, 12, 31, 9, tzinfo=dt.UTC),
    )
    services.map_priorities(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, mapping={"dringend": "P1"}
    )
    sla = EngagementSla(engagement_a, now=NOW)
    assert list(TicketResult.objects.values_list("ticket__external_id", flat=True)) == ["701"]
    assert (sla.out_of_range_count, sla.unmapped_count, sla.ticket_count) == (1, 0, 1)
