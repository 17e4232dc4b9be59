from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.core.vat import VatError, parse_vat
from vendorpact.suppliers.models import Contact, Supplier
from vendorpact.web.messages import text_for


class SupplierForm(forms.ModelForm):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Supplier
        fields = [
            "name",
            "country",
            "vat_number",
            "street",
            "postal_code",
            "city",
            "website",
            "notes",
        ]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        raw = cleaned.get("vat_number", "")
        if raw:
            try:
                cleaned["vat_number"] = parse_vat(raw, cleaned.get("country") or "BE").full
            except VatError as error:
                self.add_error("vat_number", text_for(error.code, country=error.country))
        return cleaned


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone"]
