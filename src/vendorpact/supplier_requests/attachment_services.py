"""Files attached to a request to the supplier: checked like document uploads (extension,
size limit, content sniffing), stored content-addressed with their SHA-256, removed with the
row (``web.deletion``); each call is one transaction."""

from __future__ import annotations

from django.db import transaction

from vendorpact.common.deletion import delete_with_files
from vendorpact.common.storage_files import save_with_upload, upload_head, upload_sha256
from vendorpact.core.uploads import check_attachment
from vendorpact.engagements.services import max_upload_bytes
from vendorpact.supplier_requests.models import RequestAttachment, SupplierRequest


@transaction.atomic
def add_attachment(*, org, actor, supplier_request: SupplierRequest, uploaded) -> RequestAttachment:
    """Store the file with the request; raises core.uploads.UploadError when refused."""
    content_type = check_attachment(
        uploaded.name, uploaded.size, upload_head(uploaded), max_upload_bytes()
    )
    attachment = RequestAttachment(
        organisation=org,
        supplier_request=supplier_request,
        original_name=uploaded.name[-255:],
        size=uploaded.size,
        sha256=upload_sha256(uploaded),
        content_type=content_type,
        uploaded_by=actor,
    )
    save_with_upload(attachment, uploaded)
    return attachment


@transaction.atomic
def delete_attachment(*, org, actor, attachment: RequestAttachment) -> None:
    delete_with_files(attachment)


@transaction.atomic
def delete_request(*, org, actor, supplier_request: SupplierRequest) -> None:
    """Delete the request with its attachments (and their files); records of mail sent about
    it stay, without the link."""
    delete_with_files(supplier_request)
