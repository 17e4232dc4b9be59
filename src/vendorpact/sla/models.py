"""Service levels per engagement: terms (policy JSON), tickets, downtime, imports."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import NumberRangeValidator
from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.engagements.models import Document, Engagement
from vendorpact.orgs.models import Organisation
from vendorpact.suppliers.models import Supplier


class SlaTerms(models.Model):
    """The agreed service levels; `policy` is the policy JSON of docs/sla-formats.md."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.OneToOneField(
        Engagement, on_delete=models.CASCADE, related_name="sla_terms"
    )
    policy = models.JSONField(_("policy"))
    monthly_fee = models.DecimalField(
        _("monthly fee (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[NumberRangeValidator("range.not_negative")],
    )
    prefilled_from = models.CharField(_("pre-filled from"), max_length=300, blank=True)
    prefilled_document = models.ForeignKey(
        Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    # stored ticket results (TicketResult): requested and computed versions; they differ while
    # the recomputation waits for the worker
    results_version = models.PositiveIntegerField(default=0)
    results_computed_version = models.PositiveIntegerField(default=0)
    results_unmapped = models.PositiveIntegerField(default=0)  # tickets of an unknown priority

    objects = TenantManager()

    class Meta:
        verbose_name = _("SLA terms")

    def __str__(self) -> str:
        return f"SLA {self.engagement}"


class ColumnMapping(models.Model):
    """How one supplier's ticket export is laid out, remembered for the next import."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    supplier = models.OneToOneField(
        Supplier, on_delete=models.CASCADE, related_name="sla_column_mapping"
    )
    mapping = models.JSONField()
    timezone = models.CharField(_("time zone of the file"), max_length=64)
    day_first = models.BooleanField(_("day before month"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TenantManager()

    def __str__(self) -> str:
        return f"mapping {self.supplier}"


class ImportKind(models.TextChoices):
    TICKETS = "tickets", _("Tickets")
    DOWNTIME = "downtime", _("Downtime log")


class ImportState(models.TextChoices):
    PREVIEW = "preview", _("Waiting for your choice")
    IMPORTING = "importing", _("Importing")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Import failed")
    CANCELLED = "cancelled", _("Nothing imported")
    REMOVED = "removed", _("Removed again")


def staged_path(instance, filename: str) -> str:
    return f"org_{instance.organisation_id}/sla-imports/{filename}"


class SlaImport(models.Model):
    """One uploaded file: staged for the preview, then imported (good rows) or dropped.

    An imported file is a batch: every ticket, status event and outage it added points back to
    it (`source_import`), so that removing the batch removes exactly those rows.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="sla_imports")
    kind = models.CharField(max_length=10, choices=ImportKind.choices)
    state = models.CharField(max_length=10, choices=ImportState.choices, default="preview")
    file = models.FileField(upload_to=staged_path, max_length=255, blank=True)
    file_name = models.CharField(_("file name"), max_length=255)
    events_file = models.FileField(upload_to=staged_path, max_length=255, blank=True)
    events_file_name = models.CharField(_("status history file"), max_length=255, blank=True)
    timezone = models.CharField(_("time zone of the file"), max_length=64)
    day_first = models.BooleanField(default=True)
    format_detected = models.CharField(_("format"), max_length=20, blank=True)
    rows = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    events_imported = models.PositiveIntegerField(default=0)
    skipped = models.JSONField(default=list, blank=True)  # [{line, code, field, value}]
    # a large file is imported by a task (common.import_runs): rows written so far of the
    # records to write, and why it failed (a message code)
    file_rows = models.PositiveIntegerField(default=0)  # data rows counted when staged
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    error_code = models.CharField(max_length=60, blank=True)
    only_if_clean = models.BooleanField(default=False)  # mode "nothing": no rows if any is bad
    started_at = models.DateTimeField(null=True, blank=True)
    sha256 = models.CharField(_("SHA-256 of the file"), max_length=64, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    removed_at = models.DateTimeField(null=True, blank=True)

    objects = TenantManager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.state})"


class TicketQuerySet(TenantQuerySet):
    def for_engagement(self, engagement):
        return self.filter(engagement=engagement).prefetch_related("events")


