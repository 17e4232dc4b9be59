"""Objects of organisation A for the isolation matrix (web and API)."""

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.conftest import minimal_pdf
from vendorpact.agreements.models import (
    AgreementArticle,
    AgreementDraft,
    ArticleEvent,
    NegotiationLink,
    SignedCopy,
)


def agreement_draft(tenancy, engagement):
    found, _ = AgreementDraft.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        version=1,
        defaults={
            "mode": "full",
            "language": "nl",
            "terms": {
                "format": "vendorpact-agreement-terms/1",
                "kind": engagement.kind,
                "client": {"name": tenancy.org_a.name},
                "supplier": {"name": engagement.supplier.name},
            },
        },
    )
    return found


def agreement_article(tenancy, engagement):
    found, _ = AgreementArticle.objects.get_or_create(
        organisation=tenancy.org_a,
        draft=agreement_draft(tenancy, engagement),
        key="budget.payment_terms#1",
        defaults={
            "number": 1,
            "title": "Betaling",
            "text": "Facturen zijn betaalbaar binnen 30 dagen.",
            "status": "disputed",
        },
    )
    return found


def negotiation_link(tenancy, engagement):
    found, _ = NegotiationLink.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        draft=agreement_draft(tenancy, engagement),
        token_hash="0" * 64,
        defaults={"expires_at": timezone.now() + timedelta(days=14)},
    )
    return found


FACTORIES = {
    "agreement-drafts": lambda tenancy, engagement: agreement_draft(tenancy, engagement).pk,
    "agreement-articles": lambda tenancy, engagement: agreement_article(tenancy, engagement).pk,
    "agreement-links": lambda tenancy, engagement: negotiation_link(tenancy, engagement).pk,
}
SNAPSHOT_MODELS = [AgreementDraft, AgreementArticle, ArticleEvent, NegotiationLink, SignedCopy]
API_PARAMS = {
    "draft_id": lambda tenancy, engagement: agreement_draft(tenancy, engagement).pk,
    "article_id": lambda tenancy, engagement: agreement_article(tenancy, engagement).pk,
    "link_id": lambda tenancy, engagement: negotiation_link(tenancy, engagement).pk,
}
_ORG = "/api/v1/orgs/{org_slug}"


def _signed_copy_body(params):
    pdf = SimpleUploadedFile("getekend.pdf", minimal_pdf(), content_type="application/pdf")
    return {"file": pdf, "confirmed_by_hand": "true"}


API_BODIES = {
    ("post", _ORG + "/agreement-drafts/{draft_id}/links"): {"days": 14},
    ("post", _ORG + "/agreement-articles/{article_id}/counter"): {
        "text": "Betaling binnen 45 dagen."
    },
    ("post", _ORG + "/agreement-drafts/{draft_id}/signed-copy"): _signed_copy_body,
    ("post", _ORG + "/engagements/{engagement_id}/agreement-drafts"): {
        "mode": "full",
        "language": "nl",
        "terms": {
            "format": "vendorpact-agreement-terms/1",
            "kind": "project",
            "client": {"name": "Bakkerij Peeters"},
            "supplier": {"name": "Pixelwerf BV"},
        },
    },
}
