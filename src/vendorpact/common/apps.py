from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "vendorpact.common"
    verbose_name = "Common"
