"""Requests to the supplier, the organisation's context sheet with its share links, the files
kept with a request and the e-mails sent to supplier contacts.

The tables keep the names they had in the former `relations` app (Meta.db_table)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Organisation
from vendorpact.suppliers.models import Supplier

# ---- context sheet --------------------------------------------------------------------------


class ContextSheet(models.Model):
    """What a supplier needs to know about the client, kept once per organisation."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="context_sheet"
    )
    who_we_are = models.TextField(_("who we are and what we do"), blank=True)
    key_processes = models.TextField(_("key processes"), blank=True)
    contacts = models.TextField(_("contacts"), blank=True)
    hours = models.TextField(_("opening and support hours"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_contextsheet"

    def __str__(self) -> str:
        return f"Context sheet {self.organisation}"


class ContextSystem(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("system or software"), max_length=200)
    version = models.CharField(_("version"), max_length=60, blank=True)
    supported_by = models.CharField(_("supported by"), max_length=200, blank=True)
    notes = models.CharField(_("notes"), max_length=300, blank=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_contextsystem"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return f"{self.name} {self.version}".strip()


class ContextShareLinkQuerySet(TenantQuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class ContextShareLink(models.Model):
    """A private read-only link to the context sheet; only the token's hash is stored."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    supplier = models.ForeignKey(
        Supplier, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    label = models.CharField(_("shared with"), max_length=200)
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_viewed_at = models.DateTimeField(null=True, blank=True)

    objects = ContextShareLinkQuerySet.as_manager()

    class Meta:
        db_table = "relations_contextsharelink"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.label


# ---- requests -------------------------------------------------------------------------------


class RequestKind(models.TextChoices):
    INCIDENT = "incident", _("Incident")
    QUESTION = "question", _("Question")
    CHANGE = "change", _("Change request")


class Impact(models.TextChoices):
    BLOCKING = "blocking", _("Blocking: work has stopped")
    MAJOR = "major", _("Major: a key process or many users hampered")
    MINOR = "minor", _("Minor: a few users, a workaround exists")
    COSMETIC = "cosmetic", _("Cosmetic")


class Urgency(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately")
    TODAY = "today", _("Today")
    THIS_WEEK = "this_week", _("This week")
    LATER = "later", _("Later")


class Frequency(models.TextChoices):
    ONCE = "once", _("Once")
    INTERMITTENT = "intermittent", _("Now and then")
    ALWAYS = "always", _("Always")


class Language(models.TextChoices):
    NL = "nl", _("Dutch")
    EN = "en", _("English")


class RequestStatus(models.TextChoices):
    DRAFT = "draft", _("Not sent yet")
    SENT = "sent", _("Sent")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class MailKind(models.TextChoices):
    REQUEST = "request", _("Request")
    HEALTH_LINK = "health_link", _("Health-check link")
    CONTEXT_LINK = "context_link", _("Context-sheet link")


class SupplierRequest(models.Model):
    """A request to the supplier, stored with the score its brief got."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(
        Engagement, on_delete=models.CASCADE, related_name="supplier_requests"
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=RequestKind.choices, default=RequestKind.INCIDENT
    )
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    what_happened = models.TextField(_("what happened"), blank=True)
    system = models.CharField(_("system or application"), max_length=200, blank=True)
    environment = models.CharField(_("environment"), max_length=100, blank=True)
    url = models.CharField(_("URL or screen"), max_length=500, blank=True)
    since_when = models.CharField(_("since when"), max_length=200, blank=True)
    frequency = models.CharField(
        _("how often"), max_length=12, choices=Frequency.choices, blank=True
    )
    business_impact = models.TextField(_("what it means for the business"), blank=True)
    impact = models.CharField(_("impact"), max_length=10, choices=Impact.choices, blank=True)
    urgency = models.CharField(_("urgency"), max_length=10, choices=Urgency.choices, blank=True)
    steps_to_reproduce = models.TextField(_("steps to reproduce"), blank=True)
    expected_result = models.TextField(_("expected result"), blank=True)
    actual_result = models.TextField(_("actual result"), blank=True)
    already_tried = models.TextField(_("already tried"), blank=True)
    contact_person = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_details = models.CharField(_("phone or e-mail"), max_length=200, blank=True)
    contact_availability = models.CharField(_("availability"), max_length=200, blank=True)
    attachments = models.TextField(_("attachments (one per line)"), blank=True)
    context_sheet_url = models.CharField(_("context sheet link"), max_length=300, blank=True)
    reference = models.CharField(_("contract or ticket reference"), max_length=100, blank=True)
    language = models.CharField(
        _("language of the message"), max_length=2, choices=Language.choices, default="nl"
    )
    priority_code = models.CharField(_("priority"), max_length=10, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.DRAFT
    )
    replied_on = models.DateField(_("reply date"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score"))
    finding_codes = models.JSONField(default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TenantManager()

    class Meta:
        db_table = "relations_supplierrequest"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.subject or self.what_happened[:60]


def attachment_path(instance, filename: str) -> str:
    # Content-addressed like engagement documents, keeping the extension.
    extension = instance.original_name.rsplit(".", 1)[-1].lower()
    digest = instance.sha256
    return f"org_{instance.organisation_id}/request-attachments/{digest[:2]}/{digest}.{extension}"


class RequestAttachment(models.Model):
    """A file kept with a request to the supplier (a screenshot, a log)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    supplier_request = models.ForeignKey(
        SupplierRequest, on_delete=models.CASCADE, related_name="attachment_files"
    )
    file = models.FileField(upload_to=attachment_path, max_length=255)
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
        db_table = "relations_requestattachment"
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name


class SentMail(models.Model):
    """One e-mail sent from the app to a supplier contact about an engagement."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="sent_mails")
    supplier_request = models.ForeignKey(
        SupplierRequest, on_delete=models.SET_NULL, null=True, blank=True, related_name="mails"
    )
    what = models.CharField(_("what was sent"), max_length=16, choices=MailKind.choices)
    to_name = models.CharField(_("to"), max_length=200)
    to_email = models.EmailField(_("e-mail"))
    reply_to = models.EmailField(_("reply-to e-mail"), blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent at"))

    objects = TenantManager()

    class Meta:
        db_table = "relations_sentmail"
        ordering = ["-sent_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.sent_at:%Y-%m-%d} {self.to_email}: {self.subject}"
