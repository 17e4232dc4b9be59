"""Forms: SLA terms (calendar, priorities, availability) and the import steps."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import NumberField, label_inputs_in_row
from vendorpact.core.sla.calendar import WEEKDAYS, CalendarError, parse_clock
from vendorpact.core.sla.policy import PolicyError, SlaPolicy
from vendorpact.core.sla.policy_fields import fields_from_policy, policy_from_fields, words
from vendorpact.sla.messages import text_for

TIMEZONE_CHOICES = [
    (zone, zone)
    for zone in ("Europe/Brussels", "Europe/Amsterdam", "Europe/Paris", "Europe/Luxembourg", "UTC")
]
COUNTRY_CHOICES = [
    ("", _("No public holidays")),
    ("BE", _("Belgium")),
    ("NL", _("Netherlands")),
    ("FR", _("France")),
    ("LU", _("Luxembourg")),
]
DAY_LABELS = {
    "mon": _("Monday"),
    "tue": _("Tuesday"),
    "wed": _("Wednesday"),
    "thu": _("Thursday"),
    "fri": _("Friday"),
    "sat": _("Saturday"),
    "sun": _("Sunday"),
}
UNIT_CHOICES = [("minutes", _("minutes")), ("hours", _("hours")), ("days", _("days"))]
CLOCK_CHOICES = [("business", _("business hours")), ("calendar", _("calendar time"))]
REOPEN_CHOICES = [
    ("continue", _("continues the resolution clock")),
    ("restart", _("restarts the resolution clock")),
]


def parse_intervals(text: str) -> list[list[str]]:
    """'08:30-12:00, 13:00-17:30' -> [['08:30', '12:00'], ['13:00', '17:30']]."""
    spans = []
    for part in words(text):
        pieces = [p.strip().replace(".", ":").replace("u", ":") for p in part.split("-")]
        if len(pieces) != 2:
            raise ValidationError(_("Write opening hours as 08:30-12:00, 13:00-17:30."))
        try:
            parse_clock(pieces[0]), parse_clock(pieces[1])
        except CalendarError as exc:
            raise ValidationError(_("“%(value)s” is not a time of day.") % {"value": part}) from exc
        spans.append(pieces)
    return spans


def parse_dates(text: str) -> list[str]:
    dates = []
    for part in text.replace("\n", ",").split(","):
        value = part.strip()
        if not value:
            continue
        for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                dates.append(dt.datetime.strptime(value, pattern).date().isoformat())
                break
            except ValueError:
                continue
        else:
            raise ValidationError(_("“%(value)s” is not a date (dd/mm/yyyy).") % {"value": value})
    return sorted(set(dates))


def parse_priority_map(text: str) -> dict[str, str]:
    mapping = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        if "=" not in line:
            raise ValidationError(
                _("Write one mapping per line: helpdesk value = contract priority.")
            )
        source, target = (part.strip() for part in line.split("=", 1))
        mapping[source] = target
    return mapping


class TermsForm(forms.Form):
    timezone = forms.ChoiceField(label=_("Time zone"), choices=TIMEZONE_CHOICES)
    always_open = forms.BooleanField(label=_("Open 24 hours a day, 7 days a week"), required=False)
    holiday_country = forms.ChoiceField(
        label=_("Public holidays of"), choices=COUNTRY_CHOICES, required=False
    )
    holiday_subdivision = forms.CharField(
        label=_("Region"),
        max_length=10,
        required=False,
        help_text=_("Optional, e.g. a Dutch or French region code; empty for the whole country."),
    )
    closed_dates = forms.CharField(
        label=_("Other closing days"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Dates separated by commas or new lines, e.g. 24/12/2026."),
    )
    pause_statuses = forms.CharField(
        label=_("Statuses that pause the resolution clock"),
        required=False,
        help_text=_("Comma-separated, e.g. pending, waiting for customer (waiting for you)."),
    )
    vendor_wait_statuses = forms.CharField(
        label=_("Statuses in which the supplier waits for a third party"),
        required=False,
        help_text=_("Comma-separated; shown as vendor-wait time, the clock keeps running."),
    )
    reopen = forms.ChoiceField(label=_("A reopened ticket"), choices=REOPEN_CHOICES)
    priority_map = forms.CharField(
        label=_("Helpdesk priority values"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line: value in the export = contract priority, e.g. urgent = P1."),
    )
    availability_enabled = forms.BooleanField(
        label=_("The contract guarantees an availability"), required=False
    )
    target_percent = NumberField(
        label=_("Availability target (%)"),
        max_digits=6,
        decimal_places=3,
        required=False,
        number_range="range.percent",
    )
    exclude_planned = forms.BooleanField(
        label=_("Planned maintenance does not count as downtime"), required=False
    )
    credit_cap_percent = NumberField(
        label=_("Credit cap, in percent of the monthly fee"),
        max_digits=6,
        decimal_places=2,
        required=False,
        number_range="range.percent",
    )
    monthly_fee = NumberField(
        label=_("Monthly fee (EUR, excl. VAT)"),
        max_digits=12,
        decimal_places=2,
        required=False,
        number_range="range.not_negative",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for day in WEEKDAYS:
            self.fields[f"hours_{day}"] = forms.CharField(
                label=DAY_LABELS[day], required=False, max_length=100
            )

    def hour_fields(self):
        return [self[f"hours_{day}"] for day in WEEKDAYS]

    def clean(self):
        data = super().clean()
        for day in WEEKDAYS:
            try:
                data[f"hours_{day}"] = parse_intervals(data.get(f"hours_{day}") or "")
            except ValidationError as error:
                self.add_error(f"hours_{day}", error)
        for name, parse in (("closed_dates", parse_dates), ("priority_map", parse_priority_map)):
            try:
                data[name] = parse(data.get(name) or "")
            except ValidationError as error:
                self.add_error(name, error)
        if data.get("availability_enabled") and data.get("target_percent") is None:
            self.add_error("target_percent", _("Give the availability target."))
        return data


class PriorityForm(forms.Form):
    name = forms.CharField(label=_("Priority"), max_length=60, required=False)
    response_value = NumberField(
        label=_("Response"),
        max_digits=8,
        decimal_places=2,
        required=False,
        number_range="range.positive",
    )
    response_unit = forms.ChoiceField(
        label=_("Response time unit"), choices=UNIT_CHOICES, initial="hours"
    )
    response_clock = forms.ChoiceField(
        label=_("Response time counted in"), choices=CLOCK_CHOICES, initial="business"
    )
    resolution_value = NumberField(
        label=_("Resolution"),
        max_digits=8,
        decimal_places=2,
        required=False,
        number_range="range.positive",
    )
    resolution_unit = forms.ChoiceField(
        label=_("Resolution time unit"), choices=UNIT_CHOICES, initial="hours"
    )
    resolution_clock = forms.ChoiceField(
        label=_("Resolution time counted in"), choices=CLOCK_CHOICES, initial="business"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_inputs_in_row(self)


class CreditForm(forms.Form):
    below_percent = NumberField(
        label=_("Availability below (%)"),
        max_digits=6,
        decimal_places=3,
        required=False,
        number_range="range.percent",
    )
    credit_percent = NumberField(
        label=_("Credit, in percent of the monthly fee"),
        max_digits=6,
        decimal_places=2,
        required=False,
        number_range="range.percent",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_inputs_in_row(self)


PriorityFormSet = forms.formset_factory(PriorityForm, extra=2)
CreditFormSet = forms.formset_factory(CreditForm, extra=3)


class TermsForms:
    """The terms form with its two formsets; builds and reads the policy JSON."""

    def __init__(self, data=None, policy: dict | None = None, monthly_fee=None):
        initial, priorities, credits = fields_from_policy(policy or {}, monthly_fee)
        self.form = TermsForm(data, initial=initial)
        self.priorities = PriorityFormSet(data, initial=priorities, prefix="priority")
        self.credits = CreditFormSet(data, initial=credits, prefix="credit")
        self.errors: list[str] = []

    def is_valid(self) -> bool:
        valid = all(f.is_valid() for f in (self.form, self.priorities, self.credits))
        if not valid:
            return False
        try:
            self.policy = policy_from_fields(
                self.form.cleaned_data, self.priorities.cleaned_data, self.credits.cleaned_data
            )
            policy = SlaPolicy.from_dict(self.policy)
            for year in {dt.date.today().year, dt.date.today().year + 1}:
                policy.calendar.holidays_in(year)
        except (PolicyError, CalendarError) as error:
            self.errors.append(
                text_for(getattr(error, "code", "policy.invalid"), detail=str(error))
            )
            return False
        except (NotImplementedError, KeyError) as error:
            self.errors.append(text_for("policy.subdivision_unknown", detail=str(error)))
            return False
        if not self.policy["priorities"]:
            self.errors.append(text_for("policy.no_priorities"))
            return False
        return True

    @property
    def monthly_fee(self):
        return self.form.cleaned_data.get("monthly_fee")


class TicketUploadForm(forms.Form):
    file = forms.FileField(label=_("Ticket export (CSV or XLSX)"))
    events_file = forms.FileField(
        label=_("Status history (optional CSV: id,at,status)"), required=False
    )
    timezone = forms.ChoiceField(label=_("Time zone of the file"), choices=TIMEZONE_CHOICES)
    day_first = forms.BooleanField(
        label=_("Dates are written day first (31/01/2026)"), required=False, initial=True
    )


class DowntimeUploadForm(forms.Form):
    file = forms.FileField(label=_("Downtime log (CSV)"))
    timezone = forms.ChoiceField(label=_("Time zone of the file"), choices=TIMEZONE_CHOICES)
    day_first = forms.BooleanField(
        label=_("Dates are written day first (31/01/2026)"), required=False, initial=True
    )


MAPPING_FIELDS = (
    ("id", _("Ticket number"), True),
    ("created", _("Created"), True),
    ("priority", _("Priority"), True),
    ("first_response", _("First response"), False),
    ("resolved", _("Resolved"), False),
    ("status", _("Status"), False),
    ("subject", _("Subject"), False),
)


# Words that usually name a column, to pre-select the mapping (the user checks it).
COLUMN_HINTS = {
    "id": ("id", "number", "nummer", "ticket", "key", "ref"),
    "created": ("created", "opened", "aangemaakt", "gemeld", "melding", "ouverture", "open"),
    "priority": ("priority", "prioriteit", "prio", "priorité", "urgency", "urgentie"),
    "first_response": ("response", "reply", "reactie", "antwoord", "réponse"),
    "resolved": ("resolved", "solved", "opgelost", "gereed", "résolution", "closed", "gesloten"),
    "status": ("status", "state", "statut"),
    "subject": ("subject", "summary", "title", "onderwerp", "omschrijving", "titre"),
}


def guess_mapping(header: list[str]) -> dict[str, str]:
    guesses: dict[str, str] = {}
    for name, hints in COLUMN_HINTS.items():
        for column in header:
            lowered = column.strip().lower()
            if column not in guesses.values() and any(hint in lowered for hint in hints):
                guesses[name] = column
                break
    return guesses


class ColumnMappingForm(forms.Form):
    """Which column of an unknown export holds which ticket field."""

    def __init__(self, *args, header: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "—")] + [(name, name) for name in header if name]
        guesses = guess_mapping(header)
        for name, label, required in MAPPING_FIELDS:
            self.fields[name] = forms.ChoiceField(
                label=label, choices=choices, required=required, initial=guesses.get(name, "")
            )


class PriorityMappingForm(forms.Form):
    """Contract priority for each helpdesk priority value the terms do not know yet."""

    def __init__(self, *args, values: list[str], priorities: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.values = values
        choices = [(p, p) for p in priorities]
        for index, value in enumerate(values):
            self.fields[f"value_{index}"] = forms.ChoiceField(
                label=value or _("(empty)"), choices=choices
            )

    def mapping(self) -> dict[str, str]:
        return {value: self.cleaned_data[f"value_{i}"] for i, value in enumerate(self.values)}
