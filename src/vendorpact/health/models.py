"""Partnership health checks: one questionnaire round per engagement and period, the supplier's
private answer links and each side's answers.

The tables keep the names they had in the former `relations` app (Meta.db_table)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Organisation

# ---- partnership health ---------------------------------------------------------------------


class HealthCheck(models.Model):
    """One round of the questionnaire for an engagement, e.g. "2026-Q3"."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="health_checks"
    )
    period = models.CharField(_("period"), max_length=20)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_healthcheck"
        ordering = ["period", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["engagement", "period"], name="one_health_check_per_period"
            )
        ]

    def __str__(self) -> str:
        return self.period


class Side(models.TextChoices):
    CLIENT = "client", _("Client")
    SUPPLIER = "supplier", _("Supplier")


class HealthLinkQuerySet(TenantQuerySet):
    def usable(self, now):
        return self.filter(revoked_at__isnull=True, used_at__isnull=True, expires_at__gt=now)


class HealthLink(models.Model):
    """The supplier's private answer link: one engagement, one check, expiring, revocable."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="+")
    health_check = models.ForeignKey(HealthCheck, on_delete=models.CASCADE, related_name="links")
    token_hash = models.CharField(max_length=64, unique=True)
    sent_to = models.CharField(_("sent to"), max_length=200, blank=True)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = HealthLinkQuerySet.as_manager()

    class Meta:
        db_table = "relations_healthlink"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.health_check} → {self.sent_to}"


class HealthResponse(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    health_check = models.ForeignKey(
        HealthCheck, on_delete=models.CASCADE, related_name="responses"
    )
    side = models.CharField(max_length=10, choices=Side.choices)
    answers = models.JSONField(default=dict)
    respondent = models.CharField(_("your name"), max_length=150, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    link = models.ForeignKey(
        HealthLink, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_healthresponse"
        constraints = [
            models.UniqueConstraint(fields=["health_check", "side"], name="one_response_per_side")
        ]

    def __str__(self) -> str:
        return f"{self.health_check} ({self.side})"
