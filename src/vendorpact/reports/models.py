"""The claim that makes the monthly report mail idempotent across runs and machines."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

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


class ReportRunState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Being built")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


BUILD_FAILED = "report.build_failed"
INTERRUPTED = "report.interrupted"
RUN_ERRORS = {
    BUILD_FAILED: _("Building the report failed. Try again; if it fails again, tell us."),
    INTERRUPTED: _("Building the report was interrupted (the background worker stopped)."),
}


class ReportRun(models.Model):
    """One build of an organisation's monthly report by the worker: the page's body as HTML and
    the PDF, both as they were on `as_of` at `finished_at` (the data they were built from)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    month = models.CharField(max_length=7)  # YYYY-MM
    language = models.CharField(max_length=8)
    as_of = models.DateField()  # the day whose terms, deadlines and reminders the report shows
    state = models.CharField(
        max_length=10, choices=ReportRunState.choices, default=ReportRunState.QUEUED
    )
    error_code = models.CharField(max_length=40, blank=True)
    error_detail = models.CharField(max_length=300, blank=True)
    body_html = models.TextField(blank=True)
    pdf = models.FileField(upload_to="reports/", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = TenantManager()

    class Meta:
        verbose_name = _("monthly report build")
        verbose_name_plural = _("monthly report builds (with their PDF)")
        indexes = [
            models.Index(
                fields=["organisation", "month", "language", "-created_at"],
                name="report_run_lookup",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.month} {self.language} ({self.state})"

    @property
    def is_busy(self) -> bool:
        return self.state in {ReportRunState.QUEUED, ReportRunState.RUNNING}

    @property
    def error_message(self) -> str:
        return str(RUN_ERRORS.get(self.error_code, self.error_code))
