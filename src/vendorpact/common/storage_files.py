"""Stored files read through Django's storage API, never through `FieldFile.path`, so that the
uploads can live in object storage (django-storages) as well as on the local disk."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

COPY_CHUNK_BYTES = 1024 * 1024


@contextmanager
def local_copy(field_file) -> Iterator[Path]:
    """A private temporary file with the stored file's content, for readers that need a path
    (pdfium, openpyxl, the CSV sniffer); it keeps the name's suffix and is removed afterwards."""
    suffix = Path(field_file.name).suffix
    with tempfile.NamedTemporaryFile(prefix="vendorpact-", suffix=suffix, delete=False) as target:
        with field_file.storage.open(field_file.name, "rb") as source:
            shutil.copyfileobj(source, target, COPY_CHUNK_BYTES)
        path = Path(target.name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
