from vendorpact.analysis.models import Analysis

SNAPSHOT_MODELS = [Analysis]


def _analysed_document(tenancy, engagement):
    document = engagement.documents.first()
    Analysis.objects.get_or_create(
        document=document,
        defaults={
            "organisation": tenancy.org_a,
            "engagement": engagement,
            "state": "done",
            "result": {
                "file": "contract.pdf",
                "language": "nl",
                "kind": "project",
                "pages": 1,
                "items": [],
                "risks": [],
                "figures": {},
                "questions": [],
            },
        },
    )
    return document.pk


FACTORIES = {"documents": _analysed_document}
