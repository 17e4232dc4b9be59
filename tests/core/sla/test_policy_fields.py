"""The business-day arithmetic of the SLA terms (a target in days) and the policy built from the
terms' values."""

from decimal import Decimal

from vendorpact.core.sla.policy_fields import (
    business_day_minutes,
    policy_from_fields,
    shown_target,
    target_minutes,
)

OFFICE = [["08:30", "12:00"], ["13:00", "17:30"]]  # 3.5 h + 4.5 h = 8 h


def test_a_business_day_is_the_longest_opening_day():
    hours = {"mon": OFFICE, "fri": [["08:30", "12:30"]], "sat": [], "sun": []}
    assert business_day_minutes(hours) == 480


def test_a_round_the_clock_calendar_has_days_of_24_hours():
    assert business_day_minutes("24x7") == 1440


def test_an_opening_past_midnight_counts_on_to_the_closing_time():
    assert business_day_minutes({"mon": [["22:00", "06:00"]]}) == 480  # 2 h + 6 h


def test_days_on_the_business_clock_are_business_days():
    assert target_minutes(Decimal(2), "days", "business", 480) == 960


def test_days_on_the_calendar_clock_are_24_hours():
    assert target_minutes(Decimal("1.5"), "days", "calendar", 480) == 2160


def test_a_target_is_shown_in_its_largest_whole_unit():
    assert shown_target(960, "business", 480) == (2, "days")
    assert shown_target(240, "business", 480) == (4, "hours")
    assert shown_target(90, "calendar", 480) == (Decimal(90), "minutes")


def test_a_policy_from_the_terms_values_converts_days_with_the_opening_hours():
    terms = {
        "timezone": "Europe/Brussels",
        "always_open": False,
        **{f"hours_{day}": OFFICE for day in ("mon", "tue", "wed", "thu", "fri")},
        "hours_sat": [],
        "hours_sun": [],
        "holiday_country": "BE",
        "holiday_subdivision": "",
        "closed_dates": ["2026-12-24"],
        "pause_statuses": "pending; waiting for customer",
        "vendor_wait_statuses": "",
        "reopen": "continue",
        "priority_map": {"urgent": "P1"},
        "availability_enabled": False,
    }
    row = {"name": "P1", "response_value": Decimal(1), "response_unit": "hours"}
    row |= {"response_clock": "business", "resolution_value": Decimal(2)}
    row |= {"resolution_unit": "days", "resolution_clock": "business"}
    policy = policy_from_fields(terms, [row, {"name": ""}], [])
    assert policy["priorities"] == {
        "P1": {
            "response": {"minutes": 60, "clock": "business"},
            "resolution": {"minutes": 960, "clock": "business"},
        }
    }
    assert policy["pause_statuses"] == ["pending", "waiting for customer"]
    assert policy["holidays"] == {"country": "BE", "subdivision": None}
    assert "availability" not in policy
