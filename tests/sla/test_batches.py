"""Ticket and downtime imports are batches: removed exactly, same file recognised, dates outside
the engagement warned about."""

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.sla.conftest import SMALL_ZENDESK
from vendorpact.api.services import create_token
from vendorpact.core.sla.imports import ExportFormatError
from vendorpact.sla import services
from vendorpact.sla.figures import EngagementSla
from vendorpact.sla.importing import preview_import
from vendorpact.sla.models import Downtime, SlaImport, Ticket, TicketEvent

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=BRUSSELS)
HEADER = "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
# Two October tickets and one November ticket (Mondays/Tuesdays, office hours 08:30-17:30):
# 601 P1 answered after 120 minutes (target 60: breached), 602 P3 after 30 (target 240: met).
SECOND_FILE = HEADER + (
    "601,Server plat,Solved,Urgent,2026-10-12 09:00:00,2026-10-12 12:00:00,120\n"
    "602,Mailbox vol,Solved,Normal,2026-10-13 10:00:00,2026-10-14 10:00:00,30\n"
    "603,Nieuwe laptop,Solved,Normal,2026-11-03 10:00:00,2026-11-03 15:00:00,30\n"
)
DOWNTIME = "start,end,scope,planned\n03/10/2026 10:00,03/10/2026 11:00,servers,nee\n"


def pin_created(sla_import, moment):
    SlaImport.objects.filter(pk=sla_import.pk).update(created_at=moment)
    sla_import.refresh_from_db()
    return sla_import


@pytest.fixture
def hand_ticket(tenancy, engagement_a, terms):
    """Entered by hand (no batch): P1 on Monday 05/10/2026 11:00, answered after 30 minutes."""
    return Ticket.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        supplier=engagement_a.supplier,
        external_id="HAND-1",
        priority="P1",
        priority_raw="P1",
        created=dt.datetime(2026, 10, 5, 11, 0, tzinfo=BRUSSELS),
        first_response=dt.datetime(2026, 10, 5, 11, 30, tzinfo=BRUSSELS),
        resolved=dt.datetime(2026, 10, 5, 12, 0, tzinfo=BRUSSELS),
        status="Solved",
    )


@pytest.fixture
def two_batches(terms, run_import, hand_ticket):
    first = run_import("tickets", SMALL_ZENDESK, "zendesk.csv")
    second = run_import("tickets", SECOND_FILE, "zendesk-november.csv")
    return first, second


def remove(tenancy, sla_import):
    return services.remove_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=sla_import)


def ticket_ids():
    return sorted(Ticket.objects.values_list("external_id", flat=True))


def test_removing_a_batch_removes_exactly_its_tickets(tenancy, two_batches):
    first, second = two_batches
    removed = remove(tenancy, second)
    assert (removed.tickets, removed.events, removed.downtimes) == (3, 0, 0)
    assert ticket_ids() == ["501", "502", "503", "HAND-1"]


def test_a_removed_batch_is_marked_and_kept_in_the_list(tenancy, two_batches):
    _, second = two_batches
    remove(tenancy, second)
    second.refresh_from_db()
    assert (second.state, second.removed_by) == ("removed", tenancy.alice)
    assert second.removed_at is not None


def test_a_batch_cannot_be_removed_twice(tenancy, two_batches):
    _, second = two_batches
    remove(tenancy, second)
    with pytest.raises(ExportFormatError) as refused:
        remove(tenancy, second)
    assert refused.value.code == "import.not_removable"


def test_monthly_figures_follow_the_removal(tenancy, engagement_a, two_batches):
    # October before: 501, 502, 503 (first file), 601, 602 (second file) and HAND-1: 6 tickets,
    # all answered; 502 (P3, 300 min > 240) and 601 (P1, 120 min > 60) too late. November: 603.
    # After removing the second file: 501, 502, 503, HAND-1, only 502 too late, no November.
    def figures():
        return [
            (row.month, row.tickets, row.responded, row.response_breached)
            for row in EngagementSla(engagement_a, now=NOW).months
        ]

    assert figures() == [("2026-10", 6, 6, 2), ("2026-11", 1, 1, 0)]
    remove(tenancy, two_batches[1])
    assert figures() == [("2026-10", 4, 4, 1)]


def test_removing_removes_the_status_events_the_batch_added(tenancy, terms, run_import):
    first = run_import("tickets", SMALL_ZENDESK, events="id,at,status\n501,2026-10-05 09:10,open\n")
    events = "id,at,status\n501,2026-10-05 09:40,pending\n601,2026-10-12 09:05,open\n"
    second = run_import("tickets", SECOND_FILE, events=events)
    removed = remove(tenancy, second)
    assert (removed.tickets, removed.events) == (3, 2)
    remaining = TicketEvent.objects.values_list("ticket__external_id", "status", "source_import")
    assert list(remaining) == [("501", "open", first.pk)]


