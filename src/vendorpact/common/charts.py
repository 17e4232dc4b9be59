"""One chart renderer for pages and PDFs: matplotlib figures as inline SVG text.

Figures are built with `matplotlib.figure.Figure` (no pyplot global state, safe in request
threads) and rendered with the Agg-free SVG backend; the output is our own markup, so templates
may embed it with |safe.
"""

from __future__ import annotations

import io

from django.utils.translation import get_language
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from vendorpact.core.money import format_eur


def new_figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), dpi=100)


def figure_to_svg(figure: Figure) -> str:
    """The figure as an <svg> element that scales with the page (fixed size dropped)."""
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight")
    svg = out.getvalue()
    svg = svg[svg.find("<svg") :]
    return svg.replace('width="', 'data-width="', 1).replace('height="', 'data-height="', 1)


def euro_axis(axes) -> None:
    """Whole euros on the y axis in the active language's format (€ 15.000 / €15,000)."""
    lang = (get_language() or "nl")[:2]
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _position: format_eur(round(value), lang)[:-3])
    )
