"""Which encoding a CSV export is in: UTF-8 (with or without BOM), UTF-16 with a BOM, or else
Windows-1252.

Deliberately no statistical detection (charset-normalizer and the like): the exports we get are
written by helpdesks, accounting tools and Excel on Western-European Windows, i.e. UTF-8 or
cp1252. Text that is not valid UTF-8 is recognised reliably (a cp1252 "é" is a lone 0xE9 byte,
never a valid UTF-8 sequence), while a detector can guess a wrong code page on a short file
with a few accented letters; this rule gives the same answer for the same bytes every time.
"""

from __future__ import annotations

import codecs
from pathlib import Path

FALLBACK = "cp1252"
BLOCK = 1 << 20
# Leading bytes of the archive formats people pass instead of the CSV inside them.
ARCHIVE_MAGIC = {b"\x1f\x8b": "gzip", b"PK\x03\x04": "zip", b"BZh": "bzip2", b"\xfd7zXZ": "xz"}


class CompressedFileError(ValueError):
    """A CSV was expected but the file is an archive (e.g. ``tickets.csv.gz``)."""

    def __init__(self, path: str | Path, archive: str) -> None:
        super().__init__(f"{path} is {archive}-compressed: unpack it first and pass the CSV inside")
        self.archive = archive


def archive_kind(head: bytes) -> str | None:
    """``"gzip"``, ``"zip"``, ... when ``head`` (the first bytes of a file) opens an archive."""
    for magic, kind in ARCHIVE_MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


def refuse_archive(path: str | Path) -> None:
    """Raise CompressedFileError when ``path`` is a gzip/zip/bzip2/xz archive, not text."""
    with Path(path).open("rb") as handle:
        kind = archive_kind(handle.read(6))
    if kind:
        raise CompressedFileError(path, kind)


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def detect_encoding(path: str | Path) -> str:
    """The encoding to open ``path`` with, read block by block (no whole-file copy)."""
    with Path(path).open("rb") as handle:
        found = _bom_encoding(handle.read(4))
        if found:
            return found
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for block in iter(lambda: handle.read(BLOCK), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return FALLBACK
    return "utf-8-sig"


def decode_bytes(data: bytes, errors: str = "strict") -> str:
    """``data`` as text under the same rule as ``detect_encoding``."""
    encoding = _bom_encoding(data[:4])
    if encoding:
        return data.decode(encoding, errors)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(FALLBACK, errors)
