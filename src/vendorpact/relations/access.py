"""Tenant-scoped fetches of the relations objects (404 for anything outside the organisation)."""

from vendorpact.orgs.access import get_object_for_user
from vendorpact.relations.models import (
    Concern,
    ContextShareLink,
    ContextSystem,
    ExitTask,
    HealthCheck,
    HealthLink,
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


def get_concern_for_user(user, org, pk) -> Concern:
    queryset = Concern.objects.select_related("engagement__supplier")
    return get_object_for_user(queryset, user, org, pk)


def get_exit_task_for_user(user, org, pk) -> ExitTask:
    queryset = ExitTask.objects.select_related("engagement", "plan")
    return get_object_for_user(queryset, user, org, pk)


def get_health_check_for_user(user, org, pk) -> HealthCheck:
    queryset = HealthCheck.objects.select_related("engagement__supplier")
    return get_object_for_user(queryset, user, org, pk)


def get_health_link_for_user(user, org, pk) -> HealthLink:
    queryset = HealthLink.objects.select_related("health_check")
    return get_object_for_user(queryset, user, org, pk)


def get_attachment_for_user(user, org, pk) -> RequestAttachment:
    queryset = RequestAttachment.objects.select_related("supplier_request")
    return get_object_for_user(queryset, user, org, pk)
