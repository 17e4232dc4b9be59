"""Tenant-scoped fetches of stored report builds (404 outside the organisation)."""

from vendorpact.orgs.access import get_object_for_user
from vendorpact.reports.models import ReportRun


def get_report_run_for_user(user, org, pk) -> ReportRun:
    return get_object_for_user(ReportRun.objects.select_related("organisation"), user, org, pk)
