from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "vendorpact.planning"
    verbose_name = "Planning"
