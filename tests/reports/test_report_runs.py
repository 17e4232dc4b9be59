"""The monthly report of a large organisation is built by the worker and stored."""

from datetime import date, datetime, timedelta

import pypdfium2
import pytest
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.clock import BRUSSELS, on_day
from vendorpact.reports import runs
from vendorpact.reports.models import ReportRun, ReportRunState

pytestmark = on_day(date(2026, 11, 16))

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def large(settings):
    """Org A counts as large: its one running engagement reaches the lowered threshold."""
    settings.VENDORPACT_REPORT_TASK_MIN_ENGAGEMENTS = 1
    settings.TASKS = IMMEDIATE


def report_url(org, tail=""):
    return f"/o/{org.slug}/report/{tail}"


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    text = " ".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.split())


def test_small_organisation_gets_the_report_directly(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    page = client.get(report_url(tenancy.org_a), {"month": "2026-10"})
    assert [row.engagement for row in page.context["report"].rows] == [engagement_a]
    assert "run" not in page.context
    assert not ReportRun.objects.exists()


def test_large_organisation_queues_a_build(client, tenancy, engagement_a, large):
    """Without running the queued task (as with a busy worker) the page shows the progress and
    polls for it."""
    client.force_login(tenancy.alice)
    page = client.get(report_url(tenancy.org_a), {"month": "2026-10"}, HTTP_ACCEPT_LANGUAGE="nl")
    run = ReportRun.objects.get()
    assert (run.organisation, run.month, run.language, run.state) == (
        tenancy.org_a,
        "2026-10",
        "nl",
        ReportRunState.QUEUED,
    )
    assert f'hx-get="/o/{tenancy.org_a.slug}/report/runs/{run.pk}/"' in page.content.decode()


def test_queued_build_is_done_by_the_task_and_its_pdf_downloads(
    client, tenancy, engagement_a, large, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"}, HTTP_ACCEPT_LANGUAGE="nl")
    run = ReportRun.objects.get()
    assert run.state == ReportRunState.DONE
    state = client.get(report_url(tenancy.org_a, f"runs/{run.pk}/")).content.decode()
    assert "hx-get" not in state and "Webshop" in state
    response = client.get(report_url(tenancy.org_a, f"runs/{run.pk}/pdf/"))
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF")
    assert "Bakkerij Peeters" in pdf_text(data) and "Webshop" in pdf_text(data)


def test_a_fresh_build_is_reused_for_the_same_month_and_language(
    client, tenancy, engagement_a, large, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"}, HTTP_ACCEPT_LANGUAGE="nl")
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"}, HTTP_ACCEPT_LANGUAGE="nl")
        client.get(report_url(tenancy.org_a), {"month": "2026-10"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert sorted(ReportRun.objects.values_list("language", flat=True)) == ["fr", "nl"]


def test_build_again_makes_a_new_build(
    client, tenancy, engagement_a, large, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(report_url(tenancy.org_a, "runs/"), {"month": "2026-10"})
    assert response.status_code == 302 and response["Location"].endswith("?month=2026-10")
    assert ReportRun.objects.filter(state=ReportRunState.DONE).count() == 1


def test_a_new_build_removes_the_previous_one_and_its_pdf(
    client, tenancy, engagement_a, large, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"})
    first = ReportRun.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(report_url(tenancy.org_a, "runs/"), {"month": "2026-10"})
    second = ReportRun.objects.get()
    assert second.pk != first.pk and second.state == ReportRunState.DONE
    assert not default_storage.exists(first.pdf.name)
    assert default_storage.exists(second.pdf.name)


def test_the_pdf_link_of_a_large_organisation_serves_the_stored_build(
    client, tenancy, engagement_a, large, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"})
    response = client.get(report_url(tenancy.org_a, "pdf/"), {"month": "2026-10"})
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert ReportRun.objects.count() == 1


def test_outsider_cannot_download_the_stored_pdf(
    client, tenancy, engagement_a, large, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"})
    run = ReportRun.objects.get()
    client.force_login(tenancy.bob)
    assert client.get(report_url(tenancy.org_a, f"runs/{run.pk}/pdf/")).status_code == 404
    assert client.get(report_url(tenancy.org_b, f"runs/{run.pk}/pdf/")).status_code == 404


def test_failed_build_shows_the_reason(
    client, tenancy, engagement_a, large, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise RuntimeError("weasyprint missing")

    monkeypatch.setattr(runs, "render_pdf", broken)
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"}, HTTP_ACCEPT_LANGUAGE="en")
    page = client.get(report_url(tenancy.org_a), {"month": "2026-10"}, HTTP_ACCEPT_LANGUAGE="en")
    run = ReportRun.objects.get()
    assert (run.state, run.error_code, run.error_detail, run.pdf.name) == (
        ReportRunState.FAILED,
        "report.build_failed",
        "RuntimeError",
        "",
    )
    assert "Building the report failed." in page.content.decode()


def test_sweep_marks_a_build_left_running_as_failed(tenancy):
    started = datetime(2026, 11, 16, 9, 0, tzinfo=BRUSSELS)  # an hour before the pinned clock
    stale = ReportRun.objects.create(
        organisation=tenancy.org_a,
        month="2026-10",
        language="nl",
        as_of=date(2026, 11, 16),
        state=ReportRunState.RUNNING,
        started_at=started,
    )
    recent = ReportRun.objects.create(
        organisation=tenancy.org_a,
        month="2026-09",
        language="nl",
        as_of=date(2026, 11, 16),
        state=ReportRunState.RUNNING,
        started_at=started + timedelta(minutes=50),
    )
    assert runs.fail_interrupted_runs() == 1
    stale.refresh_from_db(), recent.refresh_from_db()
    assert (stale.state, stale.error_code) == (ReportRunState.FAILED, "report.interrupted")
    assert recent.state == ReportRunState.RUNNING


def test_showing_a_finished_build_writes_nothing(
    client, tenancy, engagement_a, large, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(report_url(tenancy.org_a), {"month": "2026-10"})
    with CaptureQueriesContext(connection) as captured:
        page = client.get(report_url(tenancy.org_a), {"month": "2026-10"})
    assert page.status_code == 200
    statements = [query["sql"].split()[0].upper() for query in captured.captured_queries]
    assert set(statements) == {"SELECT"}


def test_the_page_shows_the_report_while_the_pdf_is_being_made(
    client, tenancy, engagement_a, large
):
    run = ReportRun.objects.create(
        organisation=tenancy.org_a,
        month="2026-10",
        language="nl",
        as_of=date(2026, 11, 16),
        state=ReportRunState.RUNNING,
        started_at=datetime(2026, 11, 16, 9, 59, tzinfo=BRUSSELS),
        body_html="<table><tr><td>Webshop</td></tr></table>",
    )
    client.force_login(tenancy.alice)
    page = client.get(report_url(tenancy.org_a), {"month": "2026-10"}).content.decode()
    assert "<td>Webshop</td>" in page
    assert f'hx-get="/o/{tenancy.org_a.slug}/report/runs/{run.pk}/?part=state"' in page
    assert "Download as PDF" not in page
