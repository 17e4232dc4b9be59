from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import NumberField, WholeNumberField
from vendorpact.engagements.models import AgreedHow, DocumentKind, Engagement
from vendorpact.engagements.services import ENGAGEMENT_FIELDS


class DateInput(forms.DateInput):
    input_type = "date"

    def format_value(self, value):
        return value.isoformat() if hasattr(value, "isoformat") else value


DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]


def date_field(label, required=False):
    """A date typed as yyyy-mm-dd, dd/mm/yyyy or dd-mm-yyyy, with the browser's date picker."""
    return forms.DateField(
        label=label, required=required, widget=DateInput(), input_formats=DATE_FORMATS
    )


class EngagementForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Engagement
        fields = list(ENGAGEMENT_FIELDS)
        labels = {"supplier": _("Supplier")}
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        field_classes = {
            "duration_months": WholeNumberField,
            "renewal_months": WholeNumberField,
            "notice_value": WholeNumberField,
            "contract_value": NumberField,
        }

    def __init__(self, *args, org, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["supplier"].queryset = org.suppliers.all()
        self.fields["version"].initial = self.instance.version
        if self.instance.pk is None:
            self._ask_how_it_was_agreed()
        for name in ("start_date", "end_date"):
            self.fields[name].input_formats = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]

    def _ask_how_it_was_agreed(self):
        """A new engagement names no way of agreeing: the user picks it (no silent default)."""
        field = self.fields["agreed_how"]
        field.choices = [("", _("— choose —")), *AgreedHow.choices]
        self.initial["agreed_how"] = ""

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date lies before the start date."))
        if cleaned.get("renewal") == "tacit" and not (end or cleaned.get("duration_months")):
            self.add_error(
                "duration_months",
                _("A contract that renews tacitly needs an end date or a duration."),
            )
        return cleaned


class DocumentUploadForm(forms.Form):
    file = forms.FileField(label=_("File"))
    kind = forms.ChoiceField(label=_("Document kind"), choices=DocumentKind.choices)


class ChecklistEntryForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("covered", ""), ("partial", ""), ("missing", ""), ("not_applicable", "")]
    )
    note = forms.CharField(required=False, max_length=4000)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
