"""A file of more rows than VENDORPACT_IMPORT_INLINE_MAX_ROWS is imported by a task that
writes in chunks (each its own transaction) and records its progress; a failure leaves the
rows written before with the import (removable), never an import "importing" forever."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.api.services import create_token
from vendorpact.sla import import_tasks, services
from vendorpact.sla.import_tasks import fail_interrupted
from vendorpact.sla.import_tasks import run_import as run_task
from vendorpact.sla.models import SlaImport, Ticket, TicketEvent

HEADER = "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
PRIORITIES = ("Urgent", "High", "Normal", "Low")  # NetCare maps them onto P1..P4


def ticket_file() -> str:
    """Twelve rows: ten good tickets (T-01..T-10, one per weekday from 05/10/2026) and two bad
    ones: line 12 has an impossible date, line 13 is solved before it was created."""
    rows = []
    for n in range(1, 11):
        day = dt.date(2026, 10, 5) + dt.timedelta(days=(n - 1) // 5 * 7 + (n - 1) % 5)
        rows.append(
            f"T-{n:02},Storing {n},Solved,{PRIORITIES[n % 4]},{day} 09:00:00,{day} 15:00:00,30\n"
        )
    rows.append("T-11,Datum fout,Solved,Low,2026-13-45 09:00:00,,\n")
    rows.append("T-12,Te vroeg,Solved,Normal,2026-10-07 09:00:00,2026-10-06 09:00:00,10\n")
    return HEADER + "".join(rows)


EVENTS = (
    "id,at,status\n"
    "T-01,2026-10-05 09:30,pending\n"
    "T-01,2026-10-05 10:00,open\n"
    "T-02,2026-10-06 09:30,pending\n"
)


@pytest.fixture
def tasks_now(settings):
    """Tasks run at once (the immediate backend); imports above 5 rows go through the task,
    written 4 records per chunk."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.VENDORPACT_IMPORT_INLINE_MAX_ROWS = 5
    settings.VENDORPACT_IMPORT_CHUNK_ROWS = 4


@pytest.fixture
def confirm(tenancy):
    def run(staged):
        return services.confirm_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=staged)

    return run


def test_a_large_file_is_set_importing_and_the_task_imports_it(
    tasks_now, terms, run_import, confirm, django_capture_on_commit_callbacks
):
    staged = run_import("tickets", ticket_file(), confirm=False)
    assert staged.file_rows == 12
    with django_capture_on_commit_callbacks(execute=True):
        assert confirm(staged).state == "importing"
        assert Ticket.objects.count() == 0  # nothing written during the request
    done = SlaImport.objects.get(pk=staged.pk)
    assert (done.state, done.imported, done.updated, done.rows) == ("done", 10, 0, 12)
    assert sorted(row["line"] for row in done.skipped) == [12, 13]
    assert (done.rows_done, done.rows_total) == (10, 10)
    assert Ticket.objects.filter(source_import=done).count() == 10
    assert (done.file.name, done.finished_at is not None) == ("", True)


def test_a_file_at_the_threshold_is_imported_during_the_request(
    tasks_now, settings, terms, run_import
):
    settings.VENDORPACT_IMPORT_INLINE_MAX_ROWS = 12
    done = run_import("tickets", ticket_file())
    assert (done.state, done.imported) == ("done", 10)


def test_status_history_is_written_in_chunks_after_the_tickets(
    tasks_now, terms, run_import, confirm, django_capture_on_commit_callbacks
):
    staged = run_import("tickets", ticket_file(), events=EVENTS, confirm=False)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(staged)
    done = SlaImport.objects.get(pk=staged.pk)
    assert (done.imported, done.events_imported) == (10, 3)
    assert (done.rows_done, done.rows_total) == (13, 13)  # 10 tickets + 3 status changes
    assert TicketEvent.objects.filter(source_import=done).count() == 3


