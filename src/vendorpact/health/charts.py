"""Server-side SVG chart of the partnership health trend (web.charts renderer)."""

from __future__ import annotations

from vendorpact.common.charts import cached_chart, figure_to_svg, new_figure
from vendorpact.core.health import DEVELOPING_FROM, PARTNER_FROM


def health_trend_svg(labels: list[str], series: dict[str, list[float | None]], title: str) -> str:
    """``draw_health_trend_svg``, kept in the cache under the periods, scores and title."""
    inputs = (list(labels), [(name, list(values)) for name, values in series.items()], title)
    return cached_chart("health", inputs, lambda: draw_health_trend_svg(labels, series, title))


def draw_health_trend_svg(
    labels: list[str], series: dict[str, list[float | None]], title: str
) -> str:
    """One line per series (e.g. client, supplier, combined) over the periods; band limits
    drawn as dashed lines. Returns the SVG text (our own output: safe to embed inline)."""
    figure = new_figure(7, 3)
    axes = figure.subplots()
    positions = list(range(len(labels)))
    drawn = 0
    for name, values in series.items():
        points = [(x, v) for x, v in zip(positions, values, strict=True) if v is not None]
        if points:
            xs, ys = zip(*points, strict=True)
            axes.plot(xs, ys, marker="o", label=name)
            drawn += 1
    for limit in (DEVELOPING_FROM, PARTNER_FROM):
        axes.axhline(limit, color="#999999", linestyle="--", linewidth=0.8)
    axes.set_xticks(positions, labels)
    axes.set_ylim(0, 100)
    axes.set_title(title, fontsize=10)
    if drawn:
        axes.legend(loc="lower left", fontsize=8)
    axes.grid(axis="y", alpha=0.3)
    return figure_to_svg(figure)
