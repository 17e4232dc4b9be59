"""Saved agreement drafts: the terms (terms.json shape), mode and language, versioned per
engagement. The document itself is generated from these on download."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.engagements.models import Document, Engagement
from vendorpact.orgs.models import Organisation


class Mode(models.TextChoices):
    FULL = "full", _("Full cooperation agreement")
    ADDENDUM = "addendum", _("Addendum to the supplier's contract")


class Language(models.TextChoices):
    NL = "nl", "Nederlands"
    EN = "en", "English"
    FR = "fr", "Français"


class AgreementDraftQuerySet(TenantQuerySet):
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
    # negotiated wording per article key (core.agreements.negotiation), over the generated text
    wording = models.JSONField(_("negotiated wording"), default=dict, blank=True)
    final_at = models.DateTimeField(_("final since"), null=True, blank=True)
    final_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

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

    @property
    def is_final(self) -> bool:
        return self.final_at is not None


class ArticleStatus(models.TextChoices):
    OPEN = "open", _("Open")
    AGREED = "agreed", _("Agreed")
    DISPUTED = "disputed", _("Disputed")


class AgreementArticle(models.Model):
    """One article of one version, with its wording in that version and where it stands."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    draft = models.ForeignKey(AgreementDraft, on_delete=models.CASCADE, related_name="articles")
    key = models.CharField(max_length=80)
    number = models.PositiveIntegerField(_("article"))
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("wording"))
    status = models.CharField(
        _("status"), max_length=10, choices=ArticleStatus.choices, default=ArticleStatus.OPEN
    )
    # the wording the next version takes: a supplier proposal the client accepted, or the
    # client's counter-wording; blank keeps `text`
    next_text = models.TextField(_("wording for the next version"), blank=True)

    objects = TenantManager()

    class Meta:
        ordering = ["draft", "number"]
        verbose_name = _("agreement article")
        verbose_name_plural = _("agreement articles")
        constraints = [
            models.UniqueConstraint(fields=["draft", "key"], name="one_article_per_key_and_version")
        ]

    def __str__(self) -> str:
        return f"{self.draft} art. {self.number}"


class NegotiationLink(models.Model):
    """The supplier's private link to answer one version: expiring, revocable, used once."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="+")
    draft = models.ForeignKey(AgreementDraft, on_delete=models.CASCADE, related_name="links")
    token_hash = models.CharField(max_length=64, unique=True)
    sent_to = models.CharField(_("sent to"), max_length=200, blank=True)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("agreement link")
        verbose_name_plural = _("agreement links")

    def __str__(self) -> str:
        return f"{self.draft} → {self.sent_to}"


class EventAction(models.TextChoices):
    SUPPLIER_ACCEPTED = "supplier_accepted", _("Supplier accepted")
    SUPPLIER_PROPOSED = "supplier_proposed", _("Supplier proposed other wording")
    SUPPLIER_COMMENTED = "supplier_commented", _("Supplier commented")
    CLIENT_ACCEPTED = "client_accepted", _("Client accepted the proposal")
    CLIENT_COUNTERED = "client_countered", _("Client proposed other wording")


class ArticleEvent(models.Model):
    """Who said or changed what on an article, and when."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey(AgreementArticle, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=20, choices=EventAction.choices)
    text = models.TextField(_("wording"), blank=True)
    comment = models.TextField(_("comment"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    link = models.ForeignKey(
        NegotiationLink, on_delete=models.SET_NULL, null=True, related_name="events"
    )
    supplier_name = models.CharField(_("name"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("article change")
        verbose_name_plural = _("article changes")

    def __str__(self) -> str:
        return f"{self.article}: {self.action}"

    @property
    def actor_name(self) -> str:
        if self.user is not None:
            return self.user.get_full_name() or self.user.username
        return self.supplier_name


class SignedCopy(models.Model):
    """The signed PDF of a final version, attached to the engagement as a document, and what
    the signature check found (or that a person confirmed both signatures)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    draft = models.OneToOneField(
        AgreementDraft, on_delete=models.CASCADE, related_name="signed_copy"
    )
    document = models.ForeignKey(Document, on_delete=models.SET_NULL, null=True, related_name="+")
    signers = models.JSONField(_("signers"), default=list)
    digital = models.BooleanField(_("digitally signed"), default=False)
    confirmed_by_hand = models.BooleanField(_("signatures confirmed by hand"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        verbose_name = _("signed agreement")
        verbose_name_plural = _("signed agreements")

    def __str__(self) -> str:
        return f"{self.draft} (signed)"
