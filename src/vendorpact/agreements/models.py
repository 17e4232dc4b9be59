"""Saved agreement drafts: the terms (terms.json shape), mode and language, versioned per
engagement. The document itself is generated from these on download."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Organisation


class Mode(models.TextChoices):
    FULL = "full", _("Full cooperation agreement")
    ADDENDUM = "addendum", _("Addendum to the supplier's contract")


class Language(models.TextChoices):
    NL = "nl", "Nederlands"
    EN = "en", "English"
    FR = "fr", "Français"


class AgreementDraftQuerySet(models.QuerySet):
    def for_user(self, user, org):
        return self.filter(organisation=org, organisation__memberships__user=user)

    def of_engagement(self, engagement):
        return self.filter(organisation_id=engagement.organisation_id, engagement=engagement)


class AgreementDraft(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="agreement_drafts"
    )
    version = models.PositiveIntegerField(_("version"))
    mode = models.CharField(_("type of document"), max_length=10, choices=Mode.choices)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    terms = models.JSONField(_("terms"))
    options = models.JSONField(_("options"), default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AgreementDraftQuerySet.as_manager()

    class Meta:
        ordering = ["-version"]
        verbose_name = _("agreement draft")
        verbose_name_plural = _("agreement drafts")
        constraints = [
            models.UniqueConstraint(
                fields=["engagement", "version"], name="one_agreement_draft_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.engagement} v{self.version}"

    @property
    def items(self) -> list[str]:
        return list(self.terms.get("items", []))