def test_progress_is_stored_after_each_chunk(
    tasks_now, terms, run_import, confirm, monkeypatch, django_capture_on_commit_callbacks
):
    seen = []
    store = import_tasks.write_prepared

    def watching(sla_import, part):
        stored = SlaImport.objects.get(organisation=sla_import.organisation_id, pk=sla_import.pk)
        seen.append((stored.rows_done, stored.rows_total, len(part)))
        return store(sla_import, part)

    monkeypatch.setattr(import_tasks, "write_prepared", watching)
    staged = run_import("tickets", ticket_file(), confirm=False)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(staged)
    # chunks of 4: before each chunk the page shows what the earlier chunks stored
    assert seen == [(0, 10, 4), (4, 10, 4), (8, 10, 2)]
    assert SlaImport.objects.get(pk=staged.pk).rows_done == 10


def failing_on_third_call(monkeypatch, error):
    calls = []
    store = import_tasks.write_prepared

    def flaky(sla_import, part):
        calls.append(len(part))
        if len(calls) == 3:
            raise error
        return store(sla_import, part)

    monkeypatch.setattr(import_tasks, "write_prepared", flaky)


def test_a_failure_in_the_third_chunk_keeps_the_first_chunks_and_fails_the_import(
    tasks_now, settings, tenancy, terms, run_import, confirm, monkeypatch
):
    settings.VENDORPACT_IMPORT_CHUNK_ROWS = 2
    failing_on_third_call(monkeypatch, RuntimeError("disk full"))
    staged = run_import("tickets", ticket_file(), confirm=False)
    confirm(staged)
    failed = run_import_task(staged)
    assert (failed.state, failed.error_code) == ("failed", "import.failed")
    # chunks 1 and 2 (T-01..T-04) committed; chunk 3 rolled back
    assert sorted(Ticket.objects.values_list("external_id", flat=True)) == [
        "T-01",
        "T-02",
        "T-03",
        "T-04",
    ]
    assert (failed.imported, failed.rows_done, failed.file.name) == (4, 4, "")
    services.remove_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=failed)
    assert Ticket.objects.count() == 0


def run_import_task(staged) -> SlaImport:
    run_task(staged.pk)
    return SlaImport.objects.get(pk=staged.pk)


class Crash(BaseException):
    """The worker process dies (not an error the task could catch)."""


def test_running_the_task_again_after_a_crash_imports_each_ticket_once(
    tasks_now, settings, terms, run_import, confirm, monkeypatch
):
    settings.VENDORPACT_IMPORT_CHUNK_ROWS = 2
    staged = run_import("tickets", ticket_file(), events=EVENTS, confirm=False)
    confirm(staged)
    with monkeypatch.context() as patched:
        failing_on_third_call(patched, Crash())
        with pytest.raises(Crash):
            run_import_task(staged)
    assert SlaImport.objects.get(pk=staged.pk).state == "importing"
    done = run_import_task(staged)
    assert (done.state, done.imported, done.events_imported) == ("done", 10, 3)
    assert Ticket.objects.count() == 10 and TicketEvent.objects.count() == 3


def test_the_sweep_fails_an_import_left_importing_by_a_stopped_worker(
    tasks_now, terms, run_import, confirm
):
    old = confirm(run_import("tickets", ticket_file(), confirm=False))
    recent = confirm(run_import("tickets", ticket_file(), "other.csv", confirm=False))
    now = dt.datetime.now(dt.UTC)
    SlaImport.objects.filter(pk=old.pk).update(started_at=now - dt.timedelta(hours=2))
    SlaImport.objects.filter(pk=recent.pk).update(started_at=now - dt.timedelta(minutes=1))
    assert fail_interrupted() == 1
    swept = SlaImport.objects.get(pk=old.pk)
    assert (swept.state, swept.error_code, swept.file.name) == (
        "failed",
        "import.interrupted",
        "",
    )
    assert SlaImport.objects.get(pk=recent.pk).state == "importing"


# Web and API ------------------------------------------------------------------------------


def page_of(client, tenancy, sla_import) -> str:
    client.force_login(tenancy.alice)
    return client.get(f"/o/{tenancy.org_a.slug}/sla-imports/{sla_import.pk}/").content.decode()


def test_the_page_shows_the_progress_and_refreshes_itself_while_importing(
    tasks_now, client, tenancy, terms, run_import, confirm
):
    importing = confirm(run_import("tickets", ticket_file(), confirm=False))
    SlaImport.objects.filter(pk=importing.pk).update(rows_done=12000, rows_total=100000)
    page = page_of(client, tenancy, importing)
    assert "12.000 van 100.000 rijen geïmporteerd" in page
    assert 'hx-trigger="every 2s"' in page and "<script>" not in page


