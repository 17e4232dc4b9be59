"""A rendered agreement draft as a file download (the same for pages and the API)."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.text import get_valid_filename

from vendorpact.agreements import services
from vendorpact.agreements.models import AgreementDraft

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def download_filename(draft: AgreementDraft, fmt: str) -> str:
    return get_valid_filename(f"{draft.engagement.title}-v{draft.version}.{fmt}")


def draft_response(draft: AgreementDraft, fmt: str) -> HttpResponse:
    response = HttpResponse(services.render(draft, fmt), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = content_disposition_header(
        True, download_filename(draft, fmt)
    )
    return response
