"""Server-side SVG chart of an engagement's budget over time (web.charts renderer)."""

from __future__ import annotations

from math import ceil

from matplotlib.dates import DateFormatter, MonthLocator

from vendorpact.common.charts import cached_chart, euro_axis, figure_to_svg, new_figure


def budget_chart_svg(points, labels: dict[str, str]) -> str:
    """``draw_budget_chart_svg``, kept in the cache under the points and labels it shows
    (`points` are core.budget.MonthPoint dataclasses: their repr holds every figure)."""
    inputs = (list(points), sorted(labels.items()))
    return cached_chart("budget", inputs, lambda: draw_budget_chart_svg(points, labels))


MOST_MONTH_LABELS = 12  # more dd/mm labels than this overlap on the chart's 8 inches


def month_tick_interval(months: int, most: int = MOST_MONTH_LABELS) -> int:
    """Every how many months the x axis gets a label, so that at most `most` labels show."""
    return max(1, ceil(months / most))


def draw_budget_chart_svg(points, labels: dict[str, str]) -> str:
    """Cumulative budget, approved extra costs and invoiced per month; '' without points."""
    if not points:
        return ""
    months = [p.month for p in points]
    figure = new_figure(8, 3.2)
    axes = figure.subplots()
    axes.plot(months, [float(p.budget_cumulative) for p in points], label=labels["budget"])
    axes.plot(
        months,
        [float(p.budget_cumulative + p.approved_cumulative) for p in points],
        label=labels["approved"],
        linestyle="--",
    )
    axes.step(
        months,
        [float(p.invoiced_cumulative) for p in points],
        label=labels["invoiced"],
        where="post",
    )
    euro_axis(axes)
    axes.xaxis.set_major_locator(MonthLocator(interval=month_tick_interval(len(months))))
    axes.xaxis.set_major_formatter(DateFormatter("%m/%Y"))
    axes.grid(alpha=0.3)
    axes.legend(loc="upper left", fontsize="small")
    figure.autofmt_xdate()
    return figure_to_svg(figure)