def test_the_page_of_a_failed_import_says_its_rows_stay_and_offers_removal(
    tasks_now, settings, client, tenancy, terms, run_import, confirm, monkeypatch
):
    settings.VENDORPACT_IMPORT_CHUNK_ROWS = 2
    failing_on_third_call(monkeypatch, RuntimeError("disk full"))
    failed = run_import_task(confirm(run_import("tickets", ticket_file(), confirm=False)))
    page = page_of(client, tenancy, failed)
    assert "De import stopte op een onverwachte fout." in page
    assert "De 4 rijen die eerder geschreven werden" in page
    assert f"/sla-imports/{failed.pk}/remove/" in page and "hx-trigger" not in page


def test_confirming_a_large_file_in_the_web_leads_to_its_progress_page(
    tasks_now, client, tenancy, terms, run_import
):
    staged = run_import("tickets", ticket_file(), confirm=False)
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/sla-imports/{staged.pk}/"
    response = client.post(url + "confirm/", {"mode": "good_rows"})
    assert response.status_code == 302 and response["Location"] == url
    assert SlaImport.objects.get(pk=staged.pk).state == "importing"


def test_the_api_answers_202_for_a_large_file_and_then_shows_it_done(
    tasks_now, client, tenancy, engagement_a, terms, django_capture_on_commit_callbacks
):
    token = create_token(user=tenancy.alice, name="t")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/tickets/import"
    upload = SimpleUploadedFile("zendesk.csv", ticket_file().encode())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"file": upload}, **auth)
        assert response.status_code == 202
        queued = response.json()
        assert (queued["state"], queued["imported"]) == ("importing", 0)
    shown = client.get(
        f"/api/v1/orgs/{tenancy.org_a.slug}/sla-imports/{queued['import_id']}", **auth
    )
    data = shown.json()
    assert (data["state"], data["imported"], data["skipped"]) == ("done", 10, 2)
    assert (data["rows_done"], data["rows_total"], data["error_code"]) == (10, 10, "")


def test_tickets_written_by_the_task_hold_the_moments_and_priorities_of_the_file(
    tasks_now, terms, run_import, confirm
):
    run_import_task(confirm(run_import("tickets", ticket_file(), confirm=False)))
    ticket = Ticket.objects.get(external_id="T-01")
    # 05/10/2026 09:00 and 15:00 Brussels (summer time, UTC+2); first reply after 30 minutes
    assert ticket.created == dt.datetime(2026, 10, 5, 7, 0, tzinfo=dt.UTC)
    assert ticket.resolved == dt.datetime(2026, 10, 5, 13, 0, tzinfo=dt.UTC)
    assert ticket.first_response == dt.datetime(2026, 10, 5, 7, 30, tzinfo=dt.UTC)
    assert (ticket.priority_raw, ticket.priority, ticket.subject) == ("High", "P2", "Storing 1")


def test_a_ticket_stored_by_another_import_meanwhile_is_updated_not_refused(
    tasks_now, tenancy, engagement_a, terms, run_import, confirm, monkeypatch
):
    prepare = import_tasks.prepare_tickets

    def then_another_import(sla_import, tickets, raw):
        part = prepare(sla_import, tickets, raw)
        if "T-02" in part.new_ids:  # another import stores T-02 before this chunk writes
            Ticket.objects.create(
                organisation=tenancy.org_a,
                engagement=engagement_a,
                supplier=engagement_a.supplier,
                external_id="T-02",
                priority="P4",
                created=dt.datetime(2026, 10, 1, 8, 0, tzinfo=dt.UTC),
            )
        return part

    monkeypatch.setattr(import_tasks, "prepare_tickets", then_another_import)
    done = run_import_task(confirm(run_import("tickets", ticket_file(), confirm=False)))
    assert (done.state, done.imported, done.updated) == ("done", 9, 1)
    assert Ticket.objects.get(external_id="T-02").priority == "P3"  # Normal, from the file
