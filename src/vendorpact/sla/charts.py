"""Server-side SVG chart of monthly SLA compliance and availability (web.charts renderer)."""

from __future__ import annotations

from vendorpact.common.charts import cached_chart, figure_to_svg, new_figure
from vendorpact.common.templatetags.vendorpact import month_label


def compliance_chart_svg(months, target_percent: float | None, labels: dict[str, str]) -> str:
    """Response/resolution compliance (top) and availability with its target (bottom);
    '' without months. `months` are figures.MonthRow."""
    if not months:
        return ""
    names = [month_label(m.month) for m in months]
    with_availability = any(m.availability is not None for m in months)
    figure = new_figure(8, 4.8 if with_availability else 2.8)
    axes = figure.subplots(2 if with_availability else 1, 1, sharex=True, squeeze=False)[:, 0]
    top = axes[0]
    for attribute, label, style in (
        ("response_percent", labels["response"], "o-"),
        ("resolution_percent", labels["resolution"], "s-"),
    ):
        values = [getattr(m, attribute) for m in months]
        top.plot(names, [float("nan") if v is None else v for v in values], style, label=label)
    top.set_ylim(0, 105)
    top.set_ylabel("%")
    top.grid(alpha=0.3)
    top.legend(loc="lower left", fontsize="small")
    if with_availability:
        bottom = axes[1]
        values = [m.availability.availability_percent if m.availability else None for m in months]
        shown = [float("nan") if v is None else v for v in values]
        bottom.plot(names, shown, "^-", color="tab:green", label=labels["availability"])
        if target_percent is not None:
            bottom.axhline(target_percent, color="tab:red", linestyle="--", label=labels["target"])
        real = [v for v in values if v is not None] + [target_percent or 100]
        bottom.set_ylim(max(0.0, min(real) - 0.5), 100.05)
        bottom.set_ylabel("%")
        bottom.grid(alpha=0.3)
        bottom.legend(loc="lower left", fontsize="small")
    return figure_to_svg(figure)


def cached_compliance_chart_svg(months, target_percent, labels: dict[str, str]) -> str:
    """``compliance_chart_svg``, kept in the cache under the figures it shows."""
    shown = [
        (
            m.month,
            m.response_percent,
            m.resolution_percent,
            m.availability.availability_percent if m.availability else None,
        )
        for m in months
    ]
    inputs = (shown, target_percent, sorted(labels.items()))
    return cached_chart("sla", inputs, lambda: compliance_chart_svg(months, target_percent, labels))