def test_removing_the_first_batch_keeps_the_tickets_of_the_second(tenancy, two_batches):
    first, _ = two_batches
    remove(tenancy, first)
    assert ticket_ids() == ["601", "602", "603", "HAND-1"]


def test_removing_a_downtime_batch_removes_its_outages_only(
    tenancy, engagement_a, terms, run_import
):
    first = run_import("downtime", DOWNTIME, "storingen.csv")
    later = "start,end,scope,planned\n10/10/2026 10:00,10/10/2026 12:00,servers,nee\n"
    run_import("downtime", later, "storingen-2.csv")
    removed = remove(tenancy, first)
    assert removed.downtimes == 1
    assert [d.start.astimezone(BRUSSELS).day for d in Downtime.objects.all()] == [10]


def test_the_import_records_the_file_fingerprint_and_counts(terms, run_import):
    done = run_import("tickets", SMALL_ZENDESK, events="id,at,status\n501,2026-10-05 09:10,open\n")
    # sha256 of the exact bytes, computed independently of the app
    assert done.sha256 == hashlib.sha256(SMALL_ZENDESK.encode()).hexdigest()
    assert (done.imported, done.events_imported) == (3, 1)


# Same file again ---------------------------------------------------------------------------


def test_the_same_file_again_is_recognised_in_the_preview(tenancy, terms, run_import):
    first = pin_created(
        run_import("tickets", SMALL_ZENDESK), dt.datetime(2026, 10, 20, 9, 0, tzinfo=BRUSSELS)
    )
    again = run_import("tickets", SMALL_ZENDESK, "zendesk-copy.csv", confirm=False)
    assert preview_import(again).earlier == first


def test_a_different_file_is_not_taken_for_the_same(terms, run_import):
    run_import("tickets", SMALL_ZENDESK)
    other = run_import("tickets", SECOND_FILE, confirm=False)
    assert preview_import(other).earlier is None


def test_a_removed_import_no_longer_counts_as_imported(tenancy, terms, run_import):
    remove(tenancy, run_import("tickets", SMALL_ZENDESK))
    again = run_import("tickets", SMALL_ZENDESK, confirm=False)
    assert preview_import(again).earlier is None


def test_preview_page_says_when_and_by_whom_the_file_was_imported(
    client, tenancy, terms, run_import
):
    pin_created(
        run_import("tickets", SMALL_ZENDESK), dt.datetime(2026, 10, 20, 9, 0, tzinfo=BRUSSELS)
    )
    again = run_import("tickets", SMALL_ZENDESK, confirm=False)
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/sla-imports/{again.pk}/").content.decode()
    assert "Dit bestand werd al ingelezen op 20/10/2026 door alice." in page


def test_importing_the_same_file_again_adds_no_rows(terms, run_import):
    run_import("tickets", SMALL_ZENDESK)
    again = run_import("tickets", SMALL_ZENDESK)
    assert (again.imported, Ticket.objects.count()) == (0, 3)


# Dates outside the engagement --------------------------------------------------------------

OUTSIDE_FILE = HEADER + (
    "701,Oud,Solved,Normal,2025-12-30 10:00:00,2025-12-30 12:00:00,30\n"
    "702,Oud,Solved,Normal,2025-12-31 10:00:00,2025-12-31 12:00:00,30\n"
    "703,Oud,Solved,Normal,2025-12-31 11:00:00,2025-12-31 12:00:00,30\n"
    "704,Goed,Solved,Normal,2026-03-02 10:00:00,2026-03-02 12:00:00,30\n"
    "705,Laat,Solved,Normal,2026-07-01 10:00:00,2026-07-01 12:00:00,30\n"
)


@pytest.fixture
def ended_engagement(engagement_a):
    engagement_a.end_date = dt.date(2026, 6, 30)  # started 01/01/2026
    engagement_a.save()
    return engagement_a


def test_preview_counts_the_tickets_outside_the_engagement(ended_engagement, terms, run_import):
    outside = preview_import(run_import("tickets", OUTSIDE_FILE, confirm=False)).outside
    assert (outside.before_count, outside.before_dates) == (
        3,
        (dt.date(2025, 12, 30), dt.date(2025, 12, 31)),
    )
    assert (outside.after_count, outside.after_dates) == (1, (dt.date(2026, 7, 1),))


def test_preview_page_warns_with_the_dates(client, tenancy, ended_engagement, terms, run_import):
    staged = run_import("tickets", OUTSIDE_FILE, confirm=False)
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/sla-imports/{staged.pk}/").content.decode()
    assert (
        "3 rijen dateren van vóór de start van de samenwerking (01/01/2026): "
        "30/12/2025, 31/12/2025." in page
    )
    assert "1 rij dateert van na het einde van de samenwerking (30/06/2026): 01/07/2026." in page


