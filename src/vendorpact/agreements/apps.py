from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "vendorpact.agreements"
    verbose_name = "Agreements"
