"""DOCX and PDF renderings open cleanly and the analyser reads them like the Markdown."""

import dataclasses
import io

import pypdfium2
import pytest
from docx import Document

from vendorpact.agreements.docx_renderer import render_docx
from vendorpact.agreements.html_renderer import render_html
from vendorpact.agreements.pdf_renderer import render_pdf
from vendorpact.core.agreements import generate
from vendorpact.core.contracts import analyse_file

from ..core.agreements.examples import KINDS, LANGS, example_terms


@pytest.fixture(autouse=True)
def _media_in_tmp():
    """The renderers need no Django settings: override the project-wide fixture."""


def _agreement(kind="saas", lang="nl", mode="full", items=None):
    return generate(example_terms(kind), lang, mode, items).agreement


def _pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    text = " ".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.split())  # lines wrap where the page is full


def test_the_docx_reopens_with_headings_articles_and_the_sla_table():
    agreement = _agreement("saas", "en")
    document = Document(io.BytesIO(render_docx(agreement)))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Cooperation agreement for a hosted software service"
    assert "Article 1 – Signature" in texts
    assert document.tables[0].rows[1].cells[0].text == "P1 – critical"
    assert document.core_properties.language == "en"


def test_the_pdf_text_has_the_title_the_disclaimer_and_both_signatures():
    text = _pdf_text(render_pdf(_agreement("maintenance", "fr")))
    assert "Contrat de collaboration pour la maintenance et le support" in text
    assert "pas un avis juridique" in text
    assert "Pour le Client : Tandartspraktijk Smile CommV" in text
    assert "Pour le Fournisseur : IT Services Wallonie SRL" in text


def test_the_html_escapes_the_parties_text():
    terms = example_terms("tm")
    terms.client = dataclasses.replace(terms.client, name="Peeters & Zonen <BV>")
    html = render_html(generate(terms, "nl").agreement)
    assert "Peeters &amp; Zonen &lt;BV&gt;" in html and "<BV>" not in html


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("kind", "lang"), [(k, lang) for k in KINDS for lang in LANGS])
def test_the_analyser_reads_the_file_as_covering_every_settled_item(tmp_path, fmt, kind, lang):
    agreement = _agreement(kind, lang)
    path = tmp_path / f"agreement.{fmt}"
    path.write_bytes(render_docx(agreement) if fmt == "docx" else render_pdf(agreement))
    result = analyse_file(path, kind=kind)
    statuses = {item.id: item.status for item in result.items}
    assert [i for i in agreement.settles if statuses[i] != "covered"] == []
    assert result.risk_ids() == []
