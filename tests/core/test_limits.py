"""Bounds on uploaded files, checked before parsing (core.limits): rows, unpacked size, ratio."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from vendorpact.core.limits import LimitExceeded, check_row_count, check_zip_bounds

WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Tickets" sheetId="1" r:id="rId1"/>'
    '<sheet name="Notes" sheetId="2" r:id="rId2"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>'
)
HEADER_ROW = '<row r="1"><c t="inlineStr"><is><t>Ticket ID</t></is></c></row>'
DATA_ROW = '<row><c t="inlineStr"><is><t>INC</t></is></c><c><v>46000</v></c></row>'


def sheet(data_rows: int) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet '
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + HEADER_ROW
        + DATA_ROW * data_rows
        + '</sheetData><rowBreaks count="0"/></worksheet>'
    )


def xlsx(first_sheet_rows: int, second_sheet_rows: int = 0) -> io.BytesIO:
    """A minimal workbook (what the row count reads: workbook, its rels and the sheets)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet(first_sheet_rows))
        archive.writestr("xl/worksheets/sheet2.xml", sheet(second_sheet_rows))
    out.seek(0)
    return out


def csv_file(data_rows: int) -> io.BytesIO:
    lines = ["id;created;note"] + [f'{n};01/10/2026 09:00;"twee\nregels"' for n in range(data_rows)]
    return io.BytesIO(("\n".join(lines) + "\n").encode())


def test_a_million_row_xlsx_of_a_few_hundred_kilobytes_is_refused_quickly():
    workbook = xlsx(1_000_000)
    assert len(workbook.getvalue()) < 1_000_000
    started = time.perf_counter()
    with pytest.raises(LimitExceeded) as refused:
        check_row_count(workbook, ".xlsx", max_rows=200_000)
    assert time.perf_counter() - started < 5
    assert (refused.value.code, refused.value.limit) == ("import.too_many_rows", 200_000)


def test_xlsx_with_exactly_the_limit_of_data_rows_passes():
    check_row_count(xlsx(100), ".xlsx", max_rows=100)


def test_xlsx_one_row_over_the_limit_is_refused():
    with pytest.raises(LimitExceeded):
        check_row_count(xlsx(101), ".xlsx", max_rows=100)


def test_only_the_first_worksheet_counts():
    check_row_count(xlsx(10, second_sheet_rows=5_000), ".xlsx", max_rows=10)


def test_csv_rows_are_counted_as_records_not_lines():
    # 100 records of two lines each: 201 lines, 101 rows with the header.
    check_row_count(csv_file(100), ".csv", max_rows=100)
    with pytest.raises(LimitExceeded):
        check_row_count(csv_file(101), ".csv", max_rows=100)


def test_the_stream_is_back_at_its_start_after_the_check():
    source = csv_file(3)
    check_row_count(source, ".csv", max_rows=10)
    assert source.read(2) == b"id"


def zipped(name: str, data: bytes) -> io.BytesIO:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    out.seek(0)
    return out


def test_archive_declaring_more_than_the_unpacked_limit_is_refused():
    with pytest.raises(LimitExceeded) as refused:
        check_zip_bounds(zipped("word/document.xml", b"<w/>" * 300_000), max_unpacked=1_000_000)
    assert refused.value.code == "upload.unpacked_too_large"


def test_member_compressed_a_thousand_to_one_is_refused():
    # 20 MB of zeros deflate to about 20 KB: a ratio near 1000:1, like a zip bomb.
    with pytest.raises(LimitExceeded) as refused:
        check_zip_bounds(zipped("word/document.xml", bytes(20 * 1024 * 1024)))
    assert refused.value.code == "upload.compression_ratio"


def test_ordinary_document_passes_the_zip_bounds():
    text = " ".join(
        f"Artikel {n}: de leverancier levert binnen {n % 30} dagen." for n in range(5000)
    )
    check_zip_bounds(zipped("word/document.xml", text.encode()))


def test_docx_bomb_is_refused_before_python_docx_reads_it(tmp_path):
    from vendorpact.core.contracts.errors import DocumentError
    from vendorpact.core.contracts.extraction import extract_file

    path = tmp_path / "contract.docx"
    path.write_bytes(zipped("word/document.xml", bytes(20 * 1024 * 1024)).getvalue())
    with pytest.raises(DocumentError) as refused:
        extract_file(path)
    assert refused.value.code == "document.too_large"
    assert "upload.compression_ratio" in refused.value.detail
