"""Bounds on the work one uploaded file can cause, checked before any parsing.

Office files (XLSX, DOCX) are zip archives: their declared unpacked size and compression ratio are
checked from the zip directory alone. Row counts of imports are taken without parsing cells: a
CSV by the C csv reader, an XLSX by counting `<row` elements in the first worksheet's XML while
it streams (zipfile never unpacks more than a member's declared size).
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import zipfile
from typing import BinaryIO

from defusedxml import ElementTree

DEFAULT_MAX_ROWS = 200_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# Deflate reaches about 1000:1 at most; ordinary office files stay well under 100:1.
MAX_COMPRESSION_RATIO = 150
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # tiny members (styles, empty sheets) may compress very well
CHUNK_BYTES = 1024 * 1024
ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


class LimitExceeded(ValueError):
    """The file would cause more work than allowed; `code` names the limit, `limit` its value."""

    def __init__(self, code: str, limit: int, found: int | None = None) -> None:
        super().__init__(f"{code}: limit {limit}" + (f", found {found}" if found else ""))
        self.code = code
        self.limit = limit
        self.found = found


def check_zip_bounds(
    source: BinaryIO,
    *,
    max_unpacked: int = MAX_UNPACKED_BYTES,
    max_ratio: int = MAX_COMPRESSION_RATIO,
) -> None:
    """Refuse an archive (DOCX, XLSX) that would unpack beyond the limits, from its directory
    alone. zipfile.BadZipFile for a file that is no zip archive."""
    members = zip_members(source)
    check_unpacked_size(members, max_unpacked)
    check_compression_ratio(members, max_ratio)


def zip_members(source: BinaryIO) -> list[zipfile.ZipInfo]:
    source.seek(0)
    with zipfile.ZipFile(source) as archive:
        members = archive.infolist()
    source.seek(0)
    return members


def check_unpacked_size(members: list[zipfile.ZipInfo], max_unpacked: int) -> None:
    """The members together declare at most `max_unpacked` bytes."""
    unpacked = sum(member.file_size for member in members)
    if unpacked > max_unpacked:
        raise LimitExceeded("upload.unpacked_too_large", max_unpacked, unpacked)


def check_compression_ratio(members: list[zipfile.ZipInfo], max_ratio: int) -> None:
    """No member above RATIO_CHECK_MIN_BYTES is compressed more than `max_ratio` to 1."""
    for member in members:
        if member.file_size < RATIO_CHECK_MIN_BYTES:
            continue
        if member.file_size > max_ratio * max(member.compress_size, 1):
            raise LimitExceeded("upload.compression_ratio", max_ratio)


def check_row_count(source: BinaryIO, suffix: str, *, max_rows: int) -> int:
    """Refuse an import file with more than `max_rows` rows besides its header, before parsing
    it; an XLSX file is also held to the unpacked-size and compression-ratio limits. Returns
    the rows besides the header."""
    if suffix.lower() in XLSX_SUFFIXES:
        members = zip_members(source)
        check_unpacked_size(members, MAX_UNPACKED_BYTES)
        rows = xlsx_row_count(source, stop_after=max_rows + 1)
    else:
        rows = csv_row_count(source, stop_after=max_rows + 1)
    source.seek(0)
    if rows - 1 > max_rows:
        raise LimitExceeded("import.too_many_rows", max_rows)
    if suffix.lower() in XLSX_SUFFIXES:
        check_compression_ratio(members, MAX_COMPRESSION_RATIO)
    return max(rows - 1, 0)


def csv_row_count(source: BinaryIO, *, stop_after: int) -> int:
    """Records (a quoted cell may span lines), read with the delimiter the importers sniff."""
    text = io.TextIOWrapper(source, encoding="utf-8", errors="replace", newline="")
    try:
        dialect = sniffed_dialect(text.read(65536))
        text.seek(0)
        count = 0
        for count, _row in enumerate(csv.reader(text, dialect), start=1):
            if count > stop_after:
                break
        return count
    finally:
        text.detach()


def sniffed_dialect(sample: str):
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def xlsx_row_count(source: BinaryIO, *, stop_after: int) -> int:
    """`<row>` elements in the first worksheet (the one the imports read)."""
    with zipfile.ZipFile(source) as archive:
        sheet = first_worksheet(archive)
        count = 0
        tail = b""
        with archive.open(sheet) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                data = tail + chunk
                # Tags starting in the last bytes are counted with the next chunk (kept in tail).
                cut = max(0, len(data) - 64)
                count += sum(1 for match in ROW_TAG.finditer(data) if match.start() < cut)
                tail = data[cut:]
                if count > stop_after:
                    return count
        return count + len(ROW_TAG.findall(tail))


def first_worksheet(archive: zipfile.ZipFile) -> str:
    """The member name of the workbook's first sheet (workbook.xml order, through its rels)."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    sheet = next(element for element in workbook.iter() if element.tag.endswith("}sheet"))
    relation_id = sheet.get(f"{_REL_NS}id")
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for relation in relations:
        if relation.get("Id") == relation_id:
            target = relation.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    raise KeyError(f"worksheet relation {relation_id}")
