from django.apps import AppConfig


class SuppliersConfig(AppConfig):
    name = "vendorpact.suppliers"
    verbose_name = "Suppliers"
