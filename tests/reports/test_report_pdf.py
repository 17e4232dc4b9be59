"""The report's PDF: every engagement and reminder in it, A4 in the reader's language, columns
of fixed widths, the chart as an image."""

from datetime import date
from types import SimpleNamespace

import pypdfium2
import pytest
from django.utils import translation

from tests.clock import on_day
from tests.concerns.factories import make_concern
from tests.scale import add_engagements
from tests.web.test_dashboard_escalations import escalate
from vendorpact.reports.cells import HIGH, budget_cell, service_cell
from vendorpact.reports.pdf_layout import chart_dpi
from vendorpact.reports.rendering import render_pdf, report_context

pytestmark = on_day(date(2026, 12, 4))

TODAY = date(2026, 12, 4)
A4_LANDSCAPE_POINTS = (841.89, 595.28)  # 297 x 210 mm at 72 points per inch


def build(org, lang: str):
    with translation.override(lang):
        context = report_context(org, "2026-12", TODAY, lang)
        return context, render_pdf(org, context)


def squeezed(text: str) -> str:
    """Text without any whitespace: a cell's text wraps wherever its column ends."""
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return squeezed("".join(page.get_textpage().get_text_range() for page in document))


ENGAGEMENTS = 30


@pytest.fixture
def many(tenancy):
    """More engagements than fit on a page."""
    return add_engagements(tenancy.org_a, ENGAGEMENTS)


def test_every_engagement_and_its_supplier_is_in_the_pdf(tenancy, many):
    _, data = build(tenancy.org_a, "nl")
    text = pdf_text(data)
    missing = [
        number
        for number in range(ENGAGEMENTS)
        if squeezed(f"Opdracht {number:03d}") not in text
        or squeezed(f"Leverancier {number:03d} BV") not in text
    ]
    assert missing == []
    assert len(pypdfium2.PdfDocument(data)) > 2  # the table runs over several pages


def test_every_reminder_is_in_the_pdf(tenancy, many):
    context, data = build(tenancy.org_a, "nl")
    text = pdf_text(data)
    # Each engagement's milestone "Oplevering N" is due on 07/12/2026, three days after TODAY;
    # none is left out.
    assert all(squeezed(f"Oplevering {number}") in text for number in range(ENGAGEMENTS))
    assert squeezed("07/12/2026 — Opdracht 000") in text
    assert len(context["reminder_lines"]) == len(context["report"].reminders)


def test_pdf_pages_are_a4_landscape(tenancy, many):
    _, data = build(tenancy.org_a, "nl")
    sizes = {
        tuple(round(side, 2) for side in page.get_size()) for page in pypdfium2.PdfDocument(data)
    }
    assert sizes == {A4_LANDSCAPE_POINTS}


def test_pdf_writes_amounts_and_dates_the_belgian_way(tenancy, many):
    _, data = build(tenancy.org_a, "nl")
    text = pdf_text(data)
    # Each engagement's one budget line is 12000.00 euro.
    assert squeezed("Budget € 12.000,00") in text
    assert squeezed("Leveranciersrapport 12/2026") in text


def test_pdf_is_in_the_report_language(tenancy, many):
    _, data = build(tenancy.org_a, "fr")
    text = pdf_text(data)
    assert squeezed("Rapport fournisseurs 12/2026") in text
    assert squeezed("Leveranciersrapport") not in text


def starts_of(data: bytes, text: str) -> set[float]:
    """The x (points from the page's left edge) where each occurrence of `text` starts."""
    starts = set()
    for page in pypdfium2.PdfDocument(data):
        textpage = page.get_textpage()
        searcher = textpage.search(text)
        while (found := searcher.get_next()) is not None:
            starts.add(round(textpage.get_charbox(found[0], loose=True)[0], 1))
    return starts


def test_pdf_table_columns_stay_in_place_on_every_page(tenancy, many):
    _, data = build(tenancy.org_a, "en")
    # The text area starts 15 mm (42.52 points) and the frame's 6 points in from each side of
    # the 297 mm (841.89 points) page; the budget column after the engagement (24 %) and
    # agreement (22 %) columns of its width, its text after 4 points of padding:
    # 48.52 + 0.46 * (841.89 - 2 * 48.52) + 4 = 395.15 points.
    starts = starts_of(data, "Budget €")
    assert len(starts) == 1 and starts.pop() == pytest.approx(395.15, abs=0.5)
    assert len(pypdfium2.PdfDocument(data)) > 2


def test_pdf_chart_is_one_image(tenancy, many):
    context, data = build(tenancy.org_a, "en")
    images = [
        image
        for page in pypdfium2.PdfDocument(data)
        for image in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE])
    ]
    assert len(images) == 1
    assert "<svg" in context["chart"]  # the page keeps its SVG chart


def budget(amount: str, forecast: str):
    return SimpleNamespace(
        budget=SimpleNamespace(budget=amount, invoiced="1000.00", forecast=forecast)
    )


def test_forecast_over_budget_is_a_warning():
    with translation.override("en"):
        cell = budget_cell(budget("12000.00", "12000.01"))
    assert [(part.text, part.tone) for part in cell[-1]] == [("over budget", HIGH)]


def test_forecast_equal_to_budget_is_no_warning():
    with translation.override("en"):
        cell = budget_cell(budget("12000.00", "12000.00"))
    assert [part.text for line in cell for part in line] == [
        "Budget €12,000.00",
        "Invoiced €1,000.00",
        "Forecast €12,000.00",
    ]


def test_breaches_and_overdue_tickets_share_a_line():
    month = SimpleNamespace(
        tickets=12,
        response_percent=91.66,
        resolution_percent=None,
        breaches=3,
        overdue=1,
        availability=None,
        no_availability_data=False,
        credit_eur=None,
    )
    with translation.override("en"):
        cell = service_cell(SimpleNamespace(sla_month=month))
    texts = [[(str(part.text), part.tone) for part in line] for line in cell]
    assert texts == [
        [("12 tickets", "")],
        [("Response 91.7 % · Resolution – %", "")],
        [("3 breaches", ""), (" ", ""), ("1 open, overdue", HIGH)],
    ]


def test_pdf_of_an_organisation_without_running_engagements_says_so(tenancy):
    _, data = build(tenancy.org_b, "en")
    assert squeezed("No running engagements.") in pdf_text(data)


def test_pdf_writes_a_translation_with_an_apostrophe_as_such(tenancy, engagement_a):
    escalate(tenancy, make_concern(tenancy, engagement_a), date(2026, 11, 8))
    _, data = build(tenancy.org_a, "fr")
    assert squeezed("1 point d'attention escaladé") in pdf_text(data)


def test_pdf_writes_markup_characters_of_a_title_as_text(tenancy, engagement_a):
    engagement_a.title = "R&D <koppeling> met 't Hof"
    engagement_a.save()
    _, data = build(tenancy.org_a, "nl")
    assert squeezed("R&D <koppeling> met 't Hof") in pdf_text(data)


def test_a_small_chart_is_drawn_at_print_resolution_as_shown():
    # 3 bars: 8 x 3 inch figure, shown at most 9 cm (255.12 points) high in a 744.85-point wide
    # frame: shrunk by min(744.85 / 576, 255.12 / 216) = 1.181, so 200 dpi on paper is 236 dpi.
    assert chart_dpi(3) == 236


def test_a_tall_chart_keeps_the_minimum_resolution():
    # 40 bars: a 25.2 inch high figure shown 9 cm high would need only 28 dpi for 200 on paper.
    assert chart_dpi(40) == 100
