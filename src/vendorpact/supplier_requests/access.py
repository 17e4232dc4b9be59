"""Tenant-scoped fetches of requests, context-sheet rows and attachments (404 outside the
organisation)."""

from vendorpact.orgs.access import get_object_for_user
from vendorpact.supplier_requests.models import (
    ContextShareLink,
    ContextSystem,
    RequestAttachment,
    SupplierRequest,
)


def get_request_for_user(user, org, pk) -> SupplierRequest:
    queryset = SupplierRequest.objects.select_related("engagement__supplier")
    return get_object_for_user(queryset, user, org, pk)


def get_context_system_for_user(user, org, pk) -> ContextSystem:
    return get_object_for_user(ContextSystem.objects.all(), user, org, pk)


def get_context_link_for_user(user, org, pk) -> ContextShareLink:
    return get_object_for_user(ContextShareLink.objects.all(), user, org, pk)


def get_attachment_for_user(user, org, pk) -> RequestAttachment:
    queryset = RequestAttachment.objects.select_related("supplier_request")
    return get_object_for_user(queryset, user, org, pk)
