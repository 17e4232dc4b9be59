"""Server-side SVG chart of an engagement's budget over time (matplotlib, Agg backend)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

from matplotlib.dates import DateFormatter  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402


def budget_chart_svg(points, labels: dict[str, str]) -> str:
    """Cumulative budget, approved extra costs and invoiced per month; '' without points."""
    if not points:
        return ""
    months = [p.month for p in points]
    figure = Figure(figsize=(8, 3.2))
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
    axes.set_ylabel("EUR")
    axes.xaxis.set_major_formatter(DateFormatter("%m/%Y"))
    axes.grid(alpha=0.3)
    axes.legend(loc="upper left", fontsize="small")
    figure.autofmt_xdate()
    figure.tight_layout()
    out = io.StringIO()
    figure.savefig(out, format="svg")
    svg = out.getvalue()
    return svg[svg.find("<svg") :]
