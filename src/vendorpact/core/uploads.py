"""Which uploaded files VendorPact accepts, decided from name, size and first bytes."""

from __future__ import annotations

ALLOWED_EXTENSIONS = ("pdf", "docx", "txt", "md", "html", "htm")
# Attachments of a request to the supplier: screenshots, logs, a PDF.
ATTACHMENT_EXTENSIONS = ("png", "jpg", "jpeg", "pdf", "txt", "log", "csv")
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain",
    "md": "text/markdown",
    "html": "text/html",
    "htm": "text/html",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "log": "text/plain",
    "csv": "text/csv",
}


class UploadError(ValueError):
    """`code`: upload.empty, upload.too_large, upload.bad_extension, upload.content_mismatch."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def extension_of(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def check_upload(filename: str, size: int, head: bytes, max_bytes: int) -> str:
    """Return the accepted file's content type, or raise UploadError naming the problem."""
    return _checked(filename, size, head, max_bytes, ALLOWED_EXTENSIONS, "upload.bad_extension")


def check_attachment(filename: str, size: int, head: bytes, max_bytes: int) -> str:
    """As check_upload, for a request's attachment (screenshot, log, PDF)."""
    return _checked(
        filename, size, head, max_bytes, ATTACHMENT_EXTENSIONS, "upload.bad_attachment_extension"
    )


def _checked(filename, size, head, max_bytes, allowed: tuple[str, ...], refusal: str) -> str:
    extension = extension_of(filename)
    if extension not in allowed:
        raise UploadError(refusal, extension=extension or "-")
    if size == 0:
        raise UploadError("upload.empty")
    if size > max_bytes:
        raise UploadError("upload.too_large", max_mb=max_bytes // (1024 * 1024))
    if not _content_matches(extension, head):
        raise UploadError("upload.content_mismatch", extension=extension)
    return CONTENT_TYPES[extension]


def _content_matches(extension: str, head: bytes) -> bool:
    if extension == "pdf":
        return head.lstrip()[:5] == b"%PDF-"
    if extension == "docx":
        return head[:4] == b"PK\x03\x04"
    if extension == "png":
        return head[:8] == b"\x89PNG\r\n\x1a\n"
    if extension in ("jpg", "jpeg"):
        return head[:3] == b"\xff\xd8\xff"
    # Text formats: no NUL bytes and decodable as UTF-8 or Latin-1 text.
    return b"\x00" not in head
