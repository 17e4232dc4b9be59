from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import WholeNumberField, label_inputs_in_row
from vendorpact.concerns.messages import exit_task_label
from vendorpact.concerns.models import Concern, ConcernStatus, ExitTask, RelationSettings
from vendorpact.concerns.services import TASK_FIELDS
from vendorpact.engagements.forms import date_field


class ConcernForm(forms.ModelForm):
    since = date_field(_("Since when"))
    raised_on = date_field(_("Raised on"))

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
    on = date_field(_("Date"))
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ConcernActionForm(forms.Form):
    note = forms.CharField(label=_("What happened (call, meeting, e-mail)"), max_length=4000)
    on = date_field(_("Date"))


class ExitTaskForm(forms.ModelForm):
    due = date_field(_("Due"))

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
