"""The check-up chart: each engagement's overall score, now and at the previous check-up."""

from vendorpact.common.charts import figure_to_svg, new_figure

CHART_MAX_ROWS = 40


def scores_chart_svg(rows: list[dict], labels: dict[str, str]) -> str:
    """`rows`: messages.engagement_rows (overall and previous score per engagement); the
    CHART_MAX_ROWS lowest scores when there are more."""
    scored = [row for row in rows if row["overall"] is not None]
    if not scored:
        return ""
    scored = sorted(scored, key=lambda row: row["overall"])[:CHART_MAX_ROWS]
    names = [f"{row['supplier'][:18]} · {row['title'][:24]}" for row in scored][::-1]
    now = [row["overall"] for row in scored][::-1]
    before = [row["previous"] or 0 for row in scored][::-1]
    figure = new_figure(8, 0.5 * len(scored) + 1.2)
    axes = figure.subplots()
    positions = range(len(scored))
    axes.barh([p + 0.2 for p in positions], now, height=0.4, label=labels["now"])
    if any(row["previous"] is not None for row in scored):
        axes.barh([p - 0.2 for p in positions], before, height=0.4, label=labels["before"])
    axes.set_yticks(list(positions), names)
    axes.set_xlim(0, 100)
    axes.set_xlabel(labels["axis"])
    axes.grid(axis="x", alpha=0.3)
    axes.legend(loc="lower right", fontsize="small")
    return figure_to_svg(figure)