def test_rows_outside_the_engagement_are_imported_all_the_same(ended_engagement, terms, run_import):
    assert run_import("tickets", OUTSIDE_FILE).imported == 5


def test_tacitly_renewing_engagement_has_no_end_to_warn_about(engagement_a, terms, run_import):
    engagement_a.duration_months = 6
    engagement_a.renewal = "tacit"
    engagement_a.save()
    outside = preview_import(run_import("tickets", OUTSIDE_FILE, confirm=False)).outside
    assert (outside.before_count, outside.after_count) == (3, 0)


# Pages and roles ---------------------------------------------------------------------------


def test_confirmation_page_lists_what_will_be_removed(client, tenancy, two_batches):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/sla-imports/{two_batches[1].pk}/remove/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "3 tickets" in text and "0 statuswijzigingen" in text and "0 onderbrekingen" in text
    assert Ticket.objects.count() == 7


def test_member_removes_a_batch_through_the_page(client, tenancy, engagement_a, two_batches):
    client.force_login(tenancy.alice)
    response = client.post(f"/o/{tenancy.org_a.slug}/sla-imports/{two_batches[1].pk}/remove/")
    assert response.status_code == 302
    assert ticket_ids() == ["501", "502", "503", "HAND-1"]


@pytest.mark.parametrize("method", ["get", "post"])
def test_viewer_cannot_remove_a_batch(client, tenancy, two_batches, method):
    client.force_login(tenancy.vera)
    url = f"/o/{tenancy.org_a.slug}/sla-imports/{two_batches[1].pk}/remove/"
    assert getattr(client, method)(url).status_code == 403
    assert Ticket.objects.count() == 7


def test_import_list_offers_removal_to_members(client, tenancy, engagement_a, two_batches):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/")
    assert f"/sla-imports/{two_batches[1].pk}/remove/" in page.content.decode()


def test_import_list_offers_no_removal_to_viewers(client, tenancy, engagement_a, two_batches):
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/")
    assert "/remove/" not in page.content.decode()


# API ---------------------------------------------------------------------------------------


def api_call(client, user, method, path):
    token = create_token(user=user, name="t")[1]
    return getattr(client, method)(f"/api/v1{path}", HTTP_AUTHORIZATION=f"Bearer {token}")


def test_api_lists_the_batches_with_their_counts(client, tenancy, engagement_a, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/imports"
    data = api_call(client, tenancy.vera, "get", path).json()
    assert [(b["file_name"], b["tickets_added"], b["state"]) for b in data] == [
        ("zendesk-november.csv", 3, "done"),
        ("zendesk.csv", 3, "done"),
    ]


def test_api_removes_a_batch(client, tenancy, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/sla-imports/{two_batches[1].pk}"
    response = api_call(client, tenancy.alice, "delete", path)
    assert response.status_code == 200
    assert response.json() == {"tickets": 3, "events": 0, "downtimes": 0}
    assert ticket_ids() == ["501", "502", "503", "HAND-1"]


def test_api_viewer_cannot_remove_a_batch(client, tenancy, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/sla-imports/{two_batches[1].pk}"
    assert api_call(client, tenancy.vera, "delete", path).status_code == 403
    assert Ticket.objects.count() == 7


def test_api_second_removal_is_422(client, tenancy, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/sla-imports/{two_batches[1].pk}"
    api_call(client, tenancy.alice, "delete", path)
    assert api_call(client, tenancy.alice, "delete", path).status_code == 422


def test_api_outsider_cannot_remove_a_batch(client, tenancy, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/sla-imports/{two_batches[1].pk}"
    assert api_call(client, tenancy.bob, "delete", path).status_code == 404
    assert Ticket.objects.count() == 7


def test_outsider_cannot_open_the_removal_page(client, tenancy, two_batches):
    client.force_login(tenancy.bob)
    url = f"/o/{tenancy.org_b.slug}/sla-imports/{two_batches[1].pk}/remove/"
    assert client.post(url).status_code == 404
    assert Ticket.objects.count() == 7


def test_api_import_warns_about_the_same_file_and_dates_outside(
    client, tenancy, ended_engagement, terms, run_import
):
    pin_created(
        run_import("tickets", OUTSIDE_FILE), dt.datetime(2026, 10, 20, 9, 0, tzinfo=BRUSSELS)
    )
    Ticket.objects.filter(external_id__in=["701", "705"]).delete()  # added again by this import
    token = create_token(user=tenancy.alice, name="t")[1]
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{ended_engagement.pk}/sla/tickets/import",
        {"file": SimpleUploadedFile("zendesk.csv", OUTSIDE_FILE.encode())},
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    assert response.json()["warnings"] == [
        "Dit bestand werd al ingelezen op 20/10/2026 door alice.",
        "1 rij dateert van vóór de start van de samenwerking (01/01/2026): 30/12/2025.",
        "1 rij dateert van na het einde van de samenwerking (30/06/2026): 01/07/2026.",
    ]
