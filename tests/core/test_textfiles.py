"""Encoding of uploaded CSV exports: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""

import bz2
import gzip
import lzma
import zipfile

import pytest

from vendorpact.core.sla.imports import import_tickets
from vendorpact.core.sla.imports.downtime import import_downtime
from vendorpact.core.textfiles import (
    CompressedFileError,
    decode_bytes,
    detect_encoding,
    refuse_archive,
)

ZENDESK = (
    "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
    "501,Caisse bloquée à l'ouverture,Solved,Urgent,2026-10-05 09:00:00,2026-10-05 11:00:00,30\n"
)


def _write(tmp_path, text, encoding):
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_cp1252_ticket_export_is_read_with_its_accents(tmp_path):
    result = import_tickets(_write(tmp_path, ZENDESK, "cp1252"))
    assert result.errors == []
    assert result.tickets[0].subject == "Caisse bloquée à l'ouverture"


def test_utf8_with_bom_ticket_export_is_read_with_its_accents(tmp_path):
    result = import_tickets(_write(tmp_path, ZENDESK, "utf-8-sig"))
    assert result.tickets[0].subject == "Caisse bloquée à l'ouverture"


def test_utf16_export_with_bom_is_read(tmp_path):
    result = import_tickets(_write(tmp_path, ZENDESK, "utf-16"))
    assert result.tickets[0].subject == "Caisse bloquée à l'ouverture"


def test_cp1252_downtime_log_is_read(tmp_path):
    text = "start;end;dienst\n03/11/2026 10:00;03/11/2026 11:00;Télétravail VPN\n"
    records, errors = import_downtime(_write(tmp_path, text, "cp1252"))
    assert errors == [] and records[0].scope == "Télétravail VPN"


def test_utf8_text_stays_utf8_even_when_it_would_decode_as_cp1252(tmp_path):
    # "Ã©" is what UTF-8 "é" looks like when read as cp1252: the rule must not do that
    assert detect_encoding(_write(tmp_path, "naam\nCafé\n", "utf-8")) == "utf-8-sig"
    assert decode_bytes("Café".encode()) == "Café"


def test_decode_bytes_falls_back_to_cp1252():
    assert decode_bytes("Société Générale".encode("cp1252")) == "Société Générale"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (gzip.compress(b"id,priority\nT-1,P1\n"), "gzip"),
        (bz2.compress(b"id,priority\nT-1,P1\n"), "bzip2"),
        (lzma.compress(b"id,priority\nT-1,P1\n"), "xz"),
    ],
)
def test_archives_are_named_instead_of_decoded(tmp_path, data, kind):
    path = tmp_path / "tickets.csv.x"
    path.write_bytes(data)
    with pytest.raises(CompressedFileError) as raised:
        refuse_archive(path)
    assert raised.value.archive == kind


def test_a_zip_archive_is_named(tmp_path):
    path = tmp_path / "tickets.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("tickets.csv", "id,priority\nT-1,P1\n")
    with pytest.raises(CompressedFileError, match="zip-compressed"):
        refuse_archive(path)


def test_plain_csv_passes_the_archive_check(tmp_path):
    path = tmp_path / "tickets.csv"
    path.write_bytes("id,omschrijving\nT-1,één\n".encode("cp1252"))
    assert refuse_archive(path) is None
