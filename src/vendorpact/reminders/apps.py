from django.apps import AppConfig

from vendorpact.common.data_versions import watch_models

# Every model the reminders are computed from (reminders/sources.py): a write to one of them
# changes the organisation's data version, which the cached reminders are keyed by.
REMINDER_INPUTS = (
    "engagements.Engagement",
    "planning.Milestone",
    "budget.ExtraCost",
    "concerns.Concern",
    "concerns.ConcernEvent",
    "concerns.ExitTask",
    "concerns.RelationSettings",
    "health.HealthLink",
)


class RemindersConfig(AppConfig):
    name = "vendorpact.reminders"
    verbose_name = "Reminders"

    def ready(self):
        watch_models(*REMINDER_INPUTS)
