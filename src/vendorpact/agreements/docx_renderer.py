"""The agreement model as a Word document (python-docx)."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.shared import Pt

from vendorpact.core.agreements import wording as w
from vendorpact.core.agreements.markdown import key_term_lines, signature_lines
from vendorpact.core.agreements.model import Agreement, Table


def render_docx(agreement: Agreement) -> bytes:
    lang = agreement.lang
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    document.core_properties.title = agreement.title
    document.core_properties.language = lang
    document.add_heading(agreement.title, level=0)
    document.add_paragraph().add_run(agreement.notice).italic = True
    for line in agreement.parties:
        document.add_paragraph(line)
    document.add_heading(agreement.key_terms.headers[0], level=1)
    for line in key_term_lines(agreement):
        document.add_paragraph(line, style="List Bullet")
    for paragraph in agreement.preamble:
        document.add_paragraph(paragraph)
    for section in agreement.sections:
        document.add_heading(section.title, level=1)
        for article in section.articles:
            document.add_heading(f"{w.ARTICLE[lang]} {article.number} – {article.title}", level=2)
            for paragraph in article.paragraphs:
                document.add_paragraph(paragraph)
    for annex in agreement.annexes:
        document.add_heading(f"{w.ANNEX[lang]} {annex.number} – {annex.title}", level=1)
        for paragraph in annex.paragraphs:
            document.add_paragraph(paragraph)
        if annex.table is not None:
            _table(document, annex.table)
    document.add_paragraph(agreement.signature_intro)
    for signatory in agreement.signatories:
        company, *details = signature_lines(agreement, signatory)
        document.add_paragraph().add_run(company).bold = True
        for line in details:
            document.add_paragraph(line)
        document.add_paragraph("")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document, table: Table) -> None:
    grid = document.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.headers, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
