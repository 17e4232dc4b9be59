"""The report's portfolio chart stays readable (and quick to draw) for many engagements."""

from types import SimpleNamespace

from django.utils import translation

from tests.conftest import login
from tests.scale import add_engagements
from vendorpact.reports.charts import CHART_MAX_ROWS, chart_rows


def row(title: str, percent: int, health: float | None = None):
    return SimpleNamespace(
        title=title, coverage=SimpleNamespace(percent=percent), health_overall=health
    )


def test_all_rows_are_charted_when_they_fit():
    rows = [row(f"E{n}", percent=100 - n) for n in range(CHART_MAX_ROWS)]
    assert chart_rows(rows) == rows


def test_many_rows_chart_the_lowest_coverage_in_report_order():
    # 45 rows; rows 0-4 are fully covered, the other 40 less: those 40 are charted, in order.
    rows = [row(f"E{n}", percent=100 if n < 5 else n) for n in range(CHART_MAX_ROWS + 5)]
    assert [r.title for r in chart_rows(rows)] == [f"E{n}" for n in range(5, CHART_MAX_ROWS + 5)]


def test_equal_coverage_charts_the_lowest_health_first():
    rows = [row(f"E{n}", percent=50, health=float(100 - n)) for n in range(CHART_MAX_ROWS + 1)]
    # Row 0 has the best health (100): it is the one left out.
    assert [r.title for r in chart_rows(rows)][0] == "E1"


def test_report_page_says_which_engagements_the_chart_shows(client, tenancy):
    add_engagements(tenancy.org_a, CHART_MAX_ROWS + 1)
    login(client, tenancy.alice)
    with translation.override("en"):
        page = client.get(
            f"/o/{tenancy.org_a.slug}/report/?month=2026-12", HTTP_ACCEPT_LANGUAGE="en"
        ).content.decode()
    assert "The chart shows the 40 of 41 engagements with the lowest checklist coverage." in page
