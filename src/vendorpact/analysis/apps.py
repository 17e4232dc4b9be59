from django.apps import AppConfig


class AnalysisConfig(AppConfig):
    name = "vendorpact.analysis"
    verbose_name = "Contract analysis"
