"""Text extraction with page numbers, and clear errors for files that cannot be read."""

import docx
import pytest

from vendorpact.core.contracts import extraction
from vendorpact.core.contracts.errors import DocumentError
from vendorpact.core.contracts.extraction import extract_file, html_to_text


def test_pdf_text_is_extracted_per_page(pdf_file):
    path = pdf_file([["Artikel 1 - Prijs", "EUR 1.250,00"], ["Artikel 2 - Duur", "12 maanden"]])
    document = extract_file(path)
    assert document.file_type == "pdf"
    assert len(document.pages) == 2
    assert "Prijs" in document.pages[0] and "Duur" in document.pages[1]


def test_encrypted_pdf_gives_encrypted_error(pdf_file):
    path = pdf_file([["secret terms"]], name="locked.pdf", encrypted=True)
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.encrypted"
    assert error.value.filename == "locked.pdf"


def test_pdf_without_text_layer_is_reported_as_scan(pdf_file):
    with pytest.raises(DocumentError) as error:
        extract_file(pdf_file([[], []]))
    assert error.value.code == "document.no_text_layer"


def test_pdf_with_only_page_numbers_is_a_scan(pdf_file):
    with pytest.raises(DocumentError) as error:
        extract_file(pdf_file([["1"], ["2"], ["3"]]))
    assert error.value.code == "document.no_text_layer"


def test_truncated_pdf_is_corrupt(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.corrupt"


def test_file_named_pdf_without_pdf_header_is_corrupt(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("this is not a pdf")
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.corrupt"


def test_empty_file_is_empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.empty"


def test_whitespace_only_text_is_empty(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("   \n\n  \t\n")
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.empty"


def test_unsupported_extension_is_rejected(tmp_path):
    path = tmp_path / "contract.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.unsupported_type"


def test_file_over_size_limit_is_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("x" * 200)
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.too_large"


def test_pdf_over_page_limit_is_too_large(pdf_file, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PAGES", 2)
    with pytest.raises(DocumentError) as error:
        extract_file(pdf_file([["a page"], ["a page"], ["a page"]]))
    assert error.value.code == "document.too_large"


def test_missing_file_is_not_found(tmp_path):
    with pytest.raises(DocumentError) as error:
        extract_file(tmp_path / "nowhere.txt")
    assert error.value.code == "document.not_found"


def test_docx_reads_paragraphs_tables_headers_and_page_breaks(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "ITWorks BV – Offerte OFF-2024-117"
    document.sections[0].footer.paragraphs[0].text = "Algemene voorwaarden op www.itworks.be"
    document.add_paragraph("Artikel 1 – Prijs")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Onderhoud"
    table.cell(0, 1).text = "€ 450,00 per maand"
    table.cell(1, 0).text = "Opstart"
    table.cell(1, 1).text = "€ 1.250,00"
    document.add_page_break()
    document.add_paragraph("Artikel 2 – Duur")
    path = tmp_path / "offerte.docx"
    document.save(path)
    pages = extract_file(path).pages
    assert len(pages) == 2
    assert "Onderhoud | € 450,00 per maand" in pages[0]
    assert "Artikel 2 – Duur" in pages[1]
    assert "Offerte OFF-2024-117" in pages[1] and "Algemene voorwaarden" in pages[1]


def test_docx_that_is_not_a_zip_is_corrupt(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.corrupt"


def test_html_markup_scripts_and_styles_are_stripped():
    html = (
        "<html><head><style>p{color:red}</style><script>var x=1;</script></head>"
        "<body><h1>Artikel 1</h1><p>De prijs is &euro; 450.</p><table><tr><td>a</td>"
        "<td>b</td></tr></table></body></html>"
    )
    text = html_to_text(html)
    assert "color" not in text and "var x" not in text
    assert "Artikel 1\nDe prijs is € 450." in text


def test_form_feeds_split_text_into_pages(tmp_path):
    path = tmp_path / "pages.txt"
    path.write_text("page one\fpage two\fpage three")
    assert extract_file(path).pages == ["page one", "page two", "page three"]


def test_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Résiliation moyennant préavis".encode("cp1252"))
    assert extract_file(path).pages == ["Résiliation moyennant préavis"]


def test_docx_unpacking_beyond_limit_is_too_large(tmp_path, monkeypatch):
    document = docx.Document()
    document.add_paragraph("Artikel 1 – Voorwerp " * 200)
    path = tmp_path / "bomb.docx"
    document.save(path)
    monkeypatch.setattr(extraction, "MAX_DOCX_UNPACKED", 1000)
    with pytest.raises(DocumentError) as error:
        extract_file(path)
    assert error.value.code == "document.too_large"


def test_pdf_text_beyond_character_limit_is_too_large(pdf_file, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_CHARS", 30)
    with pytest.raises(DocumentError) as error:
        extract_file(pdf_file([["Artikel 1 - Prijs en betaling"], ["Artikel 2 - Duur en opzeg"]]))
    assert error.value.code == "document.too_large"


def test_docx_pages_follow_the_breaks_word_recorded(tmp_path):
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Artikel 1 – Voorwerp")
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    run._r.append(OxmlElement("w:lastRenderedPageBreak"))
    run.add_text("Artikel 2 – Prijs")
    path = tmp_path / "rendered.docx"
    document.save(path)
    pages = extract_file(path).pages
    assert len(pages) == 2 and pages[1].startswith("Artikel 2")
