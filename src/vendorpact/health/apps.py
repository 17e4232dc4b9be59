from django.apps import AppConfig


class HealthConfig(AppConfig):
    name = "vendorpact.health"
    verbose_name = "Partnership health"
