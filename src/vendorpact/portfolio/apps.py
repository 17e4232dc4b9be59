from django.apps import AppConfig


class PortfolioConfig(AppConfig):
    name = "vendorpact.portfolio"
    verbose_name = "Portfolio"
