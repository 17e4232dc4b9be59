import re

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from vendorpact.orgs.access import org_view
from vendorpact.reports.charts import chart_rows, portfolio_chart_svg
from vendorpact.reports.snapshot import organisation_report

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def report_month(request) -> str:
    """?month=YYYY-MM, else the current month."""
    month = request.GET.get("month", "")
    return month if MONTH.match(month) else timezone.localdate().strftime("%Y-%m")


def _context(request) -> dict:
    lang = (get_language() or "nl")[:2]
    report = organisation_report(request.org, report_month(request), timezone.localdate(), lang)
    labels = {"coverage": _("Checklist covered"), "health": _("Partnership health")}
    shown = chart_rows(report.rows)
    note = ""
    if len(shown) < len(report.rows):
        note = _(
            "The chart shows the %(shown)d of %(total)d engagements with the lowest checklist "
            "coverage."
        ) % {"shown": len(shown), "total": len(report.rows)}
    return {
        "report": report,
        "chart": portfolio_chart_svg(shown, labels),
        "chart_note": note,
        "generated": timezone.localtime(),
    }


@org_view()
def organisation_report_page(request):
    return render(request, "reports/report.html", _context(request))


@org_view()
def organisation_report_pdf(request):
    from weasyprint import HTML

    context = {**_context(request), "current_org": request.org, "for_pdf": True}
    html = render_to_string("reports/report_document.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"vendorpact-{request.org.slug}-{context['report'].month}.pdf"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
