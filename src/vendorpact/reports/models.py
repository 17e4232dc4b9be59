"""The claim that makes the monthly report mail idempotent across runs and machines."""

from django.conf import settings
from django.db import models

from vendorpact.common.tenancy import TenantManager
from vendorpact.orgs.models import Organisation


class ReportDispatch(models.Model):
    """One row per organisation, recipient and month a monthly report was e-mailed. The row is
    written in the same transaction as the mail is sent, so a second run, or a second machine
    running the same schedule, finds it and sends nothing; a failed send leaves no row."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    month = models.CharField(max_length=7)
    sent_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user", "month"], name="one_report_per_recipient_month"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.month} → {self.user}"
