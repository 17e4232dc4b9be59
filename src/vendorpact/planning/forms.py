from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import PlausibleDateValidator
from vendorpact.engagements.forms import DateInput
from vendorpact.engagements.models import DocumentKind
from vendorpact.planning.models import (
    Meeting,
    Milestone,
    Seniority,
    Side,
    TeamMember,
    YesNoUnknown,
)
from vendorpact.planning.services import MEETING_FIELDS, MEMBER_FIELDS, MILESTONE_FIELDS

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]


def _date_formats(form, names) -> None:
    for name in names:
        if name in form.fields:
            form.fields[name].input_formats = DATE_FORMATS


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = list(MILESTONE_FIELDS)
        widgets = {"original_due": DateInput(), "description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, engagement, **kwargs):
        super().__init__(*args, **kwargs)
        others = engagement.milestones.all()
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
            if self.instance.slips.exists():
                self.fields["original_due"].disabled = True
                self.fields["original_due"].help_text = _(
                    "Slipped: change the date with “Record a slip”."
                )
        self.fields["depends_on"].queryset = others
        _date_formats(self, ("original_due",))


class SlipForm(forms.Form):
    new_due = forms.DateField(
        label=_("New due date"), widget=DateInput(), validators=[PlausibleDateValidator()]
    )
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
    caused_by = forms.ChoiceField(
        label=_("Caused by"),
        choices=[("", _("Unknown"))] + list(Side.choices),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _date_formats(self, ("new_due",))


class TeamMemberForm(forms.ModelForm):
    class Meta:
        model = TeamMember
        fields = list(MEMBER_FIELDS)
        widgets = {"since": DateInput(), "until": DateInput()}

    def __init__(self, *args, engagement, **kwargs):
        super().__init__(*args, **kwargs)
        others = engagement.team_members.all()
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["counterpart"].queryset = others
        _date_formats(self, ("since", "until"))

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and until < since:
            self.add_error("until", _("The end date lies before the start date."))
        return cleaned


class SwapForm(forms.Form):
    on = forms.DateField(
        label=_("Date of the swap"), widget=DateInput(), validators=[PlausibleDateValidator()]
    )
    name = forms.CharField(label=_("Name of the new team member"), max_length=120)
    role = forms.CharField(label=_("Role"), max_length=120, required=False)
    seniority = forms.ChoiceField(
        label=_("Seniority"), choices=[("", "–")] + list(Seniority.choices), required=False
    )
    knowledge_transfer = forms.ChoiceField(
        label=_("Did knowledge transfer happen?"), choices=YesNoUnknown.choices
    )
    notice_as_agreed = forms.ChoiceField(
        label=_("Was notice given as agreed?"), choices=YesNoUnknown.choices
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _date_formats(self, ("on",))


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = list(MEETING_FIELDS)
        widgets = {
            "date": DateInput(),
            "attendees": forms.Textarea(attrs={"rows": 3}),
            "decisions": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _date_formats(self, ("date",))


class ActionItemForm(forms.Form):
    title = forms.CharField(
        label=_("Action"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Action"), "aria-label": _("Action")}),
    )
    owner_side = forms.ChoiceField(label=_("Owed by"), choices=Side.choices, required=False)
    owner_person = forms.CharField(
        label=_("Who"),
        max_length=120,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Who"), "aria-label": _("Who")}),
    )
    original_due = forms.DateField(
        label=_("Due"), widget=DateInput(), required=False, validators=[PlausibleDateValidator()]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _date_formats(self, ("original_due",))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("title"):
            if not cleaned.get("original_due"):
                self.add_error("original_due", _("An action item needs a due date."))
            if not cleaned.get("owner_side"):
                self.add_error("owner_side", _("Say which side owes this action."))
        return cleaned


ActionItemFormSet = forms.formset_factory(ActionItemForm, extra=3, max_num=30)


class StatusReportForm(forms.Form):
    file = forms.FileField(label=_("Status report"))
    kind = forms.ChoiceField(
        label=_("Document kind"),
        choices=[(k, v) for k, v in DocumentKind.choices if k in ("annex", "other")],
    )