class Ticket(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="sla_tickets")
    supplier = models.ForeignKey(Supplier, on_delete=models.CASCADE, related_name="+")
    external_id = models.CharField(_("ticket"), max_length=100)
    priority_raw = models.CharField(_("priority in the file"), max_length=60, blank=True)
    priority = models.CharField(_("contract priority"), max_length=60)
    created = models.DateTimeField(_("created"))
    first_response = models.DateTimeField(_("first response"), null=True, blank=True)
    resolved = models.DateTimeField(_("resolved"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=100, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    source_import = models.ForeignKey(
        SlaImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = TicketQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["supplier", "external_id"], name="sla_ticket_unique_per_supplier"
            )
        ]

    def __str__(self) -> str:
        return self.external_id

    def clean(self) -> None:
        """A response or resolution cannot come before the ticket was created."""
        errors = {}
        for name in ("first_response", "resolved"):
            moment = getattr(self, name)
            if moment is not None and self.created is not None and moment < self.created:
                errors[name] = _("This moment is before the ticket was created.")
        if errors:
            raise ValidationError(errors)


class TicketEvent(models.Model):
    """One status change; never edited (evaluation replays the history)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField()
    status = models.CharField(max_length=100)
    source_import = models.ForeignKey(
        SlaImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = TenantManager()

    class Meta:
        ordering = ["at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["ticket", "at", "status"], name="sla_event_once")
        ]

    def __str__(self) -> str:
        return f"{self.ticket_id} {self.at:%Y-%m-%d %H:%M} {self.status}"


class Downtime(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="sla_downtimes"
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    scope = models.CharField(_("scope"), max_length=100, blank=True)
    planned = models.BooleanField(_("planned maintenance"), default=False)
    description = models.CharField(_("description"), max_length=300, blank=True)
    source_import = models.ForeignKey(
        SlaImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = TenantManager()

    class Meta:
        ordering = ["-start"]
        constraints = [
            models.UniqueConstraint(
                fields=["engagement", "start", "end", "scope"], name="sla_downtime_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.start:%Y-%m-%d %H:%M} – {self.end:%H:%M}"

    def clean(self) -> None:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValidationError({"end": _("The end must come after the start.")})


class TicketResult(models.Model):
    """The figures of one ticket under the engagement's current terms, evaluated up to its last
    recorded moment and stored when its tickets, status events or terms change
    (``sla.results``). Whether an open item is overdue follows at query time from the due
    moments (``core.sla.stored``). Tickets whose priority the terms do not know have none."""

    ticket = models.OneToOneField(
        Ticket, on_delete=models.CASCADE, primary_key=True, related_name="sla_result"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="+")
    priority = models.CharField(max_length=60)  # the contract priority
    created = models.DateTimeField()  # the ticket's, for ordering and paging by the index
    month = models.CharField(max_length=7)  # YYYY-MM of `created` in the terms' time zone
    is_open = models.BooleanField()
    response_seconds = models.FloatField(null=True)
    resolution_seconds = models.FloatField(null=True)
    response_outcome = models.SmallIntegerField()  # core.sla.outcome MET / BREACHED / NOT_JUDGED
    resolution_outcome = models.SmallIntegerField()
    response_due = models.DateTimeField(null=True)  # open items: overdue once now is past it
    resolution_due = models.DateTimeField(null=True)
    resolution_left_seconds = models.FloatField(null=True)  # open: < 0 is overdue already
    resolution_running = models.BooleanField(default=False)
    measured_until = models.DateTimeField()
    customer_wait_seconds = models.FloatField(default=0.0)
    vendor_wait_seconds = models.FloatField(default=0.0)
    reopen_count = models.PositiveIntegerField(default=0)

    objects = TenantManager()

    class Meta:
        indexes = [
            models.Index(fields=["engagement", "created", "ticket"], name="sla_result_list"),
            models.Index(
                fields=["engagement", "month", "created", "ticket"], name="sla_result_month"
            ),
            # open tickets are judged at query time: few rows, found without a scan
            models.Index(
                fields=["engagement", "month"],
                condition=models.Q(is_open=True),
                name="sla_result_open",
            ),
            models.Index(
                fields=["organisation", "month"],
                condition=models.Q(is_open=True),
                name="sla_result_org_open",
            ),
        ]

    def __str__(self) -> str:
        return f"result {self.ticket_id}"


class MonthResult(models.Model):
    """The counts per month of an engagement's stored results that do not depend on the moment
    of looking (measured outcomes), stored with them; open tickets' overdue items are added
    at query time (``sla.aggregates``)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="+")
    month = models.CharField(max_length=7)
    tickets = models.PositiveIntegerField(default=0)
    responded = models.PositiveIntegerField(default=0)  # response measured (met or late)
    response_late = models.PositiveIntegerField(default=0)  # measured over the target
    resolved = models.PositiveIntegerField(default=0)
    resolution_late = models.PositiveIntegerField(default=0)
    late_tickets = models.PositiveIntegerField(default=0)  # with a measured breach

    objects = TenantManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["engagement", "month"], name="sla_month_result_once")
        ]
        indexes = [models.Index(fields=["organisation", "month"], name="sla_month_result_org")]

    def __str__(self) -> str:
        return f"{self.engagement_id} {self.month}"
