from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "vendorpact.orgs"
    verbose_name = "Organisations"
