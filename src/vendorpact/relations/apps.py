from django.apps import AppConfig


class RelationsConfig(AppConfig):
    name = "vendorpact.relations"
    verbose_name = "Relations"
