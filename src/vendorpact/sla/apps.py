from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SlaConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "vendorpact.sla"
    label = "sla"
    verbose_name = _("Service levels")
