from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.core.vat import VatError, parse_vat
from vendorpact.orgs.models import Organisation, Role
from vendorpact.web.messages import text_for


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class OrganisationForm(forms.ModelForm):
    """The organisation's name, postal address and VAT number (the sender of its letters)."""

    class Meta:
        model = Organisation
        fields = ["name", "street", "postal_code", "city", "country", "vat_number"]

    def clean(self):
        cleaned = super().clean()
        raw = cleaned.get("vat_number", "")
        if raw:
            try:
                cleaned["vat_number"] = parse_vat(raw, cleaned.get("country") or "BE").full
            except VatError as error:
                self.add_error("vat_number", text_for(error.code, country=error.country))
        return cleaned
