"""Ticket, status-history and downtime imports: preview, good rows or nothing, no duplicates."""

import os

import pytest

from tests.sla.conftest import SMALL_ZENDESK
from vendorpact.core.sla.imports import ColumnMapping, ExportFormatError
from vendorpact.sla import services
from vendorpact.sla.importing import preview_import
from vendorpact.sla.models import Downtime, SlaImport, Ticket, TicketEvent


def test_zendesk_export_is_recognised_and_priorities_mapped(terms, run_import, export):
    done = run_import("tickets", export.tickets_csv, "zendesk.csv")
    assert (done.format_detected, done.imported, done.skipped) == ("zendesk", 150, [])
    assert set(Ticket.objects.values_list("priority", flat=True)) == {"P1", "P2", "P3", "P4"}
    assert Ticket.objects.filter(priority_raw="Urgent").first().priority == "P1"


def test_reimporting_the_same_export_does_not_duplicate(terms, run_import, export):
    run_import("tickets", export.tickets_csv, events=export.events_csv)
    again = run_import("tickets", export.tickets_csv, events=export.events_csv)
    assert (again.imported, again.updated) == (0, 0)
    assert Ticket.objects.count() == 150
    assert TicketEvent.objects.count() == export.events_csv.count("\n") - 1


def test_bad_rows_are_reported_with_line_and_reason(terms, run_import):
    done = run_import("tickets", SMALL_ZENDESK)
    reasons = {row["line"]: row["code"] for row in done.skipped}
    assert reasons == {5: "row.date_invalid", 6: "row.resolved_before_created"}
    assert sorted(Ticket.objects.values_list("external_id", flat=True)) == ["501", "502", "503"]


def test_mode_nothing_imports_nothing_when_a_row_is_bad(terms, run_import):
    done = run_import("tickets", SMALL_ZENDESK, mode="nothing")
    assert done.state == "cancelled" and Ticket.objects.count() == 0


def test_day_first_dates_are_read_in_the_file_zone(terms, run_import):
    run_import("tickets", SMALL_ZENDESK)
    ticket = Ticket.objects.get(external_id="502")
    assert ticket.created.isoformat() == "2026-10-05T08:00:00+00:00"


def test_status_history_of_unknown_tickets_is_a_bad_row(terms, run_import):
    events = "id,at,status\n501,2026-10-05 09:40,pending\n999,2026-10-05 09:00,open\n"
    done = run_import("tickets", SMALL_ZENDESK, events=events)
    unknown = [row for row in done.skipped if row["code"] == "row.ticket_unknown"]
    assert [row["value"] for row in unknown] == ["999"]
    assert list(TicketEvent.objects.values_list("status", flat=True)) == ["pending"]


def test_downtime_log_is_not_duplicated_on_reimport(terms, run_import, export):
    first = run_import("downtime", export.downtime_csv)
    again = run_import("downtime", export.downtime_csv)
    assert first.imported == Downtime.objects.count() > 0
    assert again.imported == 0


def test_unknown_export_needs_a_column_mapping_remembered_per_supplier(
    tenancy, engagement_a, terms, run_import
):
    text = "Nummer;Urgentie;Gemeld op;Opgelost op\nA-1;urgent;05/10/2026 09:00;05/10/2026 10:00\n"
    staged = run_import("tickets", text, confirm=False)
    assert preview_import(staged).needs_mapping
    mapping = ColumnMapping(
        id="Nummer", created="Gemeld op", priority="Urgentie", resolved="Opgelost op"
    )
    services.remember_mapping(
        org=tenancy.org_a,
        actor=tenancy.alice,
        supplier=engagement_a.supplier,
        mapping=mapping,
        zone="Europe/Brussels",
        day_first=True,
    )
    later = run_import("tickets", text.replace("A-1", "A-2"))
    assert (later.format_detected, later.imported) == ("custom", 1)


def test_unknown_priority_values_are_listed_for_mapping(tenancy, engagement_a, terms, run_import):
    text = SMALL_ZENDESK.replace("Urgent", "Kritiek")
    staged = run_import("tickets", text, confirm=False)
    assert preview_import(staged).unknown_priorities == ["Kritiek"]
    services.map_priorities(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, mapping={"Kritiek": "P1"}
    )
    assert preview_import(staged).unknown_priorities == []


def test_tickets_cannot_be_imported_before_the_terms_exist(run_import, export):
    with pytest.raises(ExportFormatError) as error:
        run_import("tickets", export.tickets_csv)
    assert error.value.code == "import.no_terms"
    assert SlaImport.objects.count() == 1 and Ticket.objects.count() == 0


def test_handled_import_drops_its_staged_file(
    terms, run_import, django_capture_on_commit_callbacks
):
    staged = run_import("tickets", SMALL_ZENDESK, confirm=False)
    path = staged.file.path
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_import(org=staged.organisation, actor=None, sla_import=staged)
    staged.refresh_from_db()
    assert staged.state == "cancelled" and not staged.file
    assert not os.path.exists(path)


def test_xlsx_export_is_imported_like_the_csv(tenancy, engagement_a, terms, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for line in SMALL_ZENDESK.splitlines()[:3]:
        sheet.append(line.split(","))
    workbook.save(tmp_path / "export.xlsx")
    staged = services.stage_import(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        kind="tickets",
        uploaded=SimpleUploadedFile("export.xlsx", (tmp_path / "export.xlsx").read_bytes()),
        zone="Europe/Brussels",
        day_first=True,
    )
    done = services.confirm_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=staged)
    assert (done.format_detected, done.imported) == ("zendesk", 2)


def test_a_failure_midway_leaves_nothing_half_imported(terms, run_import, export, monkeypatch):
    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "store_events", broken)
    with pytest.raises(RuntimeError):
        run_import("tickets", export.tickets_csv, events=export.events_csv)
    assert Ticket.objects.count() == 0
    assert SlaImport.objects.get().state == "preview"


JIRA = (
    "Summary,Issue key,Issue Type,Status,Priority,Created,Resolved,"
    "Custom field (Date of First Response)\n"
    "Kassa stuk,NC-12,Incident,Done,Highest,05/Oct/26 9:00 AM,05/Oct/26 11:30 AM,"
    "05/Oct/26 9:20 AM\n"
    "Printer,NC-13,Incident,In Progress,Medium,06/Oct/26 2:15 PM,,06/Oct/26 3:00 PM\n"
)


def test_jira_export_asks_to_map_its_priority_names(terms, run_import):
    staged = run_import("tickets", JIRA, "jira.csv", confirm=False)
    preview = preview_import(staged)
    assert (preview.format, preview.unknown_priorities) == ("jira", ["Highest", "Medium"])
    assert preview.tickets == [] and len(preview.bad_rows) == 2
