"""Stored files read through Django's storage API, never through `FieldFile.path`, so that the
uploads can live in object storage (django-storages) as well as on the local disk."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.core.files.base import File

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


UPLOAD_HEAD_BYTES = 2048  # what the type sniffing reads of an upload


def upload_head(uploaded) -> bytes:
    """The first bytes of an upload, for content sniffing; the upload is rewound."""
    uploaded.seek(0)
    head = uploaded.read(UPLOAD_HEAD_BYTES)
    uploaded.seek(0)
    return head


def upload_sha256(uploaded) -> str:
    digest = hashlib.sha256()
    for chunk in uploaded.chunks():
        digest.update(chunk)
    uploaded.seek(0)
    return digest.hexdigest()


def save_with_upload(row, uploaded) -> None:
    """Store `uploaded` in `row.file` under the row's SHA-256, then save the row; when the row
    cannot be saved, the file just stored goes again (unless another row of its kind uses it)."""
    row.file.save(row.sha256, File(uploaded), save=False)
    stored_name = row.file.name
    try:
        row.save()
    except Exception:
        others = type(row)._default_manager.filter(organisation_id=row.organisation_id)
        if not others.filter(file=stored_name).exists():
            row.file.storage.delete(stored_name)
        raise
