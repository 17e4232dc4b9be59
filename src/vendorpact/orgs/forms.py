from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import VatNumberFormMixin
from vendorpact.orgs.models import Organisation, Role


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class OrganisationForm(VatNumberFormMixin, forms.ModelForm):
    """The organisation's name, postal address and VAT number (the sender of its letters)."""

    class Meta:
        model = Organisation
        fields = [
            "name",
            "street",
            "postal_code",
            "city",
            "country",
            "vat_number",
            "reply_to_email",
        ]


class NewOrganisationForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200)


class DeleteOrganisationForm(forms.Form):
    typed_name = forms.CharField(label=_("Type the organisation's name to confirm"), max_length=200)
