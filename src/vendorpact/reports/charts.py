"""The report's portfolio chart: checklist coverage and partnership health per engagement."""

from vendorpact.web.charts import figure_to_svg, new_figure


def portfolio_chart_svg(rows, labels: dict[str, str]) -> str:
    if not rows:
        return ""
    names = [row.engagement.title[:38] for row in rows][::-1]
    cover = [row.coverage.percent for row in rows][::-1]
    health = [row.health_overall if row.health_overall is not None else 0 for row in rows][::-1]
    figure = new_figure(8, 0.6 * len(rows) + 1.2)
    axes = figure.subplots()
    positions = range(len(rows))
    axes.barh([p + 0.2 for p in positions], cover, height=0.4, label=labels["coverage"])
    axes.barh([p - 0.2 for p in positions], health, height=0.4, label=labels["health"])
    axes.set_yticks(list(positions), names)
    axes.set_xlim(0, 100)
    axes.set_xlabel("%")
    axes.grid(axis="x", alpha=0.3)
    axes.legend(loc="lower right", fontsize="small")
    return figure_to_svg(figure)
