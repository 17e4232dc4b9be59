from django import forms
from django.utils.translation import gettext_lazy as _


class SignedCopyForm(forms.Form):
    file = forms.FileField(label=_("Signed agreement (PDF)"))
    confirmed_by_hand = forms.BooleanField(
        label=_("I confirm that both the client and the supplier signed this document"),
        required=False,
        help_text=_("Needed when the PDF carries no digital signatures (signed on paper)."),
    )
