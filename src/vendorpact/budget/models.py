"""Budget lines, extra-cost requests (meerwerk) and supplier invoices per engagement."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import NumberRangeValidator, PlausibleDateValidator
from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Organisation


class BudgetKind(models.TextChoices):
    ONE_OFF = "one_off", _("One-off")
    RECURRING = "recurring", _("Recurring")
    RATE = "rate", _("Rate (hours/days)")


class Period(models.TextChoices):
    MONTH = "month", _("per month")
    QUARTER = "quarter", _("per quarter")
    YEAR = "year", _("per year")


class RateUnit(models.TextChoices):
    HOUR = "hour", _("per hour")
    DAY = "day", _("per day")


class ExtraCostStatus(models.TextChoices):
    REPORTED = "reported", _("Reported")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    INVOICED = "invoiced", _("Invoiced")


class InvoiceSource(models.TextChoices):
    MANUAL = "manual", _("Entered by hand")
    UBL = "ubl", _("UBL / Peppol e-invoice")
    CSV = "csv", _("CSV import")


class InvoiceKind(models.TextChoices):
    INVOICE = "invoice", _("Invoice")
    CREDIT_NOTE = "credit_note", _("Credit note")


class MatchState(models.TextChoices):
    NONE = "none", _("Not matched")
    PROPOSED = "proposed", _("Proposed")
    CONFIRMED = "confirmed", _("Confirmed")


class EngagementScopedQuerySet(TenantQuerySet):
    def for_user(self, user, org):
        return self.filter(organisation=org, organisation__memberships__user=user)

    def of_engagement(self, engagement):
        return self.filter(organisation_id=engagement.organisation_id, engagement=engagement)


class BudgetLine(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="budget_lines"
    )
    label = models.CharField(_("label"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=10, choices=BudgetKind.choices, default=BudgetKind.ONE_OFF
    )
    amount = models.DecimalField(
        _("amount (EUR excl. VAT)"),
        max_digits=12,
        decimal_places=2,
        validators=[NumberRangeValidator("range.not_negative")],
        help_text=_("The total (one-off), the amount per period (recurring) or the rate."),
    )
    period = models.CharField(_("period"), max_length=8, choices=Period.choices, blank=True)
    start = models.DateField(
        _("start"), null=True, blank=True, validators=[PlausibleDateValidator()]
    )
    end = models.DateField(_("end"), null=True, blank=True, validators=[PlausibleDateValidator()])
    rate_unit = models.CharField(_("rate unit"), max_length=4, choices=RateUnit.choices, blank=True)
    estimated_units = models.DecimalField(
        _("estimated hours/days"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[NumberRangeValidator("range.positive")],
    )
    cap = models.DecimalField(
        _("cap (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[NumberRangeValidator("range.not_negative")],
    )
    reference = models.CharField(
        _("reference (PO, quote or contract number)"), max_length=100, blank=True
    )
    included_scope = models.TextField(_("included scope"), blank=True)
    excluded_scope = models.TextField(_("excluded scope"), blank=True)
    is_reserve = models.BooleanField(
        _("reserve for extra work"),
        default=False,
        help_text=_("A contingency budget: only extra costs are booked on it."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("budget line")

    def __str__(self) -> str:
        return self.label


class ExtraCost(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="extra_costs")
    budget_line = models.ForeignKey(
        BudgetLine,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="extra_costs",
        verbose_name=_("budget line"),
    )
    description = models.CharField(_("description"), max_length=300)
    reason = models.TextField(_("reason"), blank=True)
    estimate = models.DecimalField(
        _("estimate (EUR excl. VAT)"),
        max_digits=12,
        decimal_places=2,
        validators=[NumberRangeValidator("range.positive")],
    )
    requested_by = models.CharField(_("requested by"), max_length=120, blank=True)
    reported_on = models.DateField(_("reported on"))
    reference = models.CharField(_("supplier reference"), max_length=100, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ExtraCostStatus.choices,
        default=ExtraCostStatus.REPORTED,
    )
    decided_by = models.CharField(_("decided by"), max_length=150, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    invoiced_on = models.DateField(_("invoiced on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-reported_on", "-pk"]
        # Extra costs awaiting approval over an organisation (reminders).
        indexes = [models.Index(fields=["organisation", "status"], name="extracost_org_status")]
        verbose_name = _("extra cost")

    def __str__(self) -> str:
        return self.description


class InvoiceImportState(models.TextChoices):
    IMPORTING = "importing", _("Importing")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Import failed")


def staged_invoice_path(instance, filename: str) -> str:
    return f"org_{instance.organisation_id}/invoice-imports/{filename}"


class InvoiceImport(models.Model):
    """One imported invoice file (UBL/Peppol XML or CSV): a batch that can be removed again.

    Every invoice and invoice line it added points back to it (`source_import`).
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="invoice_imports"
    )
    source = models.CharField(_("source"), max_length=8, choices=InvoiceSource.choices)
    file_name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(_("SHA-256 of the file"), max_length=64, db_index=True)
    invoices_added = models.PositiveIntegerField(default=0)
    lines_added = models.PositiveIntegerField(default=0)
    # a large CSV file is imported by a task (common.import_runs): the staged file, the state,
    # invoices written so far of those to write, and why it failed (a message code)
    state = models.CharField(max_length=10, choices=InvoiceImportState.choices, default="done")
    file = models.FileField(upload_to=staged_invoice_path, max_length=255, blank=True)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    error_code = models.CharField(max_length=60, blank=True)
    problems = models.JSONField(default=list, blank=True)  # duplicates and bad rows, for the page
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    removed_at = models.DateTimeField(null=True, blank=True)

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("invoice import")

    def __str__(self) -> str:
        return self.file_name


