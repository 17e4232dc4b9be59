"""A readable difference between two versions of an engagement's agreement, per article."""

from __future__ import annotations

from django.shortcuts import render

from vendorpact.agreements.models import AgreementDraft
from vendorpact.agreements.services import version_articles
from vendorpact.core.agreements.negotiation import diff_versions
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view


def _pick(drafts: list[AgreementDraft], wanted: str | None, default: AgreementDraft | None):
    for draft in drafts:
        if str(draft.version) == wanted:
            return draft
    return default


@org_view()
def agreement_diff(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    drafts = list(AgreementDraft.objects.of_engagement(engagement))  # newest first
    new = _pick(drafts, request.GET.get("new"), drafts[0] if drafts else None)
    old = _pick(drafts, request.GET.get("old"), drafts[1] if len(drafts) > 1 else new)
    diffs = []
    if old is not None and new is not None:
        diffs = diff_versions(version_articles(old), version_articles(new))
    counts = {kind: sum(1 for d in diffs if d.change == kind) for kind in CHANGE_KINDS}
    return render(
        request,
        "agreements/diff.html",
        {
            "engagement": engagement,
            "tab": "agreement",
            "drafts": drafts,
            "old": old,
            "new": new,
            "diffs": diffs,
            "counts": counts,
            "changed_only": request.GET.get("all") != "1",
        },
    )


CHANGE_KINDS = ("added", "removed", "changed", "unchanged")
