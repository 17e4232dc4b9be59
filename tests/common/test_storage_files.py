"""Storing an upload with its row: a failed save removes the file and keeps its own error."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.common.storage_files import save_with_upload, upload_sha256
from vendorpact.common.tenancy import guarded
from vendorpact.engagements.models import Document


def test_a_failed_save_inside_a_request_removes_the_file_and_keeps_its_error(
    tenancy, engagement_a, monkeypatch
):
    uploaded = SimpleUploadedFile("offerte.pdf", b"%PDF-1.4 offerte", "application/pdf")
    row = Document(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        original_name="offerte.pdf",
        size=uploaded.size,
        sha256=upload_sha256(uploaded),
        content_type="application/pdf",
    )

    def disk_full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(row, "save", disk_full)
    request = guarded("/o/bakkerij-peeters/engagements/1/documents/", mode="raise")
    with request, pytest.raises(OSError, match="disk full"):
        save_with_upload(row, uploaded)
    assert not row.file.storage.exists(row.file.name)
