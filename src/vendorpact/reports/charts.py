"""The report's portfolio chart: checklist coverage and partnership health per engagement."""

from vendorpact.common.charts import (
    cached_chart,
    figure_to_png_data_uri,
    figure_to_svg,
    new_figure,
)

# The PDF's chart is a PNG at print resolution (WeasyPrint took about 2 s to draw the SVG of 40
# bars, whose text is one path per glyph; ReportLab draws no SVG).
PDF_CHART_DPI = 150

# More bars than this make an unreadable chart that takes seconds to draw: the chart then shows
# the engagements that need attention most.
CHART_MAX_ROWS = 40


def chart_rows(rows) -> list:
    """All rows when they fit on the chart; else the CHART_MAX_ROWS with the lowest checklist
    coverage (then the lowest partnership health), kept in the report's order."""
    if len(rows) <= CHART_MAX_ROWS:
        return list(rows)

    def need(position):
        row = rows[position]
        health = row.health_overall if row.health_overall is not None else 0
        return (row.coverage.percent, health, position)

    chosen = sorted(sorted(range(len(rows)), key=need)[:CHART_MAX_ROWS])
    return [rows[position] for position in chosen]


def _chart_values(rows) -> tuple[list, list, list]:
    """Names, checklist coverage and health of `rows`, from the bottom bar up."""
    names = [row.engagement.title[:38] for row in rows][::-1]
    cover = [row.coverage.percent for row in rows][::-1]
    health = [row.health_overall if row.health_overall is not None else 0 for row in rows][::-1]
    return names, cover, health


def portfolio_chart_svg(rows, labels: dict[str, str]) -> str:
    """Checklist coverage and partnership health per engagement (bars), kept in the cache under
    the names and percentages it shows; '' without rows."""
    if not rows:
        return ""
    names, cover, health = _chart_values(rows)
    inputs = (names, cover, health, sorted(labels.items()))
    return cached_chart(
        "portfolio",
        inputs,
        lambda: figure_to_svg(portfolio_figure(names, cover, health, labels)),
    )


def portfolio_chart_png(rows, labels: dict[str, str]) -> str:
    """The same chart as a PNG data URI for the PDF, kept in the cache the same way; '' without
    rows."""
    if not rows:
        return ""
    names, cover, health = _chart_values(rows)
    inputs = (names, cover, health, sorted(labels.items()), PDF_CHART_DPI)

    def draw() -> str:
        figure = portfolio_figure(names, cover, health, labels)
        return figure_to_png_data_uri(figure, PDF_CHART_DPI)

    return cached_chart("portfolio-png", inputs, draw)


def portfolio_figure(names, cover, health, labels: dict[str, str]):
    """Bars from the bottom up: `names`, `cover` and `health` in drawing order."""
    figure = new_figure(8, 0.6 * len(names) + 1.2)
    axes = figure.subplots()
    positions = range(len(names))
    axes.barh([p + 0.2 for p in positions], cover, height=0.4, label=labels["coverage"])
    axes.barh([p - 0.2 for p in positions], health, height=0.4, label=labels["health"])
    axes.set_yticks(list(positions), names)
    axes.set_xlim(0, 100)
    axes.set_xlabel("%")
    axes.grid(axis="x", alpha=0.3)
    axes.legend(loc="lower right", fontsize="small")
    return figure
