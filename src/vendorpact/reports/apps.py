from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "vendorpact.reports"
    verbose_name = "Reports"
