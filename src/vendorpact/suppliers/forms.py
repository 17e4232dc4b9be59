from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.suppliers.models import Contact, Supplier
from vendorpact.web.fields import VatNumberFormMixin


class SupplierForm(VatNumberFormMixin, forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
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


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone"]
