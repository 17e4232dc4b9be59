"""Forms: SLA terms (calendar, priorities, availability) and the import steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from vendorpact.core.sla.calendar import WEEKDAYS, CalendarError, parse_clock
from vendorpact.core.sla.policy import PolicyError, SlaPolicy
from vendorpact.sla.messages import text_for
from vendorpact.web.fields import NumberField, label_inputs_in_row

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


def _words(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def parse_intervals(text: str) -> list[list[str]]:
    """'08:30-12:00, 13:00-17:30' -> [['08:30', '12:00'], ['13:00', '17:30']]."""
    spans = []
    for part in _words(text):
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


def day_minutes(hours: dict, always_open: bool) -> int:
    """Length of a business day: the longest opening day (24 h for a 24x7 calendar)."""
    if always_open:
        return 1440
    longest = 0
    for spans in hours.values():
        total = 0
        for begin, end in spans:
            length = parse_clock(end) - parse_clock(begin)
            total += length if length > 0 else length + 86400
        longest = max(longest, total)
    return longest // 60 or 1440


def _minutes(value: Decimal, unit: str, clock: str, business_day: int) -> float:
    factor = {"minutes": 1, "hours": 60, "days": business_day if clock == "business" else 1440}
    minutes = float(value) * factor[unit]
    return int(minutes) if minutes.is_integer() else minutes


def _shown(minutes: float, clock: str, business_day: int) -> tuple[Decimal, str]:
    day = business_day if clock == "business" else 1440
    if minutes >= day and minutes % day == 0:
        return Decimal(minutes // day), "days"
    if minutes % 60 == 0:
        return Decimal(minutes // 60), "hours"
    return Decimal(str(minutes)), "minutes"


class TermsForms:
    """The terms form with its two formsets; builds and reads the policy JSON."""

    def __init__(self, data=None, policy: dict | None = None, monthly_fee=None):
        initial, priorities, credits = initial_from_policy(policy or {}, monthly_fee)
        self.form = TermsForm(data, initial=initial)
        self.priorities = PriorityFormSet(data, initial=priorities, prefix="priority")
        self.credits = CreditFormSet(data, initial=credits, prefix="credit")
        self.errors: list[str] = []

    def is_valid(self) -> bool:
        valid = all(f.is_valid() for f in (self.form, self.priorities, self.credits))
        if not valid:
            return False
        try:
            self.policy = self.build_policy()
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

    def build_policy(self) -> dict:
        data = self.form.cleaned_data
        always_open = data["always_open"]
        hours = {day: data[f"hours_{day}"] for day in WEEKDAYS}
        business_day = day_minutes(hours, always_open)
        policy = {
            "timezone": data["timezone"],
            "hours": "24x7" if always_open else hours,
            "holidays": {
                "country": data["holiday_country"] or None,
                "subdivision": data["holiday_subdivision"].strip().upper() or None,
            },
            "closed_dates": data["closed_dates"],
            "pause_statuses": _words(data["pause_statuses"]),
            "vendor_wait_statuses": _words(data["vendor_wait_statuses"]),
            "reopen": data["reopen"],
            "priorities": self._priorities(business_day),
            "priority_map": data["priority_map"],
        }
        if data["availability_enabled"]:
            policy["availability"] = self._availability(data)
        return policy

    def _priorities(self, business_day: int) -> dict:
        priorities = {}
        for row in self.priorities.cleaned_data:
            name = (row.get("name") or "").strip()
            if not name:
                continue
            targets = {}
            for which in ("response", "resolution"):
                value = row.get(f"{which}_value")
                if value is not None:
                    clock = row[f"{which}_clock"]
                    minutes = _minutes(value, row[f"{which}_unit"], clock, business_day)
                    targets[which] = {"minutes": minutes, "clock": clock}
            priorities[name] = targets
        return priorities

    def _availability(self, data) -> dict:
        steps = [
            {
                "below_percent": float(r["below_percent"]),
                "credit_percent": float(r["credit_percent"]),
            }
            for r in self.credits.cleaned_data
            if r.get("below_percent") is not None and r.get("credit_percent") is not None
        ]
        cap = data.get("credit_cap_percent")
        fee = data.get("monthly_fee")
        return {
            "target_percent": float(data["target_percent"]),
            "exclude_planned": data["exclude_planned"],
            "credits": sorted(steps, key=lambda s: -s["below_percent"]),
            "credit_cap_percent": None if cap is None else float(cap),
            "monthly_fee_eur": float(fee or 0),
        }


def _number(value) -> Decimal | None:
    """A Decimal without trailing zeros (1200.0 -> 1200, 99.50 -> 99.5)."""
    if value is None:
        return None
    number = Decimal(str(value))
    return number.quantize(Decimal(1)) if number == number.to_integral() else number.normalize()


def initial_from_policy(policy: dict, monthly_fee=None) -> tuple[dict, list[dict], list[dict]]:
    hours = policy.get("hours") or {}
    always_open = hours == "24x7"
    holidays = policy.get("holidays") or {}
    availability = policy.get("availability")
    initial = {
        "timezone": policy.get("timezone", "Europe/Brussels"),
        "always_open": always_open,
        "holiday_country": holidays.get("country") or "",
        "holiday_subdivision": holidays.get("subdivision") or "",
        "closed_dates": ", ".join(
            dt.date.fromisoformat(d).strftime("%d/%m/%Y") for d in policy.get("closed_dates", [])
        ),
        "pause_statuses": ", ".join(policy.get("pause_statuses", [])),
        "vendor_wait_statuses": ", ".join(policy.get("vendor_wait_statuses", [])),
        "reopen": policy.get("reopen", "continue"),
        "priority_map": "\n".join(f"{k} = {v}" for k, v in policy.get("priority_map", {}).items()),
        "availability_enabled": availability is not None,
        "monthly_fee": _number(monthly_fee),
    }
    for day in WEEKDAYS:
        spans = [] if always_open else hours.get(day, [])
        initial[f"hours_{day}"] = ", ".join(f"{a}-{b}" for a, b in spans)
    if availability:
        initial.update(
            target_percent=_number(availability.get("target_percent")),
            exclude_planned=availability.get("exclude_planned", True),
            credit_cap_percent=_number(availability.get("credit_cap_percent")),
        )
        if monthly_fee is None and availability.get("monthly_fee_eur"):
            initial["monthly_fee"] = _number(availability["monthly_fee_eur"])
    else:
        initial["exclude_planned"] = True
    business_day = day_minutes({} if always_open else hours, always_open)
    priorities = []
    for name, targets in (policy.get("priorities") or {}).items():
        row = {"name": name}
        for which in ("response", "resolution"):
            target = targets.get(which)
            if target:
                minutes = float(target.get("minutes", float(target.get("hours", 0)) * 60))
                clock = target.get("clock", "business")
                value, unit = _shown(minutes, clock, business_day)
                row.update(
                    {f"{which}_value": value, f"{which}_unit": unit, f"{which}_clock": clock}
                )
        priorities.append(row)
    credits = [
        {
            "below_percent": _number(s["below_percent"]),
            "credit_percent": _number(s["credit_percent"]),
        }
        for s in (availability or {}).get("credits", [])
    ]
    return initial, priorities, credits


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
