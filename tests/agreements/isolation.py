"""Objects of organisation A for the isolation matrix (web and API)."""

from vendorpact.agreements.models import AgreementDraft


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


FACTORIES = {
    "agreement-drafts": lambda tenancy, engagement: agreement_draft(tenancy, engagement).pk
}
SNAPSHOT_MODELS = [AgreementDraft]
API_PARAMS = {"draft_id": lambda tenancy, engagement: agreement_draft(tenancy, engagement).pk}
_ORG = "/api/v1/orgs/{org_slug}"
API_BODIES = {
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
