from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.engagements.forms import date_field
from vendorpact.supplier_requests.models import (
    ContextSheet,
    ContextSystem,
    RequestStatus,
    SupplierRequest,
)
from vendorpact.supplier_requests.services import REQUEST_FIELDS, SHEET_FIELDS


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
    replied_on = date_field(_("Reply date"))


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Screenshot or log"),
        help_text=_("PNG, JPEG, PDF, TXT, LOG or CSV."),
    )
