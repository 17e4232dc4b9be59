from django.apps import AppConfig

from vendorpact.common.data_versions import watch_models

# What the dashboard's cached summary (engagements/overview.py `dashboard_summary`) is computed
# from: a write to one of them changes the organisation's data version.
SUMMARY_INPUTS = ("engagements.Engagement", "engagements.ChecklistEntry")


class EngagementsConfig(AppConfig):
    name = "vendorpact.engagements"
    verbose_name = "Engagements"

    def ready(self):
        watch_models(*SUMMARY_INPUTS)
