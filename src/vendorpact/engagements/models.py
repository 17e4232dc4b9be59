from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import NumberRangeValidator, PlausibleDateValidator
from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.core import terms as contract_terms
from vendorpact.core.checklist import ITEMS_BY_ID
from vendorpact.orgs.models import Organisation
from vendorpact.suppliers.models import Supplier


class Kind(models.TextChoices):
    PROJECT = "project", _("Project")
    MAINTENANCE = "maintenance", _("Maintenance / support")
    SAAS = "saas", _("SaaS / hosting")
    TM = "tm", _("Time and materials")


class AgreedHow(models.TextChoices):
    VERBAL = "verbal", _("Verbally")
    EMAIL = "email", _("E-mail acceptance")
    SIGNED_QUOTE = "signed_quote", _("Signed quote")
    SIGNED_ONE = "signed_one", _("Contract signed by one party")
    SIGNED_BOTH = "signed_both", _("Contract signed by both parties")


class GeneralTerms(models.TextChoices):
    NONE = "none", _("None / unknown")
    OURS = "ours", _("Ours")
    SUPPLIER = "supplier", _("The supplier's")
    NEGOTIATED = "negotiated", _("Negotiated")


class Renewal(models.TextChoices):
    NONE = "none", _("No renewal")
    TACIT = "tacit", _("Tacit (automatic) renewal")
    EXPLICIT = "explicit", _("Explicit renewal")


class NoticeUnit(models.TextChoices):
    DAYS = "days", _("days")
    MONTHS = "months", _("months")


class EngagementStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    NEGOTIATING = "negotiating", _("Negotiating")
    ACTIVE = "active", _("Active")
    ENDING = "ending", _("Ending")
    ENDED = "ended", _("Ended")


class EngagementQuerySet(TenantQuerySet):
    def for_user(self, user, org):
        return self.filter(organisation=org, organisation__memberships__user=user)

    def with_related(self):
        return self.select_related("supplier")

    def running(self):
        """Every engagement not ended (draft, negotiating, active...)."""
        return self.exclude(status=EngagementStatus.ENDED)


class Engagement(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="engagements"
    )
    supplier = models.ForeignKey(Supplier, on_delete=models.CASCADE, related_name="engagements")
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.PROJECT)
    agreed_how = models.CharField(
        _("how it was agreed"),
        max_length=14,
        choices=AgreedHow.choices,
        default=AgreedHow.SIGNED_BOTH,
    )
    general_terms = models.CharField(
        _("general terms that apply"),
        max_length=12,
        choices=GeneralTerms.choices,
        default=GeneralTerms.NONE,
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=EngagementStatus.choices,
        default=EngagementStatus.DRAFT,
    )
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(
        _("start date"), null=True, blank=True, validators=[PlausibleDateValidator()]
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, validators=[PlausibleDateValidator()]
    )
    duration_months = models.PositiveIntegerField(
        _("duration (months)"),
        null=True,
        blank=True,
        validators=[NumberRangeValidator("range.not_negative")],
    )
    renewal = models.CharField(
        _("renewal"), max_length=10, choices=Renewal.choices, default=Renewal.NONE
    )
    renewal_months = models.PositiveIntegerField(
        _("renewal term (months)"),
        null=True,
        blank=True,
        validators=[NumberRangeValidator("range.not_negative")],
    )
    notice_value = models.PositiveIntegerField(
        _("notice period"),
        null=True,
        blank=True,
        validators=[NumberRangeValidator("range.not_negative")],
    )
    notice_unit = models.CharField(
        _("notice unit"), max_length=6, choices=NoticeUnit.choices, default=NoticeUnit.MONTHS
    )
    contract_value = models.DecimalField(
        _("contract value (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[NumberRangeValidator("range.not_negative")],
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Incremented by every save through the services; a save that names the version it started
    # from is refused when the row moved on meanwhile (web.versioning).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = EngagementQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("engagement")
        indexes = [
            # The dashboard, engagement list and reminders: running engagements of one
            # organisation; the list's order.
            models.Index(fields=["organisation", "status"], name="engagement_org_status"),
            models.Index(fields=["organisation", "-created_at"], name="engagement_org_created"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def terms(self) -> contract_terms.ContractTerms:
        return contract_terms.ContractTerms(
            start_date=self.start_date,
            end_date=self.end_date,
            duration_months=self.duration_months,
            renewal=self.renewal,
            renewal_months=self.renewal_months,
            notice_value=self.notice_value,
            notice_unit=self.notice_unit,
        )

    def terms_on(self, as_of) -> contract_terms.TermsAsOf:
        """Term end, missed and next notice deadline and earliest end on `as_of`."""
        return contract_terms.terms_as_of(self.terms, as_of)

    @property
    def terms_today(self) -> contract_terms.TermsAsOf:
        return self.terms_on(timezone.localdate())

    @property
    def current_term_end(self):
        return self.terms_today.current_term_end

    @property
    def notice_deadline(self):
        """The next last day to give notice (on or after today)."""
        return self.terms_today.next_notice_deadline

    @property
    def missed_notice_deadline(self):
        return self.terms_today.missed_notice_deadline

    @property
    def earliest_end(self):
        return self.terms_today.earliest_end


class DocumentKind(models.TextChoices):
    QUOTE = "quote", _("Quote")
    CONTRACT = "contract", _("Contract")
    GENERAL_TERMS = "general_terms", _("General terms")
    SLA = "sla", _("SLA")
    ANNEX = "annex", _("Annex")
    OTHER = "other", _("Other")


def document_path(instance, filename: str) -> str:
    # Content-addressed, but keeping the extension: readers pick the format from it.
    extension = instance.extension
    suffix = f".{extension}" if extension else ""
    return (
        f"org_{instance.organisation_id}/documents/{instance.sha256[:2]}/{instance.sha256}{suffix}"
    )


class Document(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(
        _("document kind"),
        max_length=14,
        choices=DocumentKind.choices,
        default=DocumentKind.CONTRACT,
    )
    file = models.FileField(upload_to=document_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)
    content_type = models.CharField(max_length=100)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def extension(self) -> str:
        return self.original_name.rsplit(".", 1)[-1].lower() if "." in self.original_name else ""


class ChecklistStatus(models.TextChoices):
    COVERED = "covered", _("Covered")
    PARTIAL = "partial", _("Partial")
    MISSING = "missing", _("Missing")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class EntrySource(models.TextChoices):
    USER = "user", _("User")
    ANALYSER = "analyser", _("Analyser")


class ChecklistEntry(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="checklist_entries"
    )
    item_id = models.CharField(max_length=60)
    status = models.CharField(max_length=16, choices=ChecklistStatus.choices)
    note = models.TextField(blank=True)
    evidence = models.TextField(blank=True)
    evidence_page = models.PositiveIntegerField(null=True, blank=True)
    evidence_clause = models.CharField(max_length=60, blank=True)
    document = models.ForeignKey(
        Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confidence = models.FloatField(null=True, blank=True)
    source = models.CharField(max_length=10, choices=EntrySource.choices, default=EntrySource.USER)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    # Incremented by every save through the services; a save that names the version it started
    # from is refused when the row moved on meanwhile (web.versioning).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = TenantManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["engagement", "item_id"], name="one_entry_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.status}"

    @property
    def item(self):
        return ITEMS_BY_ID.get(self.item_id)
