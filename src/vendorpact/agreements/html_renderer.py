"""The agreement model as a standalone HTML page (the source of the PDF)."""

from __future__ import annotations

from html import escape

from vendorpact.core.agreements import wording as w
from vendorpact.core.agreements.markdown import key_term_lines, signature_lines
from vendorpact.core.agreements.model import Agreement, Table

STYLE = """
@page { size: A4; margin: 2cm 2cm 2.2cm 2cm;
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; }
h1 { font-size: 17pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 16pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 10pt 0 2pt 0; }
.notice { font-style: italic; color: #555; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
th, td { border: 1px solid #999; padding: 3pt 5pt; text-align: left; }
.signature { margin-top: 14pt; page-break-inside: avoid; }
"""


def render_html(agreement: Agreement) -> str:
    lang = agreement.lang
    parts = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(agreement.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(agreement.title)}</h1>",
        f'<p class="notice">{escape(agreement.notice)}</p>',
    ]
    parts += [f"<p>{escape(line)}</p>" for line in agreement.parties]
    parts.append(f"<h2>{escape(agreement.key_terms.headers[0])}</h2><ul>")
    parts += [f"<li>{escape(line)}</li>" for line in key_term_lines(agreement)]
    parts.append("</ul>")
    parts += [f"<p>{escape(paragraph)}</p>" for paragraph in agreement.preamble]
    for section in agreement.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        for article in section.articles:
            title = f"{w.ARTICLE[lang]} {article.number} – {article.title}"
            parts.append(f"<h3>{escape(title)}</h3>")
            parts += [f"<p>{escape(paragraph)}</p>" for paragraph in article.paragraphs]
    for annex in agreement.annexes:
        parts.append(f"<h2>{escape(f'{w.ANNEX[lang]} {annex.number} – {annex.title}')}</h2>")
        parts += [f"<p>{escape(paragraph)}</p>" for paragraph in annex.paragraphs]
        if annex.table is not None:
            parts.append(_table(annex.table))
    parts.append(f"<p>{escape(agreement.signature_intro)}</p>")
    for signatory in agreement.signatories:
        company, *details = signature_lines(agreement, signatory)
        parts.append(f'<div class="signature"><p><strong>{escape(company)}</strong></p>')
        parts += [f"<p>{escape(line)}</p>" for line in details]
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(text)}</th>" for text in table.headers)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(text)}</td>" for text in row) + "</tr>" for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
