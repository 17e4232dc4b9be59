"""Tenant-scoped fetches of engagements and their documents (404 outside the organisation)."""

from vendorpact.engagements.models import Document, Engagement
from vendorpact.orgs.access import get_object_for_user


def get_engagement_for_user(user, org, pk) -> Engagement:
    return get_object_for_user(Engagement.objects.select_related("supplier"), user, org, pk)


def get_document_for_user(user, org, pk) -> Document:
    return get_object_for_user(Document.objects.select_related("engagement"), user, org, pk)
