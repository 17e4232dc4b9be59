"""The agreement form: the single values of terms.json (lists come from the budget, planning and
service-level tabs), the options with their explanations, mode and language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.agreements.models import Language, Mode
from vendorpact.common.fields import NumberField
from vendorpact.core.agreements import OPTIONS
from vendorpact.engagements.forms import DateInput

CADENCES = [
    ("", "—"),
    ("weekly", _("weekly")),
    ("monthly", _("monthly")),
    ("quarterly", _("quarterly")),
]
SUPPORT_DAYS = [("", "—"), ("weekdays", _("working days")), ("all", _("every day"))]
PERIODS = [("", "—"), ("month", _("month")), ("quarter", _("quarter")), ("year", _("year"))]


def _text(label):
    return lambda: forms.CharField(label=label, required=False, max_length=300)


def _whole(label):
    return lambda: forms.IntegerField(label=label, required=False, min_value=0)


def _amount(label):
    return lambda: NumberField(label=label, required=False)


def _choice(label, choices):
    return lambda: forms.ChoiceField(label=label, required=False, choices=choices)


def _date(label):
    return lambda: forms.DateField(label=label, required=False, widget=DateInput())


# (JSON path in terms.json, form field factory), grouped for the page
GROUPS = [
    (
        _("Parties"),
        [
            ("client.name", _text(_("Our organisation"))),
            ("client.vat", _text(_("Our VAT number"))),
            ("client.address", _text(_("Our address"))),
            ("client.representative", _text(_("Signs for us"))),
            ("client.function", _text(_("Function of our signatory"))),
            ("supplier.name", _text(_("Supplier"))),
            ("supplier.vat", _text(_("Supplier's VAT number"))),
            ("supplier.address", _text(_("Supplier's address"))),
            ("supplier.representative", _text(_("Signs for the supplier"))),
            ("supplier.function", _text(_("Function of the supplier's signatory"))),
        ],
    ),
    (
        _("Budget and payment"),
        [
            ("quote.reference", _text(_("Quote reference"))),
            ("quote.date", _date(_("Quote date"))),
            ("prices.project_price", _amount(_("Project price (EUR excl. VAT)"))),
            ("prices.startup_fee", _amount(_("Start-up fee (EUR excl. VAT)"))),
            ("prices.monthly_fee", _amount(_("Monthly fee (EUR excl. VAT)"))),
            ("prices.budget_cap", _amount(_("Maximum budget (EUR excl. VAT)"))),
            ("prices.indexation_cap_percent", _amount(_("Maximum yearly indexation (%)"))),
            ("payment_days", _whole(_("Payment term (days)"))),
            ("delay_penalty.percent_per_week", _amount(_("Delay penalty per week (%)"))),
            ("delay_penalty.cap_percent", _amount(_("Delay penalty cap (%)"))),
        ],
    ),
    (
        _("Timing, team and rollout"),
        [
            ("start_date", _date(_("Start date"))),
            ("replacement_notice_days", _whole(_("Notice before replacing a team member (days)"))),
            ("warranty_days", _whole(_("Warranty (days)"))),
            ("training_hours", _whole(_("Training (hours)"))),
            ("reporting", _choice(_("Progress reports"), CADENCES)),
            ("meetings", _choice(_("Steering meetings"), CADENCES)),
        ],
    ),
    (
        _("Support and service levels"),
        [
            ("support.days", _choice(_("Support days"), SUPPORT_DAYS)),
            ("support.opens", _text(_("Support opens (hh:mm)"))),
            ("support.closes", _text(_("Support closes (hh:mm)"))),
            ("support.phone", _text(_("Support phone"))),
            ("support.email", _text(_("Support e-mail"))),
            ("availability.percent", _amount(_("Availability (%)"))),
            ("availability.period", _choice(_("Availability measured per"), PERIODS)),
            ("service_credits.per_breach_percent", _amount(_("Credit per missed target (%)"))),
            (
                "service_credits.cap_percent",
                _amount(_("Credit cap (percentage of the monthly fee)")),
            ),
        ],
    ),
    (
        _("Term and exit"),
        [
            ("term_months", _whole(_("Initial term (months)"))),
            ("renewal_months", _whole(_("Renewal term (months)"))),
            ("notice_days", _whole(_("Notice period (days)"))),
            ("data_return.format", _text(_("Data returned in format"))),
            ("data_return.days", _whole(_("Data returned within (days)"))),
            ("transition_months", _whole(_("Transition assistance (months)"))),
            ("escrow_agent", _text(_("Escrow agent"))),
            ("court", _text(_("Courts of"))),
        ],
    ),
]
PATHS = [path for _group, fields in GROUPS for path, _factory in fields]


def field_name(path: str) -> str:
    return path.replace(".", "__")


def value_at(terms: dict, path: str):
    value = terms
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _initial(value):
    if isinstance(value, dict):  # a text per language: the form edits it as one string
        return value.get("nl") or value.get("en") or value.get("fr") or ""
    return value


class AgreementForm(forms.Form):
    mode = forms.ChoiceField(label=_("Document"), choices=Mode.choices, widget=forms.RadioSelect)
    language = forms.ChoiceField(label=_("Language of the agreement"), choices=Language.choices)

    def __init__(self, *args, terms: dict, ui_lang: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.terms = terms
        for _group, fields in GROUPS:
            for path, factory in fields:
                field = factory()
                field.initial = _initial(value_at(terms, path))
                self.fields[field_name(path)] = field
        chosen = terms.get("options", {})
        for option in OPTIONS:
            self.fields[f"option__{option.id}"] = forms.ChoiceField(
                label=option.labels.get(ui_lang, option.labels["en"]),
                choices=[(c.value, c.labels.get(ui_lang, c.labels["en"])) for c in option.choices],
                initial=chosen.get(option.id, option.default),
                widget=forms.RadioSelect,
            )

    def groups(self):
        return [
            (title, [self[field_name(path)] for path, _f in fields]) for title, fields in GROUPS
        ]

    def option_fields(self):
        return [self[f"option__{option.id}"] for option in OPTIONS]

    def label_of(self, path: str) -> str | None:
        name = field_name(path)
        return str(self.fields[name].label) if name in self.fields else None

    def terms_from_input(self) -> dict:
        """The pre-filled terms with every single value as entered (an emptied field leaves the
        terms) and the chosen options."""
        terms = {key: value for key, value in self.terms.items()}
        for path in PATHS:
            _set(terms, path, _json_value(self.cleaned_data.get(field_name(path))))
        terms["options"] = {
            option.id: self.cleaned_data[f"option__{option.id}"] for option in OPTIONS
        }
        return terms


def _json_value(value):
    if value in (None, ""):
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value.strip() if isinstance(value, str) else value


def _set(terms: dict, path: str, value) -> None:
    """Set (or, for None, remove) the value at path, copying the dicts on the way."""
    *parents, last = path.split(".")
    target = terms
    chain = []
    for part in parents:
        child = dict(target.get(part) or {})
        target[part] = child
        chain.append((target, part))
        target = child
    if value is None:
        target.pop(last, None)
    else:
        target[last] = value
    for parent, part in reversed(chain):
        if not parent[part]:
            del parent[part]
