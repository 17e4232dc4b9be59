"""Text extraction with page numbers: PDF (pypdfium2), DOCX (python-docx), TXT/MD and HTML.

Every reader returns a list of page texts (page 1 first). Files without pages (DOCX without
explicit page breaks, text, HTML) are one page, or are split on form feeds / page breaks.
Hostile files are bounded by MAX_BYTES and MAX_PAGES.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from vendorpact.core.contracts import errors
from vendorpact.core.contracts.errors import DocumentError
from vendorpact.core.limits import LimitExceeded, check_zip_bounds

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 1500
MAX_CHARS = 20_000_000
MAX_DOCX_UNPACKED = 150 * 1024 * 1024  # a zip bomb unpacks far beyond this
# A PDF whose pages hold fewer characters than this on average has no usable text layer.
MIN_CHARS_PER_PAGE = 20

PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | DOCX_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES


@dataclass
class ExtractedDocument:
    filename: str
    file_type: str  # pdf, docx, text, html
    pages: list[str]
    size_bytes: int


def extract_file(path: str | Path) -> ExtractedDocument:
    """Read a file into page texts, or raise DocumentError naming the file and the reason."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(errors.UNSUPPORTED_TYPE, name, suffix or "no extension")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(errors.NOT_FOUND, name, str(exc)) from exc
    if size > MAX_BYTES:
        raise DocumentError(errors.TOO_LARGE, name, f"{size} bytes > {MAX_BYTES}")
    if size == 0:
        raise DocumentError(errors.EMPTY, name, "0 bytes")
    if suffix in PDF_SUFFIXES:
        pages, file_type = read_pdf(path), "pdf"
    elif suffix in DOCX_SUFFIXES:
        pages, file_type = read_docx(path), "docx"
    else:
        text = decode_bytes(path.read_bytes())
        if suffix in HTML_SUFFIXES:
            text, file_type = html_to_text(text), "html"
        else:
            file_type = "text"
        pages = split_pages(text)
    if sum(len(p.strip()) for p in pages) == 0:
        raise DocumentError(errors.EMPTY, name, "no text")
    return ExtractedDocument(filename=name, file_type=file_type, pages=pages, size_bytes=size)


def decode_bytes(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def split_pages(text: str) -> list[str]:
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    pages = text.split("\f") if "\f" in text else [text]
    return pages[:MAX_PAGES]


# --- PDF -------------------------------------------------------------------------------------


def read_pdf(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_raw

    name = path.name
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        raise DocumentError(errors.CORRUPT, name, "no PDF header")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_raw.FPDF_ERR_PASSWORD:
            raise DocumentError(errors.ENCRYPTED, name, str(exc)) from exc
        raise DocumentError(errors.CORRUPT, name, str(exc)) from exc
    try:
        page_count = len(document)
        if page_count == 0:
            raise DocumentError(errors.EMPTY, name, "0 pages")
        if page_count > MAX_PAGES:
            raise DocumentError(errors.TOO_LARGE, name, f"{page_count} pages > {MAX_PAGES}")
        pages = []
        total_chars = 0
        for index in range(page_count):
            pages.append(_pdf_page_text(document, index, name))
            total_chars += len(pages[-1])
            if total_chars > MAX_CHARS:
                raise DocumentError(errors.TOO_LARGE, name, f"more than {MAX_CHARS} characters")
    finally:
        document.close()
    total = sum(len(p.strip()) for p in pages)
    if total < MIN_CHARS_PER_PAGE * page_count:
        raise DocumentError(errors.NO_TEXT_LAYER, name, f"{total} characters on {page_count} pages")
    return pages


def _pdf_page_text(document, index: int, name: str) -> str:
    import pypdfium2 as pdfium

    try:
        page = document[index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
    except pdfium.PdfiumError as exc:
        raise DocumentError(errors.CORRUPT, name, f"page {index + 1}: {exc}") from exc
    # PDFium returns CRLF line ends and may keep NULs / soft hyphens.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\xad", "")


# --- DOCX ------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RENDERED_BREAK = _W + "lastRenderedPageBreak"


def read_docx(path: Path) -> list[str]:
    import docx

    name = path.name
    if not zipfile.is_zipfile(path):
        raise DocumentError(errors.CORRUPT, name, "not a zip archive")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "EncryptionInfo" in names:
                raise DocumentError(errors.ENCRYPTED, name, "encrypted office file")
        with path.open("rb") as source:
            check_zip_bounds(source, max_unpacked=MAX_DOCX_UNPACKED)
        document = docx.Document(str(path))
    except LimitExceeded as exc:
        raise DocumentError(errors.TOO_LARGE, name, str(exc)) from exc
    except DocumentError:
        raise
    except Exception as exc:  # python-docx raises several types on damaged packages
        raise DocumentError(errors.CORRUPT, name, f"{type(exc).__name__}: {exc}") from exc
    return docx_pages(document)


def docx_pages(document) -> list[str]:
    """Body paragraphs and tables in order; page breaks start a new page; headers/footers last."""
    pages: list[list[str]] = [[]]
    for element in document.element.body.iterchildren():
        tag = element.tag
        if tag == _W + "p":
            _docx_paragraph(element, pages)
        elif tag == _W + "tbl":
            pages[-1].extend(_docx_table_rows(element))
    extra = _docx_headers_footers(document)
    if extra:
        pages[-1].extend(extra)
    return ["\n".join(lines) for lines in pages][:MAX_PAGES]


def _docx_paragraph(element, pages: list[list[str]]) -> None:
    """Text of one paragraph. Explicit page breaks, and the breaks Word recorded when it last
    laid out the document (lastRenderedPageBreak), start a new page."""
    parts: list[str] = []
    for node in element.iter():
        tag = node.tag
        if tag == _W + "t" and node.text:
            parts.append(node.text)
        elif tag == _W + "tab":
            parts.append("\t")
        elif (tag == _W + "br" and node.get(_W + "type") == "page") or tag == _RENDERED_BREAK:
            text = "".join(parts)
            if text.strip() or any(line.strip() for line in pages[-1]):
                pages[-1].append(text)
                pages.append([])  # an empty page never starts: breaks in a row count once
            parts = []
    pages[-1].append("".join(parts))


def _docx_table_rows(table) -> list[str]:
    rows = []
    for row in table.iter(_W + "tr"):
        cells = []
        for cell in row.iter(_W + "tc"):
            text = " ".join(
                "".join(t.text or "" for t in p.iter(_W + "t")) for p in cell.iter(_W + "p")
            ).strip()
            cells.append(text)
        rows.append(" | ".join(cells))
    return rows


def _docx_headers_footers(document) -> list[str]:
    seen: set[str] = set()
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            try:
                paragraphs = part.paragraphs
            except Exception:  # missing header part
                continue
            for paragraph in paragraphs:
                text = paragraph.text.strip()
                if text and text not in seen:
                    seen.add(text)
                    lines.append(text)
    return lines


# --- HTML ------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "table", "ul", "ol", "header", "footer", "blockquote", "pre", "hr", "dt", "dd",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "head", "template", "noscript"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
