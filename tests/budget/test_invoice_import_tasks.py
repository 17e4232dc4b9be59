"""An invoice CSV file of more rows than VENDORPACT_IMPORT_INLINE_MAX_ROWS is imported by a task
in chunks, with its progress on the import's page; a failure keeps what was written before in
the batch (removable), and the sweep ends imports left running by a stopped worker."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.api.services import create_token
from vendorpact.budget import invoice_tasks, invoicing
from vendorpact.budget.invoice_tasks import fail_interrupted, import_invoice_csv
from vendorpact.budget.invoice_tasks import run_invoice_import as run_task
from vendorpact.budget.models import Invoice, InvoiceImport, InvoiceLine

HEADER = b"supplier_name;supplier_vat;invoice_number;issue_date;description;line_amount\n"


def invoice_file() -> bytes:
    """Eleven rows: invoices 2026-101..2026-105 with two lines each (1000 + 250), of which
    2026-105 was entered before (a duplicate), and line 12 with an amount that is no number."""
    rows = b"".join(
        f"Pixelwerf BV;BE0712345630;2026-10{n};2026-03-31;Sprint;1000\n"
        f"Pixelwerf BV;BE0712345630;2026-10{n};2026-03-31;Projectleiding;250\n".encode()
        for n in range(1, 6)
    )
    return HEADER + rows + b"Pixelwerf BV;BE0712345630;2026-106;2026-03-31;Extra;veel\n"


@pytest.fixture
def tasks_now(settings, tenancy, engagement_a):
    """Tasks run at once; files above 5 rows go through the task, 2 invoices per chunk; invoice
    2026-105 is in the books already."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.VENDORPACT_IMPORT_INLINE_MAX_ROWS = 5
    settings.VENDORPACT_IMPORT_CHUNK_ROWS = 2
    invoicing.import_csv(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data=HEADER + b"Pixelwerf BV;BE0712345630;2026-105;2026-03-31;Sprint;1000\n",
        name="eerder.csv",
    )


def queue(tenancy, engagement):
    return import_invoice_csv(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        data=invoice_file(),
        name="facturen.csv",
    ).batch


def test_a_large_file_is_imported_by_the_task_with_its_counts(
    tasks_now, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        batch = queue(tenancy, engagement_a)
        assert batch.state == "importing" and batch.invoices.count() == 0
    done = InvoiceImport.objects.get(pk=batch.pk)
    assert (done.state, done.invoices_added, done.lines_added) == ("done", 4, 8)
    assert (done.rows_done, done.rows_total, done.file.name) == (4, 4, "")
    assert done.problems[0] == {"number": "2026-105"}
    assert [problem.get("line") for problem in done.problems[1:]] == [12]
    assert Invoice.objects.filter(source_import=done).count() == 4


def test_a_failure_in_the_third_chunk_keeps_the_first_chunks_in_the_batch(
    tasks_now, settings, tenancy, engagement_a, monkeypatch
):
    settings.VENDORPACT_IMPORT_CHUNK_ROWS = 1
    calls = []
    store = invoice_tasks.store_all

    def flaky(*args):
        calls.append(len(args[3]))
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return store(*args)

    monkeypatch.setattr(invoice_tasks, "store_all", flaky)
    batch = queue(tenancy, engagement_a)
    failed = run_task(batch.pk)
    assert (failed.state, failed.error_code) == ("failed", "import.failed")
    assert (failed.invoices_added, failed.lines_added) == (
        2,
        4,
    )  # chunks 1 and 2: 2026-101, 2026-102
    invoicing.remove_invoice_import(org=tenancy.org_a, actor=tenancy.alice, batch=failed)
    assert list(Invoice.objects.values_list("number", flat=True)) == ["2026-105"]
    assert InvoiceLine.objects.count() == 1


def test_the_page_shows_the_progress_while_importing(tasks_now, client, tenancy, engagement_a):
    batch = queue(tenancy, engagement_a)
    InvoiceImport.objects.filter(pk=batch.pk).update(rows_done=1200, rows_total=5000)
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/invoice-imports/{batch.pk}/").content.decode()
    assert "1.200 van 5.000 rijen geïmporteerd" in page
    assert 'hx-trigger="every 2s"' in page


def test_uploading_a_large_file_leads_to_its_progress_page(
    tasks_now, client, tenancy, engagement_a
):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/import/",
        {"file": SimpleUploadedFile("facturen.csv", invoice_file(), content_type="text/csv")},
    )
    batch = InvoiceImport.objects.get(file_name="facturen.csv")
    assert response["Location"] == f"/o/{tenancy.org_a.slug}/invoice-imports/{batch.pk}/"
    assert batch.state == "importing"


def test_the_sweep_fails_an_invoice_import_left_running(tasks_now, tenancy, engagement_a):
    batch = queue(tenancy, engagement_a)
    started = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    InvoiceImport.objects.filter(pk=batch.pk).update(started_at=started)
    assert fail_interrupted() == 1
    swept = InvoiceImport.objects.get(pk=batch.pk)
    assert (swept.state, swept.error_code, swept.file.name) == ("failed", "import.interrupted", "")


def test_the_api_lists_an_import_with_its_state_and_progress(
    tasks_now, client, tenancy, engagement_a
):
    batch = queue(tenancy, engagement_a)
    InvoiceImport.objects.filter(pk=batch.pk).update(rows_done=2, rows_total=4)
    token = create_token(user=tenancy.alice, name="t")[1]
    response = client.get(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoice-imports",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    listed = {row["invoice_import_id"]: row for row in response.json()}
    assert (listed[batch.pk]["state"], listed[batch.pk]["rows_done"]) == ("importing", 2)
    assert listed[batch.pk]["rows_total"] == 4
