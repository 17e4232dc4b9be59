from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import WholeNumberField, label_inputs_in_row
from vendorpact.core import health as core_health
from vendorpact.engagements.forms import DateInput
from vendorpact.relations.concern_services import TASK_FIELDS
from vendorpact.relations.health_services import DEFAULT_LINK_DAYS, MAX_LINK_DAYS
from vendorpact.relations.messages import exit_task_label, lang, likert_label, theme_label
from vendorpact.relations.models import (
    Concern,
    ConcernStatus,
    ContextSheet,
    ContextSystem,
    ExitTask,
    RelationSettings,
    RequestStatus,
    SupplierRequest,
)
from vendorpact.relations.services import REQUEST_FIELDS, SHEET_FIELDS
from vendorpact.suppliers.models import Contact

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]


def _date_field(label, required=False):
    return forms.DateField(
        label=label, required=required, widget=DateInput(), input_formats=DATE_FORMATS
    )


class RequestForm(forms.ModelForm):
    include_context_link = forms.BooleanField(
        label=_("Add a private link to our context sheet"),
        required=False,
        help_text=_("A new read-only link for this supplier is created when you save."),
    )

    class Meta:
        model = SupplierRequest
        fields = list(REQUEST_FIELDS)
        widgets = {
            name: forms.Textarea(attrs={"rows": 2})
            for name in (
                "what_happened",
                "business_impact",
                "steps_to_reproduce",
                "expected_result",
                "actual_result",
                "already_tried",
                "attachments",
            )
        }


class ContextSheetForm(forms.ModelForm):
    class Meta:
        model = ContextSheet
        fields = list(SHEET_FIELDS)
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in fields}


class ContextSystemForm(forms.ModelForm):
    class Meta:
        model = ContextSystem
        fields = ["name", "version", "supported_by", "notes"]


class ShareLinkForm(forms.Form):
    label = forms.CharField(label=_("Shared with"), max_length=200)


class ConcernForm(forms.ModelForm):
    since = _date_field(_("Since when"))
    raised_on = _date_field(_("Raised on"))

    class Meta:
        model = Concern
        fields = ["title", "since", "raised_on", "impact", "raised_with"]
        widgets = {"impact": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        since, raised = cleaned.get("since"), cleaned.get("raised_on")
        if since and raised and since > raised:
            self.add_error("since", _("The problem cannot start after it was raised."))
        return cleaned


class ConcernStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("New status"),
        choices=[c for c in ConcernStatus.choices if c[0] != ConcernStatus.RAISED]
        + [(ConcernStatus.RAISED, _("Raised again"))],
    )
    on = _date_field(_("Date"))
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ConcernActionForm(forms.Form):
    note = forms.CharField(label=_("What happened (call, meeting, e-mail)"), max_length=4000)
    on = _date_field(_("Date"))


class ExitTaskForm(forms.ModelForm):
    due = _date_field(_("Due"))

    class Meta:
        model = ExitTask
        fields = list(TASK_FIELDS)
        widgets = {"note": forms.Textarea(attrs={"rows": 1})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_inputs_in_row(self, exit_task_label(self.instance.code))


class RelationSettingsForm(forms.ModelForm):
    class Meta:
        model = RelationSettings
        fields = ["concern_ageing_days"]
        field_classes = {"concern_ageing_days": WholeNumberField}

    def clean_concern_ageing_days(self):
        days = self.cleaned_data["concern_ageing_days"]
        if not 1 <= days <= 365:
            raise forms.ValidationError(_("Choose a number of days from 1 to 365."))
        return days


class HealthCheckForm(forms.Form):
    period = forms.CharField(label=_("Period"), max_length=20, help_text=_("For example 2026-Q4."))


class HealthLinkForm(forms.Form):
    sent_to = forms.CharField(label=_("Sent to (name or e-mail)"), max_length=200, required=False)
    contact = forms.ModelChoiceField(
        label=_("Send by e-mail to"),
        queryset=Contact.objects.none(),
        required=False,
        empty_label=_("— do not send, I copy the link —"),
    )
    days = WholeNumberField(
        label=_("Valid for (days)"),
        min_value=1,
        max_value=MAX_LINK_DAYS,
        initial=DEFAULT_LINK_DAYS,
    )

    def __init__(self, *args, contacts=None, **kwargs):
        super().__init__(*args, **kwargs)
        if contacts is not None:
            self.fields["contact"].queryset = contacts


class HealthAnswersForm(forms.Form):
    """One 1-5 choice per question (empty: don't know), grouped by theme in the template."""

    respondent = forms.CharField(label=_("Your name"), max_length=150, required=False)
    comment = forms.CharField(
        label=_("Anything to add?"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, ask_name=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not ask_name:
            del self.fields["respondent"]
        choices = [(str(v), likert_label(v)) for v in range(1, 6)] + [("", _("Don't know"))]
        for question in core_health.QUESTIONS:
            self.fields[question.id] = forms.ChoiceField(
                label=question.text(lang()),
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
            )

    def answers(self) -> dict[str, int | None]:
        return {
            q.id: int(self.cleaned_data[q.id]) if self.cleaned_data.get(q.id) else None
            for q in core_health.QUESTIONS
        }

    def themes(self):
        """[(theme label, [bound fields])] for the template."""
        return [
            (
                theme_label(theme.id),
                [self[q.id] for q in core_health.QUESTIONS if q.theme == theme.id],
            )
            for theme in core_health.THEMES
        ]


class ContactChoiceForm(forms.Form):
    """Which supplier contact a mail goes to; only contacts with an e-mail address."""

    contact = forms.ModelChoiceField(label=_("To"), queryset=None, empty_label=None)

    def __init__(self, *args, contacts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = contacts


class SendMailForm(ContactChoiceForm):
    language = forms.ChoiceField(
        choices=[("nl", "Nederlands"), ("en", "English")], widget=forms.HiddenInput
    )


class RequestStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=RequestStatus.choices)
    replied_on = _date_field(_("Reply date"))


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Screenshot or log"),
        help_text=_("PNG, JPEG, PDF, TXT, LOG or CSV."),
    )