class Invoice(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="invoices")
    kind = models.CharField(
        _("type"), max_length=12, choices=InvoiceKind.choices, default=InvoiceKind.INVOICE
    )
    number = models.CharField(_("invoice number"), max_length=100)
    supplier_name = models.CharField(_("supplier on the invoice"), max_length=200)
    supplier_vat = models.CharField(_("supplier VAT number"), max_length=30, blank=True)
    # (supplier identity, NUMBER) from core.invoices.duplicate_key: unique per organisation.
    supplier_key = models.CharField(max_length=200)
    number_key = models.CharField(max_length=100)
    issue_date = models.DateField(_("invoice date"))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    total_excl_vat = models.DecimalField(_("total excl. VAT"), max_digits=14, decimal_places=2)
    vat_total = models.DecimalField(_("VAT"), max_digits=14, decimal_places=2, default=0)
    total_incl_vat = models.DecimalField(_("total incl. VAT"), max_digits=14, decimal_places=2)
    order_reference = models.CharField(_("order reference"), max_length=100, blank=True)
    source = models.CharField(_("source"), max_length=8, choices=InvoiceSource.choices)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    warning_codes = models.JSONField(default=list, blank=True)
    source_import = models.ForeignKey(
        InvoiceImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="invoices"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-issue_date", "-pk"]
        verbose_name = _("invoice")
        # An engagement's invoices, newest first (budget page, API list).
        indexes = [
            models.Index(fields=["engagement", "-issue_date"], name="invoice_engagement_issued")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "supplier_key", "number_key"], name="one_invoice_per_number"
            )
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def confirmed_line_count(self) -> int:
        """Lines with a confirmed match (uses prefetched lines when present)."""
        return sum(1 for line in self.lines.all() if line.match_state == MatchState.CONFIRMED)


class InvoiceLine(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="lines")
    line_id = models.CharField(_("line"), max_length=40)
    description = models.CharField(_("description"), max_length=500)
    quantity = models.DecimalField(_("quantity"), max_digits=14, decimal_places=4, default=1)
    unit_price = models.DecimalField(
        _("unit price"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    unit_code = models.CharField(_("unit"), max_length=10, blank=True)
    line_amount = models.DecimalField(_("amount excl. VAT"), max_digits=14, decimal_places=4)
    vat_rate = models.DecimalField(
        _("VAT rate"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    budget_line = models.ForeignKey(
        BudgetLine, on_delete=models.SET_NULL, null=True, blank=True, related_name="invoice_lines"
    )
    extra_cost = models.ForeignKey(
        ExtraCost, on_delete=models.SET_NULL, null=True, blank=True, related_name="invoice_lines"
    )
    match_state = models.CharField(
        max_length=10, choices=MatchState.choices, default=MatchState.NONE
    )
    match_score = models.FloatField(null=True, blank=True)
    match_reasons = models.JSONField(default=list, blank=True)
    source_import = models.ForeignKey(
        InvoiceImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="lines"
    )

    objects = TenantManager()

    class Meta:
        ordering = ["invoice", "pk"]

    def __str__(self) -> str:
        return f"{self.invoice.number} / {self.line_id}"

    @property
    def target_key(self) -> str:
        if self.extra_cost_id:
            return f"extra_cost:{self.extra_cost_id}"
        if self.budget_line_id:
            return f"budget_line:{self.budget_line_id}"
        return ""
