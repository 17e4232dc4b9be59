from django.apps import AppConfig


class BudgetConfig(AppConfig):
    name = "vendorpact.budget"
    verbose_name = "Budget"
