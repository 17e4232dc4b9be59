from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "vendorpact.web"
    verbose_name = "Web"
