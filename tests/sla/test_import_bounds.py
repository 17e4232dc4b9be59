"""Imports larger than VENDORPACT_IMPORT_MAX_ROWS are refused at upload, before parsing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.core.test_limits import xlsx
from tests.sla.conftest import SMALL_ZENDESK, upload
from vendorpact.budget.models import Invoice
from vendorpact.core.sla.imports import ExportFormatError
from vendorpact.sla import services
from vendorpact.sla.models import SlaImport


def stage(tenancy, engagement, uploaded, kind="tickets"):
    return services.stage_import(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        kind=kind,
        uploaded=uploaded,
        zone="Europe/Brussels",
        day_first=True,
    )


def staged_files(settings) -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def test_ticket_export_over_the_row_limit_is_refused_and_not_kept(tenancy, engagement_a, settings):
    settings.VENDORPACT_IMPORT_MAX_ROWS = 4  # SMALL_ZENDESK has 5 tickets
    with pytest.raises(ExportFormatError) as refused:
        stage(tenancy, engagement_a, upload("export.csv", SMALL_ZENDESK))
    assert (refused.value.code, refused.value.detail) == ("import.too_many_rows", "4")
    assert not SlaImport.objects.exists() and staged_files(settings) == []


def test_ticket_export_at_the_row_limit_is_staged(tenancy, engagement_a, settings):
    settings.VENDORPACT_IMPORT_MAX_ROWS = 5
    assert stage(tenancy, engagement_a, upload("export.csv", SMALL_ZENDESK)).pk


def test_downtime_log_over_the_row_limit_is_refused(tenancy, engagement_a, settings):
    settings.VENDORPACT_IMPORT_MAX_ROWS = 1
    log = (
        "start,end,reason\n"
        "01/10/2026 09:00,01/10/2026 10:00,a\n"
        "02/10/2026 09:00,02/10/2026 10:00,b\n"
    )
    with pytest.raises(ExportFormatError, match="too_many_rows"):
        stage(tenancy, engagement_a, upload("downtime.csv", log), kind="downtime")


def test_million_row_xlsx_upload_is_refused_quickly_naming_the_limit(client, tenancy, engagement_a):
    workbook = SimpleUploadedFile("tickets.xlsx", xlsx(1_000_000).getvalue())
    client.force_login(tenancy.alice)
    started = time.perf_counter()
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/import/",
        {"file": workbook, "timezone": "Europe/Brussels", "day_first": "on"},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )
    assert time.perf_counter() - started < 10
    assert "more than 200,000 rows" in response.content.decode()
    assert not SlaImport.objects.exists()


def test_invoice_csv_over_the_row_limit_is_refused_in_dutch(
    client, tenancy, engagement_a, settings
):
    settings.VENDORPACT_IMPORT_MAX_ROWS = 1
    csv = (
        b"leverancier;factuurnummer;factuurdatum;omschrijving;bedrag\n"
        b"Pixelwerf BV;2026-010;31/01/2026;Voorschot;5000\n"
        b"Pixelwerf BV;2026-011;28/02/2026;Tweede schijf;4000\n"
    )
    client.force_login(tenancy.alice)
    page = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/import/",
        {"file": SimpleUploadedFile("facturen.csv", csv, "text/csv")},
        follow=True,
    ).content.decode()
    assert "meer dan 1 rijen" in page
    assert not Invoice.objects.exists()
