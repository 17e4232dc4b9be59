"""Tenant-scoped fetch of agreement drafts (404 outside the organisation)."""

from __future__ import annotations

from vendorpact.agreements.models import AgreementDraft
from vendorpact.orgs.access import get_object_for_user


def get_agreement_draft_for_user(user, org, pk) -> AgreementDraft:
    return get_object_for_user(AgreementDraft.objects.select_related("engagement"), user, org, pk)
