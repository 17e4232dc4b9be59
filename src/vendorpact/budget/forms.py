from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.budget.models import BudgetLine, ExtraCost
from vendorpact.budget.services import BUDGET_LINE_FIELDS, EXTRA_COST_FIELDS
from vendorpact.common.fields import NumberField
from vendorpact.engagements.forms import DateInput

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]


def _date_formats(form, names) -> None:
    for name in names:
        form.fields[name].input_formats = DATE_FORMATS


class BudgetLineForm(forms.ModelForm):
    class Meta:
        model = BudgetLine
        fields = list(BUDGET_LINE_FIELDS)
        widgets = {
            "start": DateInput(),
            "end": DateInput(),
            "included_scope": forms.Textarea(attrs={"rows": 2}),
            "excluded_scope": forms.Textarea(attrs={"rows": 2}),
        }
        field_classes = {"amount": NumberField, "estimated_units": NumberField, "cap": NumberField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _date_formats(self, ("start", "end"))

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind == "recurring":
            if not cleaned.get("period"):
                self.add_error("period", _("A recurring line needs a period."))
            if not cleaned.get("start"):
                self.add_error("start", _("A recurring line needs a start date."))
        if kind == "rate" and not cleaned.get("rate_unit"):
            self.add_error("rate_unit", _("A rate needs a unit (per hour or per day)."))
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end date lies before the start date."))
        return cleaned


class ExtraCostForm(forms.ModelForm):
    class Meta:
        model = ExtraCost
        fields = list(EXTRA_COST_FIELDS)
        widgets = {"reported_on": DateInput(), "reason": forms.Textarea(attrs={"rows": 3})}
        field_classes = {"estimate": NumberField}

    def __init__(self, *args, engagement, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["budget_line"].queryset = engagement.budget_lines.all()
        _date_formats(self, ("reported_on",))


class InvoiceImportForm(forms.Form):
    file = forms.FileField(
        label=_("E-invoice (UBL/Peppol XML) or CSV file"),
        help_text=_("Peppol BIS Billing 3.0 / UBL 2.1 XML, or a CSV with one row per line."),
    )


class ManualInvoiceForm(forms.Form):
    number = forms.CharField(label=_("Invoice number"), max_length=100)
    issue_date = forms.DateField(label=_("Invoice date"), widget=DateInput())
    due_date = forms.DateField(label=_("Due date"), widget=DateInput(), required=False)
    order_reference = forms.CharField(label=_("Order reference"), max_length=100, required=False)
    vat_total = NumberField(
        label=_("VAT"),
        max_digits=14,
        decimal_places=2,
        required=False,
        number_range="range.not_negative",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _date_formats(self, ("issue_date", "due_date"))


class ManualInvoiceLineForm(forms.Form):
    description = forms.CharField(label=_("Description"), max_length=500, required=False)
    amount = NumberField(
        label=_("Amount excl. VAT"), max_digits=14, decimal_places=2, required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("description") and cleaned.get("amount") is None:
            self.add_error("amount", _("Enter the amount of this line."))
        if cleaned.get("amount") is not None and not cleaned.get("description"):
            self.add_error("description", _("Describe this line."))
        return cleaned


ManualInvoiceLineFormSet = forms.formset_factory(ManualInvoiceLineForm, extra=3, max_num=20)
