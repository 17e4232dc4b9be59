"""Two-sided planning (milestones, deliverables, action items with slips), team and meetings."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import PlausibleDateValidator
from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.engagements.models import Document, Engagement
from vendorpact.orgs.models import Organisation


class Side(models.TextChoices):
    SUPPLIER = "supplier", _("Supplier")
    CLIENT = "client", _("Us (client)")


class ItemKind(models.TextChoices):
    MILESTONE = "milestone", _("Milestone")
    DELIVERABLE = "deliverable", _("Deliverable")
    ACTION_ITEM = "action_item", _("Action item")


class ItemStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class MeetingKind(models.TextChoices):
    STEERING = "steering", _("Steering committee")
    STATUS = "status", _("Status meeting")
    REVIEW = "review", _("Review")


class Seniority(models.TextChoices):
    JUNIOR = "junior", _("Junior")
    MEDIOR = "medior", _("Medior")
    SENIOR = "senior", _("Senior")
    LEAD = "lead", _("Lead / expert")


class YesNoUnknown(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Unknown")


class EngagementScopedQuerySet(TenantQuerySet):
    def for_user(self, user, org):
        return self.filter(organisation=org, organisation__memberships__user=user)

    def of_engagement(self, engagement):
        return self.filter(organisation_id=engagement.organisation_id, engagement=engagement)


class Meeting(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField(_("date"), validators=[PlausibleDateValidator()])
    kind = models.CharField(
        _("type"), max_length=10, choices=MeetingKind.choices, default=MeetingKind.STATUS
    )
    attendees = models.TextField(_("attendees"), blank=True, help_text=_("One per line."))
    decisions = models.TextField(_("decisions"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    status_report = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("status report"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("meeting")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date:%d/%m/%Y}"


class Milestone(models.Model):
    """A milestone, deliverable or meeting action item owed by the supplier or by us.

    due date = current_due or original_due; the reminders read `due_date` and `status`.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=12, choices=ItemKind.choices, default=ItemKind.MILESTONE
    )
    owner_side = models.CharField(_("owed by"), max_length=8, choices=Side.choices)
    owner_person = models.CharField(_("owner (person)"), max_length=120, blank=True)
    original_due = models.DateField(_("original due date"), validators=[PlausibleDateValidator()])
    current_due = models.DateField(
        _("current due date"), null=True, blank=True, validators=[PlausibleDateValidator()]
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ItemStatus.choices, default=ItemStatus.PLANNED
    )
    depends_on = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dependents",
        verbose_name=_("depends on"),
    )
    description = models.TextField(_("description"), blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="action_items"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["original_due", "pk"]
        # Open milestones over an organisation (reminders).
        indexes = [models.Index(fields=["organisation", "status"], name="milestone_org_status")]
        verbose_name = _("milestone")

    def __str__(self) -> str:
        return self.title

    @property
    def due_date(self):
        return self.current_due or self.original_due

    @property
    def is_open(self) -> bool:
        return self.status in (ItemStatus.PLANNED, ItemStatus.IN_PROGRESS)


class Slip(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    milestone = models.ForeignKey(Milestone, on_delete=models.CASCADE, related_name="slips")
    from_date = models.DateField(_("from"))
    to_date = models.DateField(_("to"), validators=[PlausibleDateValidator()])
    reason = models.TextField(_("reason"))
    caused_by = models.CharField(_("caused by"), max_length=8, choices=Side.choices, blank=True)
    recorded_on = models.DateField(_("recorded on"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    objects = TenantManager()

    class Meta:
        ordering = ["recorded_on", "pk"]

    def __str__(self) -> str:
        return f"{self.milestone}: {self.from_date} -> {self.to_date}"

    @property
    def days(self) -> int:
        return (self.to_date - self.from_date).days


class TeamMember(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="team_members"
    )
    side = models.CharField(_("side"), max_length=8, choices=Side.choices, default=Side.SUPPLIER)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    seniority = models.CharField(
        _("seniority"), max_length=8, choices=Seniority.choices, blank=True
    )
    is_key_person = models.BooleanField(
        _("key person"), default=False, help_text=_("Named in the contract or hard to replace.")
    )
    counterpart = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("counterpart on the other side"),
    )
    since = models.DateField(
        _("since"), null=True, blank=True, validators=[PlausibleDateValidator()]
    )
    until = models.DateField(
        _("until"), null=True, blank=True, validators=[PlausibleDateValidator()]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["side", "until", "name"]
        verbose_name = _("team member")

    def __str__(self) -> str:
        return self.name


class TeamSwap(models.Model):
    """A team member replaced by another: was knowledge handed over, was notice given as agreed?"""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="team_swaps")
    leaving = models.ForeignKey(TeamMember, on_delete=models.CASCADE, related_name="swaps_out")
    joining = models.ForeignKey(TeamMember, on_delete=models.CASCADE, related_name="swaps_in")
    on = models.DateField(_("date of the swap"), validators=[PlausibleDateValidator()])
    knowledge_transfer = models.CharField(
        _("knowledge transfer happened"), max_length=8, choices=YesNoUnknown.choices
    )
    notice_as_agreed = models.CharField(
        _("notice given as agreed"), max_length=8, choices=YesNoUnknown.choices
    )
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    objects = EngagementScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-on", "-pk"]

    def __str__(self) -> str:
        return f"{self.leaving} -> {self.joining}"

    @property
    def is_key_person_change(self) -> bool:
        return self.leaving.is_key_person or self.joining.is_key_person
