from django.apps import AppConfig


class EngagementsConfig(AppConfig):
    name = "vendorpact.engagements"
    verbose_name = "Engagements"
