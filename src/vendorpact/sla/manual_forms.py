"""Forms to enter one outage or one ticket; dates and times in the user's notation
(dd/mm/yyyy hh:mm), in the installation's time zone."""

from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.sla.models import Downtime, Ticket

DATETIME_HELP = _("dd/mm/yyyy hh:mm")


def _datetime_field(label, required: bool = True) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        required=required,
        localize=True,
        help_text=DATETIME_HELP,
        widget=forms.DateTimeInput(attrs={"inputmode": "numeric"}),
    )


class DowntimeForm(forms.ModelForm):
    start = _datetime_field(_("Start"))
    end = _datetime_field(_("End"))

    class Meta:
        model = Downtime
        fields = ["start", "end", "scope", "planned", "description"]


class TicketForm(forms.ModelForm):
    created = _datetime_field(_("Created"))
    first_response = _datetime_field(_("First response"), required=False)
    resolved = _datetime_field(_("Resolved"), required=False)
    priority = forms.ChoiceField(label=_("Contract priority"))

    class Meta:
        model = Ticket
        fields = [
            "external_id",
            "subject",
            "priority",
            "created",
            "first_response",
            "resolved",
            "status",
        ]
        labels = {"external_id": _("Ticket number")}

    def __init__(self, *args, priorities: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priority"].choices = [(code, code) for code in priorities]
