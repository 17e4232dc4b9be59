"""Tenant-scoped fetch of agreement drafts, their articles and negotiation links (404 outside the
organisation)."""

from __future__ import annotations

from vendorpact.agreements.models import AgreementArticle, AgreementDraft, NegotiationLink
from vendorpact.orgs.access import get_object_for_user


def get_agreement_draft_for_user(user, org, pk) -> AgreementDraft:
    return get_object_for_user(AgreementDraft.objects.select_related("engagement"), user, org, pk)


def get_agreement_article_for_user(user, org, pk) -> AgreementArticle:
    queryset = AgreementArticle.objects.select_related("draft__engagement")
    return get_object_for_user(queryset, user, org, pk)


def get_negotiation_link_for_user(user, org, pk) -> NegotiationLink:
    return get_object_for_user(NegotiationLink.objects.select_related("draft"), user, org, pk)
