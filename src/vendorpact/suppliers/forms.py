from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import VatNumberFormMixin
from vendorpact.suppliers.models import Contact, Supplier
from vendorpact.suppliers.services import CONTACT_FIELDS, SUPPLIER_FIELDS


class SupplierForm(VatNumberFormMixin, forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Supplier
        fields = list(SUPPLIER_FIELDS)
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = list(CONTACT_FIELDS)
