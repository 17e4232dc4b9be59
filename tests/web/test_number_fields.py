"""Every number field of every form reads the user's notation and refuses what is out of range.

The expected outcome of each input is worked out here from the field's range as the issue states
it (percentages 0-100, hours > 0, amounts >= 0, counts >= 0), not taken from the code.
"""

from __future__ import annotations

import inspect
from datetime import date
from decimal import Decimal

import pytest
from django import forms
from django.utils import translation

from tests.sla.test_views import _terms_post
from vendorpact.budget import forms as budget_forms
from vendorpact.common import fields
from vendorpact.common.fields import NumberField
from vendorpact.concerns import forms as concern_forms
from vendorpact.engagements import forms as engagement_forms
from vendorpact.health import forms as health_forms
from vendorpact.health.services import MAX_LINK_DAYS
from vendorpact.orgs import forms as org_forms
from vendorpact.planning import forms as planning_forms
from vendorpact.sla import forms as sla_forms
from vendorpact.sla.models import SlaTerms
from vendorpact.suppliers import forms as supplier_forms

FORM_MODULES = (
    budget_forms,
    engagement_forms,
    org_forms,
    planning_forms,
    concern_forms,
    health_forms,
    sla_forms,
    supplier_forms,
)

# What the user types -> the number it means (None: not a number at all; "" stays empty).
TYPED = {
    "99,5": Decimal("99.5"),
    "1.234,56": Decimal("1234.56"),
    "1,234.56": Decimal("1234.56"),
    "-1": Decimal("-1"),
    "1e9": None,
    "": "",
}


def percent(value):
    return Decimal(0) <= value <= Decimal(100)


def positive(value):
    return value > 0


def not_negative(value):
    return value >= 0


def any_amount(value):
    return True


def whole(low, high=None):
    def allowed(value):
        in_range = low <= value and (high is None or value <= high)
        return value == value.to_integral_value() and in_range

    return allowed


# (form class, field, allowed values, required)
NUMBER_FIELDS = [
    (sla_forms.TermsForm, "target_percent", percent, False),
    (sla_forms.TermsForm, "credit_cap_percent", percent, False),
    (sla_forms.TermsForm, "monthly_fee", not_negative, False),
    (sla_forms.PriorityForm, "response_value", positive, False),
    (sla_forms.PriorityForm, "resolution_value", positive, False),
    (sla_forms.CreditForm, "below_percent", percent, False),
    (sla_forms.CreditForm, "credit_percent", percent, False),
    (budget_forms.BudgetLineForm, "amount", not_negative, True),
    (budget_forms.BudgetLineForm, "estimated_units", positive, False),
    (budget_forms.BudgetLineForm, "cap", not_negative, False),
    (budget_forms.ExtraCostForm, "estimate", positive, True),
    (budget_forms.ManualInvoiceForm, "vat_total", not_negative, False),
    # An invoice line may be negative: a discount on the invoice.
    (budget_forms.ManualInvoiceLineForm, "amount", any_amount, False),
    (engagement_forms.EngagementForm, "duration_months", whole(0), False),
    (engagement_forms.EngagementForm, "renewal_months", whole(0), False),
    (engagement_forms.EngagementForm, "notice_value", whole(0), False),
    (engagement_forms.EngagementForm, "contract_value", not_negative, False),
    (concern_forms.RelationSettingsForm, "concern_ageing_days", whole(1, 365), True),
    (health_forms.HealthLinkForm, "days", whole(1, MAX_LINK_DAYS), True),
]


def bound_form(form_class, data, engagement):
    parameters = inspect.signature(form_class.__init__).parameters
    extra = {}
    if "engagement" in parameters:
        extra["engagement"] = engagement
    if "org" in parameters:
        extra["org"] = engagement.organisation
    return form_class(data, **extra)


def test_every_number_field_of_every_form_is_listed_and_reads_the_users_notation():
    found = set()
    for module in FORM_MODULES:
        for _name, form_class in inspect.getmembers(module, inspect.isclass):
            if not issubclass(form_class, forms.BaseForm) or form_class.__module__ != (
                module.__name__
            ):
                continue
            for field_name, field in form_class.base_fields.items():
                if isinstance(field.widget, forms.HiddenInput):
                    continue  # not typed by a person (e.g. the version of the edited record)
                if isinstance(field, forms.IntegerField | forms.FloatField | forms.DecimalField):
                    assert isinstance(field, NumberField), (form_class, field_name)
                    found.add((form_class, field_name))
    assert found == {(form_class, name) for form_class, name, _allowed, _req in NUMBER_FIELDS}


@pytest.mark.parametrize("typed", list(TYPED))
@pytest.mark.parametrize(
    ("form_class", "name", "allowed", "required"),
    NUMBER_FIELDS,
    ids=[f"{form.__name__}.{name}" for form, name, _a, _r in NUMBER_FIELDS],
)
def test_number_field_stores_or_refuses(engagement_a, form_class, name, allowed, required, typed):
    meant = TYPED[typed]
    with translation.override("nl"):
        form = bound_form(form_class, {name: typed}, engagement_a)
        form.is_valid()
        errors = [str(message) for message in form.errors.get(name, [])] or None
    if meant == "":
        assert (errors is not None) is required
        if required:
            assert errors == ["Dit veld is verplicht."]
        else:
            assert form.cleaned_data[name] is None
    elif meant is None or not allowed(meant):
        assert errors, f"{typed!r} should be refused"
    else:
        assert errors is None
        assert form.cleaned_data[name] == meant


