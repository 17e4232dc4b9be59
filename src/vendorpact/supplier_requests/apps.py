from django.apps import AppConfig


class SupplierRequestsConfig(AppConfig):
    name = "vendorpact.supplier_requests"
    verbose_name = "Supplier requests"
