from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "vendorpact.reminders"
    verbose_name = "Reminders"
