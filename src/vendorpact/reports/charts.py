"""The report's portfolio chart: checklist coverage and partnership health per engagement."""

from vendorpact.common.charts import (
    cached_chart,
    figure_to_png_data_uri,
    figure_to_svg,
    new_figure,
)

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


def portfolio_chart_png(rows, labels: dict[str, str], dpi: int) -> str:
    """The same chart as a PNG data URI at `dpi` for the PDF (which draws no SVG), kept in the
    cache the same way; '' without rows."""
    if not rows:
        return ""
    names, cover, health = _chart_values(rows)
    inputs = (names, cover, health, sorted(labels.items()), dpi)

    def draw() -> str:
        return figure_to_png_data_uri(portfolio_figure(names, cover, health, labels), dpi)

    return cached_chart("portfolio-png", inputs, draw)


def portfolio_figure_inches(bars: int) -> tuple[float, float]:
    """Width and height of the chart of `bars` engagements."""
    return 8, 0.6 * bars + 1.2


def portfolio_figure(names, cover, health, labels: dict[str, str]):
    """Bars from the bottom up: `names`, `cover` and `health` in drawing order."""
    figure = new_figure(*portfolio_figure_inches(len(names)))
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
