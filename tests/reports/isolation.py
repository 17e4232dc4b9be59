"""Objects of organisation A for the isolation matrix (tests/test_isolation.py)."""

from datetime import date

from django.core.files.base import ContentFile

from vendorpact.reports.models import ReportRun, ReportRunState


def done_run(tenancy, engagement):
    run = ReportRun.objects.create(
        organisation=tenancy.org_a,
        month="2026-10",
        language="nl",
        as_of=date(2026, 11, 16),
        state=ReportRunState.DONE,
        body_html="<p>Webshop</p>",
    )
    run.pdf.save("isolation.pdf", ContentFile(b"%PDF-1.7 report of A"))
    return run.pk


FACTORIES = {"report": done_run}
SNAPSHOT_MODELS = [ReportRun]
