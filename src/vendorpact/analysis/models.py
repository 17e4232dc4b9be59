from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from vendorpact.common.tenancy import TenantQuerySet
from vendorpact.core.contracts.errors import MESSAGES as DOCUMENT_ERRORS
from vendorpact.engagements.models import Document, Engagement
from vendorpact.orgs.models import Organisation


class AnalysisState(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Analysing")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class AnalysisQuerySet(TenantQuerySet):
    def done(self):
        return self.filter(state=AnalysisState.DONE)


class Analysis(models.Model):
    """The analyser's reading of one document; `result` is the CLI's stable JSON object."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="analyses")
    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="analysis")
    state = models.CharField(
        max_length=10, choices=AnalysisState.choices, default=AnalysisState.PENDING
    )
    error_code = models.CharField(max_length=60, blank=True)
    error_detail = models.CharField(max_length=300, blank=True)
    result = models.JSONField(null=True, blank=True)
    # The document's words the analysis found (title, evidence excerpts), kept for search.
    text = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = AnalysisQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "analyses"

    def __str__(self) -> str:
        return f"{self.document} ({self.state})"

    @property
    def is_busy(self) -> bool:
        return self.state in {AnalysisState.PENDING, AnalysisState.RUNNING}

    @property
    def error_message(self) -> str:
        """The analyser's reason in the user's language (the core keeps nl/en words per code)."""
        texts = DOCUMENT_ERRORS.get(self.error_code, {})
        return texts.get((get_language() or "nl")[:2]) or texts.get("en") or self.error_code

    @property
    def seconds(self) -> float | None:
        if self.started_at and self.finished_at:
            return (self.finished_at - self.started_at).total_seconds()
        return None
