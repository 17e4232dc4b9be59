from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.common.tenancy import TenantQuerySet
from vendorpact.orgs.models import Organisation


class CheckupQuerySet(TenantQuerySet):
    def latest_of(self, org):
        return self.filter(organisation=org).order_by("-made_on", "-pk").first()


class Checkup(models.Model):
    """One supplier check-up of an organisation: its date, the scores per engagement and area
    (for the next check-up's trend) and the whole result with its explanations, as shown."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    made_on = models.DateField(_("date"))
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    overall = models.PositiveSmallIntegerField(null=True, blank=True)
    scores = models.JSONField(default=dict)  # core.checkup.stored_scores
    result = models.JSONField(default=dict)  # the full result (checkup.stored.result_to_json)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CheckupQuerySet.as_manager()

    class Meta:
        ordering = ["-made_on", "-pk"]
        indexes = [models.Index(fields=["organisation", "made_on"], name="checkup_org_date")]
        verbose_name = _("check-up")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.made_on}"


def checkup_due(last: Checkup | None, today) -> bool:
    """A new check-up is offered when none was made yet or the last one is a year old."""
    return last is None or (today - last.made_on).days >= 365
