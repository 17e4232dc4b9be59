"""The terms form reads back what it stores: a policy survives a round trip unchanged."""

from tests.sla.conftest import netcare_policy
from vendorpact.sla.forms import TermsForms


def _post_data(forms: TermsForms) -> dict:
    """What the browser sends for the form as shown (initial values, unchanged)."""
    data = {}
    for form in [forms.form, *forms.priorities.forms, *forms.credits.forms]:
        for name, field in form.fields.items():
            value = form.get_initial_for_field(field, name)
            if value in (None, "", False):
                continue
            data[form.add_prefix(name)] = "on" if value is True else str(value)
    for formset in (forms.priorities, forms.credits):
        management = formset.management_form
        for name in ("TOTAL_FORMS", "INITIAL_FORMS"):
            data[management.add_prefix(name)] = str(management.initial[name])
    return data


def test_netcare_policy_round_trips_through_the_form():
    policy = netcare_policy()
    shown = TermsForms(policy=policy, monthly_fee=1200)
    posted = TermsForms(_post_data(shown), policy=policy)
    assert posted.is_valid(), posted.errors
    assert posted.policy["priorities"] == policy["priorities"]
    assert posted.policy["availability"] == policy["availability"]
    assert posted.policy["hours"] == policy["hours"]
    assert posted.policy["priority_map"] == policy["priority_map"]


def test_business_days_are_shown_as_days():
    shown = TermsForms(policy=netcare_policy())
    p4 = shown.priorities.forms[3]
    assert (p4.initial["response_value"], p4.initial["response_unit"]) == (1, "days")
    assert (p4.initial["resolution_value"], p4.initial["resolution_unit"]) == (10, "days")


def test_unknown_holiday_region_is_refused():
    policy = netcare_policy()
    policy["holidays"]["subdivision"] = "XX"
    shown = TermsForms(policy=policy)
    posted = TermsForms(_post_data(shown), policy=policy)
    assert not posted.is_valid() and "XX" in posted.errors[0]
