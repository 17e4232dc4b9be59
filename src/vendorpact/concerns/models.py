"""Concerns about a supplier, their history, the exit plan with its tasks, and the
organisation's concern settings.

The tables keep the names they had in the former `relations` app (Meta.db_table)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Max, Q
from django.utils.translation import gettext_lazy as _

from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.core.concerns import DEFAULT_AGEING_DAYS
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Organisation


class RelationSettings(models.Model):
    """Per-organisation settings of the collaboration follow-up."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="relation_settings"
    )
    concern_ageing_days = models.PositiveIntegerField(
        _("days without action before a concern is flagged"), default=DEFAULT_AGEING_DAYS
    )

    objects = TenantManager()

    class Meta:
        db_table = "relations_relationsettings"

    def __str__(self) -> str:
        return f"{self.organisation}: {self.concern_ageing_days}"


# ---- concerns and exit ----------------------------------------------------------------------


class ConcernStatus(models.TextChoices):
    RAISED = "raised", _("Raised")
    IN_CONSULTATION = "in_consultation", _("In consultation")
    RESOLVED = "resolved", _("Resolved")
    ESCALATED = "escalated", _("Escalated")
    EXIT_DECIDED = "exit_decided", _("Exit decided")


OPEN_CONCERN_STATUSES = (
    ConcernStatus.RAISED,
    ConcernStatus.IN_CONSULTATION,
    ConcernStatus.ESCALATED,
)


ESCALATION_STATUSES = (ConcernStatus.ESCALATED, ConcernStatus.EXIT_DECIDED)


class ConcernQuerySet(TenantQuerySet):
    def open(self):
        return self.filter(status__in=OPEN_CONCERN_STATUSES)

    def escalated(self):
        """Escalated concerns and exit decisions, each with `status_on`: the date it reached
        its current status (its last step into that status)."""
        reached = Max("events__on", filter=Q(events__status=F("status")))
        return self.filter(status__in=ESCALATION_STATUSES).annotate(status_on=reached)


class Concern(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="concerns")
    title = models.CharField(_("what"), max_length=200)
    since = models.DateField(_("since when"), null=True, blank=True)
    raised_on = models.DateField(_("raised on"))
    impact = models.TextField(_("impact"), blank=True)
    raised_with = models.CharField(_("raised with"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=ConcernStatus.choices, default=ConcernStatus.RAISED
    )
    level = models.PositiveSmallIntegerField(_("escalation level"), default=0)
    last_action_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ConcernQuerySet.as_manager()

    class Meta:
        db_table = "relations_concern"
        ordering = ["-raised_on", "-pk"]
        # Open concerns of an organisation (reminders, report).
        indexes = [models.Index(fields=["organisation", "status"], name="concern_org_status")]

    def __str__(self) -> str:
        return self.title


class ConcernEvent(models.Model):
    """One step in a concern's history: a status change or an action without one."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="events")
    on = models.DateField(_("date"))
    status = models.CharField(max_length=16, choices=ConcernStatus.choices)
    level = models.PositiveSmallIntegerField(default=0)
    is_action = models.BooleanField(default=False)
    note = models.TextField(_("note"), blank=True)
    by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_concernevent"
        ordering = ["on", "pk"]

    def __str__(self) -> str:
        return f"{self.on} {self.status}"


class ExitPlan(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.OneToOneField(
        Engagement, on_delete=models.CASCADE, related_name="exit_plan"
    )
    concern = models.ForeignKey(
        Concern, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    notice_deadline = models.DateField(null=True, blank=True)
    contract_end = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_exitplan"

    def __str__(self) -> str:
        return f"Exit plan {self.engagement}"


class TaskStatus(models.TextChoices):
    TODO = "todo", _("To do")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class ExitTask(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(ExitPlan, on_delete=models.CASCADE, related_name="tasks")
    code = models.CharField(max_length=60)
    checklist_item = models.CharField(max_length=60, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    due = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=TaskStatus.choices, default=TaskStatus.TODO
    )
    owner = models.CharField(_("owner"), max_length=150, blank=True)
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_exittask"
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.code
