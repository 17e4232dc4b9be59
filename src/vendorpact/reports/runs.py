"""The monthly report of a large organisation, built by the worker and stored.

Building the report reads every running engagement's agreement, budget, service levels and
relationship; for a few dozen engagements that takes longer than a page may (about 3 ms per
engagement, then the PDF), so from VENDORPACT_REPORT_TASK_MIN_ENGAGEMENTS running engagements
on the page and its PDF are built once by a task into a ReportRun (page body and PDF) and shown
from there. A finished build is reused for the same month and language on the same day while it
is younger than VENDORPACT_REPORT_RUN_FRESH_SECONDS; "Build again" makes a new one at any time.
A build left running by a stopped worker is marked failed (`fail_interrupted_runs`).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

from vendorpact.common.tenancy import tenant_guarded
from vendorpact.engagements.models import Engagement
from vendorpact.reports.models import BUILD_FAILED, INTERRUPTED, ReportRun, ReportRunState
from vendorpact.reports.rendering import render_body, render_pdf, report_context

log = logging.getLogger(__name__)

# A build still running after this long was interrupted (the worker stopped or died).
INTERRUPTED_AFTER = timedelta(minutes=30)


def built_by_task(org) -> bool:
    """Whether the organisation's report is large enough to be built by the worker."""
    running = Engagement.objects.filter(organisation=org).running()
    return running.count() >= settings.VENDORPACT_REPORT_TASK_MIN_ENGAGEMENTS


def latest_run(org, month: str, language: str, today: date) -> ReportRun | None:
    return (
        ReportRun.objects.filter(organisation=org, month=month, language=language, as_of=today)
        .order_by("-created_at", "-pk")
        .first()
    )


def is_reusable(run: ReportRun | None, now=None) -> bool:
    """A build that is waiting, being built, failed (its reason stays shown until someone asks
    again) or finished less than the fresh period ago."""
    if run is None:
        return False
    if run.state != ReportRunState.DONE:
        return True
    fresh_for = timedelta(seconds=settings.VENDORPACT_REPORT_RUN_FRESH_SECONDS)
    return run.finished_at is not None and run.finished_at > (now or timezone.now()) - fresh_for


def request_report_run(
    *, org, month: str, language: str, today: date, again: bool = False
) -> ReportRun:
    """The build to show for the month in `language`: the current one when it can be reused
    (unless `again`), else a new one queued for the worker once this transaction commits."""
    fail_interrupted_runs(org)
    run = latest_run(org, month, language, today)
    if not again and is_reusable(run):
        return run
    if again and run is not None and run.is_busy:
        return run  # one build at a time per month and language
    with transaction.atomic():
        drop_finished_runs(org=org, month=month, language=language)
        run = ReportRun.objects.create(
            organisation=org, month=month, language=language, as_of=today
        )
        transaction.on_commit(lambda: build_report.enqueue(run.pk))
    return run


def drop_finished_runs(*, org, month: str, language: str) -> None:
    """Remove the finished and failed builds of the month in `language` (and their PDFs, once
    committed): a new build replaces them."""
    finished = ReportRun.objects.filter(
        organisation=org,
        month=month,
        language=language,
        state__in=[ReportRunState.DONE, ReportRunState.FAILED],
    )
    names = [name for name in finished.values_list("pdf", flat=True) if name]
    finished.delete()
    transaction.on_commit(lambda: [default_storage.delete(name) for name in names])


def fail_interrupted_runs(org=None, older_than: timedelta = INTERRUPTED_AFTER) -> int:
    """Mark builds left running by a stopped worker as failed (the organisation's, or with no
    `org` every organisation's, as the worker does at start); returns how many. Looks first,
    so that the page's reads take no write lock when there is nothing to mark."""
    cutoff = timezone.now() - older_than
    runs = (
        ReportRun.objects.filter(organisation=org)
        if org is not None
        else ReportRun.objects.unguarded("the worker's start-up sweep covers every organisation")
    )
    stale = runs.filter(state=ReportRunState.RUNNING, started_at__lte=cutoff)
    if not stale.exists():
        return 0
    return stale.update(
        state=ReportRunState.FAILED, error_code=INTERRUPTED, finished_at=timezone.now()
    )


def build_run(run_id: int) -> ReportRun:
    """Build the page body and the PDF of a queued run and store them; a failure is stored with
    its reason instead."""
    queued = ReportRun.objects.unguarded("the task builds the run it was queued with")
    claimed = queued.filter(pk=run_id, state=ReportRunState.QUEUED).update(
        state=ReportRunState.RUNNING, started_at=timezone.now()
    )
    run = queued.select_related("organisation").get(pk=run_id)
    if not claimed:
        return run
    org = run.organisation
    try:
        with translation.override(run.language):
            context = report_context(org, run.month, run.as_of, run.language)
            run.body_html = render_body(context)
            # The page can show the report now; the PDF takes longer (about 3 ms per row).
            ReportRun.objects.filter(organisation=org, pk=run.pk).update(body_html=run.body_html)
            pdf = render_pdf(org, context)
    except Exception as error:  # a failed build must not stay "being built" forever
        log.exception("report run %s failed", run_id)
        _finish(
            run,
            ReportRunState.FAILED,
            body_html="",
            error_code=BUILD_FAILED,
            error_detail=type(error).__name__,
        )
        return run
    run.pdf.save(
        f"{org.slug}-{run.month}-{run.language}-{run.pk}.pdf", ContentFile(pdf), save=False
    )
    _finish(run, ReportRunState.DONE)
    return run


def _finish(run: ReportRun, state: str, **fields) -> None:
    for name, value in fields.items():
        setattr(run, name, value)
    run.state = state
    run.finished_at = timezone.now()
    run.save()


@task()
@tenant_guarded
def build_report(run_id: int) -> str:
    """The queued form of build_run, run by `vendorpact worker`; returns the final state."""
    return build_run(run_id).state
