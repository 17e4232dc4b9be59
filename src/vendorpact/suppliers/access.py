"""Tenant-scoped fetch of suppliers (404 outside the organisation)."""

from vendorpact.orgs.access import get_object_for_user
from vendorpact.suppliers.models import Supplier


def get_supplier_for_user(user, org, pk) -> Supplier:
    return get_object_for_user(Supplier.objects.all(), user, org, pk)
