"""The agreement model as a PDF (WeasyPrint from the HTML rendering)."""

from __future__ import annotations

from weasyprint import HTML

from vendorpact.agreements.html_renderer import render_html
from vendorpact.core.agreements.model import Agreement


def render_pdf(agreement: Agreement) -> bytes:
    return HTML(string=render_html(agreement)).write_pdf()