@pytest.mark.parametrize(
    ("form_class", "name", "example"),
    [
        (sla_forms.TermsForm, "target_percent", "99.5"),
        (sla_forms.TermsForm, "monthly_fee", "1,234.56"),
        (engagement_forms.EngagementForm, "notice_value", "12"),
    ],
)
def test_refusal_names_the_expected_format(engagement_a, form_class, name, example):
    with translation.override("en"):
        form = bound_form(form_class, {name: "1e9"}, engagement_a)
        form.is_valid()
        assert example in form.errors[name][0]


def test_out_of_range_percentage_says_so(engagement_a):
    with translation.override("en"):
        form = sla_forms.TermsForm({"target_percent": "995"})
        form.is_valid()
        assert form.errors["target_percent"] == ["Enter a percentage from 0 to 100."]


def test_grouping_that_is_not_by_three_is_refused_with_a_message(engagement_a):
    with translation.override("nl"):
        form = sla_forms.TermsForm({"monthly_fee": "12.34,5"})
        form.is_valid()
        assert "1.234,56" in form.errors["monthly_fee"][0]


def test_lone_point_groups_thousands_in_dutch():
    with translation.override("nl"):
        form = sla_forms.TermsForm({"monthly_fee": "1.234"})
        form.is_valid()
        assert form.cleaned_data["monthly_fee"] == Decimal("1234")


def test_lone_comma_is_the_decimal_mark_in_dutch_and_groups_thousands_in_english():
    with translation.override("nl"):
        dutch = sla_forms.TermsForm({"target_percent": "1,234"})
        dutch.is_valid()
    with translation.override("en"):
        english = sla_forms.TermsForm({"target_percent": "1,234"})
        english.is_valid()
        assert "Enter a percentage from 0 to 100." in english.errors["target_percent"]
    assert dutch.cleaned_data["target_percent"] == Decimal("1.234")


def test_whole_number_field_gives_an_int(engagement_a):
    form = health_forms.HealthLinkForm({"days": "14"})
    assert form.is_valid() and form.cleaned_data["days"] == 14
    assert isinstance(form.cleaned_data["days"], int)


def test_number_inputs_are_text_inputs_with_a_decimal_keyboard():
    html = str(sla_forms.TermsForm()["target_percent"])
    assert 'type="text"' in html and 'inputmode="decimal"' in html


@pytest.mark.parametrize(("lang", "shown"), [("nl", 'value="99,5"'), ("en", 'value="99.5"')])
def test_stored_number_is_shown_in_the_users_notation(lang, shown):
    with translation.override(lang):
        form = sla_forms.TermsForm(initial={"target_percent": Decimal("99.5")})
        html = str(form["target_percent"])
    assert shown in html


# Stored through the page ------------------------------------------------------------------------


def _terms_url(tenancy, engagement):
    return f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/sla/terms/"


def test_terms_page_stores_a_target_typed_with_a_decimal_comma(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    typed = {"target_percent": "99,5", "monthly_fee": "4.800,50", "credit-0-below_percent": "99,5"}
    response = client.post(_terms_url(tenancy, engagement_a), _terms_post(**typed))
    assert response.status_code == 302
    terms = SlaTerms.objects.get(engagement=engagement_a)
    assert terms.policy["availability"]["target_percent"] == 99.5
    assert terms.policy["availability"]["credits"][0]["below_percent"] == 99.5
    assert terms.monthly_fee == Decimal("4800.50")


def test_terms_page_refuses_a_target_of_995_percent(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(_terms_url(tenancy, engagement_a), _terms_post(target_percent="995"))
    assert response.status_code == 200 and not SlaTerms.objects.exists()
    assert "Geef een percentage van 0 tot 100." in response.content.decode()


# Dates on the forms that set contract and planning dates ---------------------------------------


@pytest.mark.parametrize(
    ("form_class", "name"),
    [
        (engagement_forms.EngagementForm, "start_date"),
        (engagement_forms.EngagementForm, "end_date"),
        (budget_forms.BudgetLineForm, "start"),
        (planning_forms.MilestoneForm, "original_due"),
        (planning_forms.SlipForm, "new_due"),
        (planning_forms.TeamMemberForm, "until"),
        (planning_forms.SwapForm, "on"),
        (planning_forms.MeetingForm, "date"),
        (planning_forms.ActionItemForm, "original_due"),
    ],
)
@pytest.mark.parametrize(
    ("typed", "plausible"),
    [("02/01/1990", True), ("31/12/1989", False), ("04/12/2076", True), ("05/12/2076", False)],
)
def test_contract_and_planning_dates_are_plausible(
    monkeypatch, engagement_a, form_class, name, typed, plausible
):
    monkeypatch.setattr(fields.timezone, "localdate", lambda *args: date(2026, 12, 4))
    with translation.override("en"):
        form = bound_form(form_class, {name: typed}, engagement_a)
        form.is_valid()
        errors = [str(message) for message in form.errors.get(name, [])]
    if plausible:
        assert errors == []
    else:
        assert errors == ["Enter a date between 01/01/1990 and 04/12/2076."]
