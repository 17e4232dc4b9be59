"""One chart renderer for pages and PDFs: matplotlib figures as inline SVG text.

Figures are built with `matplotlib.figure.Figure` (no pyplot global state, safe in request
threads) and rendered with the Agg-free SVG backend; the output is our own markup, so templates
may embed it with |safe.
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Callable

from django.core.cache import cache
from django.utils.translation import get_language
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from vendorpact.core.money import format_eur

# A chart is kept this long after it was last drawn; a change in what it shows gives a new key,
# so the old one only waits for expiry.
CHART_CACHE_SECONDS = 7 * 24 * 3600


def new_figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), dpi=100)


def figure_to_svg(figure: Figure) -> str:
    """The figure as an <svg> element that scales with the page (fixed size dropped)."""
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight")
    svg = out.getvalue()
    svg = svg[svg.find("<svg") :]
    return svg.replace('width="', 'data-width="', 1).replace('height="', 'data-height="', 1)


def figure_to_png_data_uri(figure: Figure, dpi: int) -> str:
    """The figure as a PNG `data:` URI at `dpi`, for a PDF (a PDF library draws a PNG in a
    fraction of the time it takes to draw matplotlib's SVG, whose text is one path per glyph)."""
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def cached_chart(kind: str, inputs, draw: Callable[[], str]) -> str:
    """The text of `draw()` (SVG markup or a data URI), kept in the cache under the chart's
    data version: a hash of `inputs` (every value the chart is drawn from, as plain values
    whose repr shows them all, labels included) and the active language. The same inputs give
    the stored chart without drawing it (matplotlib takes longer than the rest of a page); any
    change gives a new key."""
    data = repr((inputs, get_language()))
    key = f"chart:{kind}:" + hashlib.sha256(data.encode()).hexdigest()
    svg = cache.get(key)
    if svg is None:
        svg = draw()
        cache.set(key, svg, CHART_CACHE_SECONDS)
    return svg


def euro_axis(axes) -> None:
    """Whole euros on the y axis in the active language's format (€ 15.000 / €15,000)."""

    lang = (get_language() or "nl")[:2]
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _position: format_eur(round(value), lang)[:-3])
    )
