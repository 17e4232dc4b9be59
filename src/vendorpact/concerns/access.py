"""Tenant-scoped fetches of concerns and exit tasks (404 outside the organisation)."""

from vendorpact.concerns.models import Concern, ExitTask
from vendorpact.orgs.access import get_object_for_user


def get_concern_for_user(user, org, pk) -> Concern:
    queryset = Concern.objects.select_related("engagement__supplier")
    return get_object_for_user(queryset, user, org, pk)


def get_exit_task_for_user(user, org, pk) -> ExitTask:
    queryset = ExitTask.objects.select_related("engagement", "plan")
    return get_object_for_user(queryset, user, org, pk)
