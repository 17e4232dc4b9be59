"""Helpers that generate test documents in code: PDFs by hand, DOCX with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest

# the held-out tests are built in held_out.py: rewrite its asserts for readable failures
pytest.register_assert_rewrite("tests.core.contracts.held_out")

FIXTURES = Path(__file__).parent / "fixtures"


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], encrypted: bool = False) -> bytes:
    """A minimal valid PDF: one Helvetica text stream per page, one line per list entry.

    With `encrypted`, the trailer names a standard security handler whose password check
    fails for the empty password, which is how a password-protected PDF looks to a reader.
    """
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for page_id, lines in zip(page_ids, pages, strict=True):
        body = (
            "BT /F1 11 Tf 50 800 Td 14 TL "
            + " ".join(f"({_pdf_escape(line)}) Tj T*" for line in lines)
            + " ET"
        )
        stream = body.encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
            f"<< /F1 {font_id} 0 R >> >> /Contents {page_id + 1} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    trailer_extra = ""
    if encrypted:
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <"
            + b"6f" * 32
            + b"> /U <"
            + b"75" * 32
            + b"> >>"
        )
        trailer_extra = f" /Encrypt {len(objects)} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{trailer_extra} >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


@pytest.fixture(autouse=True)
def _media_in_tmp():
    """The analyser is pure Python: override the project-wide Django settings fixture."""


@pytest.fixture
def pdf_file(tmp_path):
    def write(pages: list[list[str]], name: str = "doc.pdf", encrypted: bool = False) -> Path:
        path = tmp_path / name
        path.write_bytes(make_pdf(pages, encrypted=encrypted))
        return path

    return write


@pytest.fixture
def fixture_path():
    def resolve(name: str) -> Path:
        return FIXTURES / name

    return resolve
