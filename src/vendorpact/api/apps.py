from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "vendorpact.api"
    verbose_name = "API"
