"""The monthly report as an A4 (landscape) PDF, drawn with ReportLab.

WeasyPrint lays out every line of HTML in Python: a large organisation's report (323
engagements, 962 reminders, about 50 pages) took it 4 to 5 s even with a print-only layout (14 s
with the page's markup). ReportLab draws the same table of paragraphs in about a second. The
texts are the page's (reports/cells.py); the layout is the former print stylesheet's: DejaVu
Sans, fixed column widths, rows never split over two pages, the header row on every page,
"page / pages" at the bottom right.
"""

from __future__ import annotations

import base64
import html
import io
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from django.utils.formats import date_format
from django.utils.safestring import SafeData
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table, TableStyle

from vendorpact.common.templatetags.vendorpact import month_label
from vendorpact.reports.cells import MUTED, STRONG
from vendorpact.reports.charts import portfolio_figure_inches

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK, GREY, RULE = "#1c2430", "#5b6675", "#dde3ea"
TONE_COLOURS = {"high": "#b3261e", "medium": "#b86e00"}
PAGE = landscape(A4)
MARGIN = 1.5 * cm
FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 points inside the margins on every side
FRAME_WIDTH = PAGE[0] - 2 * (MARGIN + FRAME_PADDING)
# Engagement, agreement, budget, service levels, relationship.
COLUMN_SHARES = (0.24, 0.22, 0.16, 0.22, 0.16)
CHART_MAX_HEIGHT = 9 * cm
# The chart's PNG has this resolution as printed, and at least MIN_CHART_DPI per inch of the
# figure (a tall chart is shrunk to CHART_MAX_HEIGHT: zooming in still shows its names). More
# pixels cost time twice: matplotlib draws them, ReportLab decodes and compresses them again.
PRINT_DPI = 200
MIN_CHART_DPI = 100

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, textColor=INK)
NOTE = ParagraphStyle("note", fontName=FONT, fontSize=8.5, leading=11, textColor=GREY)
MADE = ParagraphStyle("made", parent=NOTE, spaceAfter=8)
HEADING = ParagraphStyle(
    "heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=14, spaceAfter=4, textColor=INK
)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5, textColor=INK)
COLUMN_HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=GREY)
TABLE_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.75, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


@cache
def register_fonts() -> None:
    """DejaVu Sans as matplotlib ships it (every accent and the euro sign), regular and bold."""
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def report_pdf(org, context: dict, chart_png: str, lang: str) -> bytes:
    """The report of `report_context` with its chart as a PNG data URI ('' for none)."""
    register_fonts()
    report = context["report"]
    title = _("Supplier report %(month)s") % {"month": month_label(report.month)}
    made = _("Made by VendorPact on %(when)s.") % {
        "when": date_format(context["generated"], "SHORT_DATETIME_FORMAT")
    }
    story = [
        Paragraph(escape(f"{org.name} — {title}"), TITLE),
        Paragraph(escape(made), MADE),
        table(report.month, context["table"]),
    ]
    if chart_png:
        story.append(chart_image(chart_png))
        if context["chart_note"]:
            story.append(Paragraph(escape(context["chart_note"]), NOTE))
    if context["reminder_lines"]:
        story.append(Paragraph(escape(_("Deadlines and reminders")), HEADING))
        story += [Paragraph(escape(line), BODY) for line in context["reminder_lines"]]
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="VendorPact",
        lang=lang,
    )
    document.build(story, canvasmaker=NumberedCanvas)
    return out.getvalue()


def table(month: str, rows) -> Table:
    """The engagements' table: fixed column widths, the header row repeated on every page."""
    headings = [
        _("Engagement"),
        _("Agreement"),
        _("Budget"),
        _("Service levels %(month)s") % {"month": month_label(month)},
        _("Relationship"),
    ]
    head = [Paragraph(escape(text.upper()), COLUMN_HEAD) for text in headings]
    body = [[Paragraph(cell_markup(cell), BODY) for cell in cells] for cells in rows]
    style = TABLE_STYLE
    if not body:
        empty = Paragraph(escape(_("No running engagements.")), NOTE)
        body = [[empty, "", "", "", ""]]
        style = TableStyle([*TABLE_STYLE.getCommands(), ("SPAN", (0, 1), (-1, 1))])
    widths = [share * FRAME_WIDTH for share in COLUMN_SHARES]
    return Table([head, *body], colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")


def cell_markup(cell) -> str:
    """A cell's lines as ReportLab paragraph markup: bold title, coloured bold warnings."""
    return "<br/>".join("".join(part_markup(part) for part in line) for line in cell)


def part_markup(part) -> str:
    # A SafeString was escaped for HTML (its values); ReportLab takes XML text.
    plain = html.unescape(part.text) if isinstance(part.text, SafeData) else str(part.text)
    text = escape(plain)
    if part.is_badge:
        return f'<font color="{TONE_COLOURS[part.tone]}"><b>{text}</b></font>'
    if part.tone == STRONG:
        return f"<b>{text}</b>"
    if part.tone == MUTED:
        return f'<font color="{GREY}">{text}</font>'
    return text


def chart_dpi(bars: int) -> int:
    """The resolution to draw the chart of `bars` engagements at for the PDF."""
    width, height = portfolio_figure_inches(bars)
    shown = min(FRAME_WIDTH / (width * inch), CHART_MAX_HEIGHT / (height * inch))
    return max(MIN_CHART_DPI, round(PRINT_DPI * shown))


def chart_image(data_uri: str) -> Image:
    """The chart at the frame's width, or smaller to stay within CHART_MAX_HEIGHT."""
    png = io.BytesIO(base64.b64decode(data_uri.partition(",")[2]))
    width, height = ImageReader(png).getSize()
    scale = min(FRAME_WIDTH / width, CHART_MAX_HEIGHT / height)
    png.seek(0)
    return Image(png, width=width * scale, height=height * scale, hAlign="LEFT")


class NumberedCanvas(Canvas):
    """Writes "page / pages" at the bottom right of each page once the number is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._page_states = []

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        pages = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#666666"))
            self.drawRightString(PAGE[0] - MARGIN, MARGIN / 2, f"{self._pageNumber} / {pages}")
            super().showPage()
        super().save()
