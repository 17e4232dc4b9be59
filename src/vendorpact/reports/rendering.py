"""The monthly report as a page body and as a PDF, for the page itself and for a stored build."""

from __future__ import annotations

from datetime import date

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from vendorpact.reports.cells import reminder_line, row_cells
from vendorpact.reports.charts import chart_rows, portfolio_chart_png, portfolio_chart_svg
from vendorpact.reports.pdf_layout import chart_dpi, report_pdf
from vendorpact.reports.snapshot import organisation_report


def report_context(org, month: str, today: date, lang: str) -> dict:
    """What the report's templates show, in the active language: the rows and their cells'
    texts, the chart (at most CHART_MAX_ROWS engagements, with a note when some are left out),
    the reminders' lines and when it was made."""
    report = organisation_report(org, month, today, lang)
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
        "table": [row_cells(row) for row in report.rows],
        "reminder_lines": [reminder_line(reminder) for reminder in report.reminders],
        "chart": portfolio_chart_svg(shown, labels),
        "chart_rows": shown,
        "chart_labels": labels,
        "chart_note": note,
        "generated": timezone.localtime(),
    }


def render_body(context: dict) -> str:
    """The report's table, chart and reminders as the page shows them."""
    return render_to_string("reports/_body.html", context)


def render_pdf(org, context: dict) -> bytes:
    """The report as an A4 PDF document in the active language."""
    rows = context["chart_rows"]
    chart_png = portfolio_chart_png(rows, context["chart_labels"], dpi=chart_dpi(len(rows)))
    return report_pdf(org, context, chart_png, (get_language() or "nl")[:2])


def pdf_filename(org, month: str) -> str:
    return f"vendorpact-{org.slug}-{month}.pdf"
