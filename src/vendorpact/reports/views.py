import re

from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from vendorpact.orgs.access import org_view
from vendorpact.reports.access import get_report_run_for_user
from vendorpact.reports.models import ReportRunState
from vendorpact.reports.rendering import pdf_filename, render_pdf, report_context
from vendorpact.reports.runs import built_by_task, fail_interrupted_runs, request_report_run

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def report_month(request) -> str:
    """?month=YYYY-MM (or the form's month on a POST), else the current month."""
    month = request.POST.get("month") or request.GET.get("month", "")
    return month if MONTH.match(month) else timezone.localdate().strftime("%Y-%m")


def _language() -> str:
    return (get_language() or "nl")[:2]


def _context(request) -> dict:
    return report_context(request.org, report_month(request), timezone.localdate(), _language())


def _run_for(request, again: bool = False):
    return request_report_run(
        org=request.org,
        month=report_month(request),
        language=_language(),
        today=timezone.localdate(),
        again=again,
    )


def _page_url(request, month: str) -> str:
    return reverse("organisation_report", args=[request.org.slug]) + f"?month={month}"


@org_view()
def organisation_report_page(request):
    if built_by_task(request.org):
        run = _run_for(request)
        return render(request, "reports/report.html", {"month": run.month, "run": run})
    context = _context(request)
    return render(request, "reports/report.html", {**context, "month": context["report"].month})


@org_view()
def organisation_report_pdf(request):
    if built_by_task(request.org):
        run = _run_for(request)
        if run.state == ReportRunState.DONE:
            return _stored_pdf(request, run)
        return redirect(_page_url(request, run.month))
    context = _context(request)
    pdf = render_pdf(request.org, context)
    response = HttpResponse(pdf, content_type="application/pdf")
    name = pdf_filename(request.org, context["report"].month)
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@org_view()
@require_POST
def organisation_report_build_again(request):
    run = _run_for(request, again=True)
    return redirect(_page_url(request, run.month))


@org_view()
def organisation_report_run(request, pk):
    """The build's state, polled by the page until it is ready or failed: the whole build
    until its page body is ready, then (?part=state) only the state line until the PDF is."""
    run = get_report_run_for_user(request.user, request.org, pk)
    if run.is_busy and fail_interrupted_runs(request.org):
        run.refresh_from_db()
    part = "_run_state" if request.GET.get("part") == "state" else "_run"
    return render(request, f"reports/{part}.html", {"run": run})


@org_view()
def organisation_report_run_pdf(request, pk):
    run = get_report_run_for_user(request.user, request.org, pk)
    if run.state != ReportRunState.DONE or not run.pdf:
        return redirect(_page_url(request, run.month))
    return _stored_pdf(request, run)


def _stored_pdf(request, run) -> FileResponse:
    return FileResponse(
        run.pdf.open("rb"),
        as_attachment=True,
        filename=pdf_filename(request.org, run.month),
        content_type="application/pdf",
    )
