from django.apps import AppConfig


class CheckupConfig(AppConfig):
    name = "vendorpact.checkup"
    verbose_name = "Check-up"
