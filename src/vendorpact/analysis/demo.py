"""Demo: NetCare's signed maintenance contract, rendered to PDF and analysed like an upload."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.analysis.services import request_analysis, run_analysis
from vendorpact.engagements.services import upload_document

CONTRACT_HTML = Path(__file__).resolve().parent.parent / "demo_data" / "netcare-contract.html"
ENGAGEMENT_TITLE = "Beheer en support IT-infrastructuur"


def contract_file() -> SimpleUploadedFile:
    """The contract as PDF; as HTML where WeasyPrint's system libraries (Pango) are missing."""
    name = "NetCare-overeenkomst-OVK-2025-031"
    try:
        from weasyprint import HTML

        pdf = HTML(filename=str(CONTRACT_HTML)).write_pdf()
    except OSError:
        return SimpleUploadedFile(f"{name}.html", CONTRACT_HTML.read_bytes(), "text/html")
    return SimpleUploadedFile(f"{name}.pdf", pdf, content_type="application/pdf")


def load(org, user, engagements_by_title) -> None:
    engagement = engagements_by_title.get(ENGAGEMENT_TITLE)
    if engagement is None or engagement.documents.exists():
        return
    document = upload_document(
        org=org, actor=user, engagement=engagement, uploaded=contract_file(), kind="contract"
    )
    analysis = request_analysis(org=org, actor=user, document=document)
    run_analysis(analysis.pk)
