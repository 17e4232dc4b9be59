from django.apps import AppConfig


class ConcernsConfig(AppConfig):
    name = "vendorpact.concerns"
    verbose_name = "Concerns and exit"
