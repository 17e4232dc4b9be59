"""The configured bounds on imports (rows per file), applied before any parsing."""

from __future__ import annotations

from typing import BinaryIO

from django.conf import settings
from django.utils import formats

from vendorpact.core.limits import LimitExceeded, check_row_count


def max_import_rows() -> int:
    return settings.VENDORPACT_IMPORT_MAX_ROWS


def check_import_rows(source: BinaryIO, suffix: str) -> int:
    """LimitExceeded when the CSV/XLSX file holds more rows than one import may (or, for XLSX,
    unpacks too large); the stream is left at its start. Returns the rows besides the header."""
    return check_row_count(source, suffix, max_rows=max_import_rows())


def shown_limit(error: LimitExceeded) -> str:
    """The limit as the reader writes numbers (200.000 in Dutch); a ratio as “150:1”."""
    if error.code == "upload.compression_ratio":
        return f"{error.limit}:1"
    if error.code == "upload.unpacked_too_large":
        return f"{error.limit // (1024 * 1024)} MB"
    return formats.number_format(error.limit, force_grouping=True)
