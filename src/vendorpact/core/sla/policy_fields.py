"""The SLA terms as a person fills them in, and back: the policy (the interchange JSON of
docs/sla-formats.md) built from the terms form's values, and the values shown for a stored
policy. A target given in days counts business days on the business clock (see
`business_day_minutes`) and 24 hours on the calendar clock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from vendorpact.core.sla.calendar import DAY_SECONDS, WEEKDAYS, parse_clock

CALENDAR_DAY_MINUTES = 1440
UNIT_MINUTES = {"minutes": 1, "hours": 60}


def words(text: str) -> list[str]:
    """'pending; waiting, hold' -> ['pending', 'waiting', 'hold']."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def business_day_minutes(hours: dict | str) -> int:
    """Length of a business day: the longest opening day of the policy's `hours`; 24 hours for
    "24x7" or a calendar without opening hours. A span past midnight (22:00-06:00) counts on."""
    if hours == "24x7":
        return CALENDAR_DAY_MINUTES
    longest = 0
    for spans in hours.values():
        total = 0
        for begin, end in spans:
            length = parse_clock(end) - parse_clock(begin)
            total += length if length > 0 else length + DAY_SECONDS
        longest = max(longest, total)
    return longest // 60 or CALENDAR_DAY_MINUTES


def target_minutes(value: Decimal, unit: str, clock: str, business_day: int) -> float:
    """A target entered as `value` `unit` (minutes, hours, days) in minutes."""
    day = business_day if clock == "business" else CALENDAR_DAY_MINUTES
    minutes = float(value) * {**UNIT_MINUTES, "days": day}[unit]
    return int(minutes) if minutes.is_integer() else minutes


def shown_target(minutes: float, clock: str, business_day: int) -> tuple[Decimal, str]:
    """A target in minutes as the largest whole unit: (2, "days"), (4, "hours"), (90, ...)."""
    day = business_day if clock == "business" else CALENDAR_DAY_MINUTES
    if minutes >= day and minutes % day == 0:
        return Decimal(minutes // day), "days"
    if minutes % 60 == 0:
        return Decimal(minutes // 60), "hours"
    return Decimal(str(minutes)), "minutes"


def plain_number(value) -> Decimal | None:
    """A Decimal without trailing zeros (1200.0 -> 1200, 99.50 -> 99.5)."""
    if value is None:
        return None
    number = Decimal(str(value))
    return number.quantize(Decimal(1)) if number == number.to_integral() else number.normalize()


def policy_from_fields(terms: dict, priority_rows: list[dict], credit_rows: list[dict]) -> dict:
    """The policy from the terms' values (opening hours per day already as spans, closed dates
    as ISO dates, the priority map as a dict), the priority rows and the credit rows."""
    always_open = terms["always_open"]
    hours = "24x7" if always_open else {day: terms[f"hours_{day}"] for day in WEEKDAYS}
    policy = {
        "timezone": terms["timezone"],
        "hours": hours,
        "holidays": {
            "country": terms["holiday_country"] or None,
            "subdivision": terms["holiday_subdivision"].strip().upper() or None,
        },
        "closed_dates": terms["closed_dates"],
        "pause_statuses": words(terms["pause_statuses"]),
        "vendor_wait_statuses": words(terms["vendor_wait_statuses"]),
        "reopen": terms["reopen"],
        "priorities": _priorities(priority_rows, business_day_minutes(hours)),
        "priority_map": terms["priority_map"],
    }
    if terms["availability_enabled"]:
        policy["availability"] = _availability(terms, credit_rows)
    return policy


def _priorities(rows: list[dict], business_day: int) -> dict:
    priorities = {}
    for row in rows:
        name = (row.get("name") or "").strip()
        if not name:
            continue
        targets = {}
        for which in ("response", "resolution"):
            value = row.get(f"{which}_value")
            if value is not None:
                clock = row[f"{which}_clock"]
                minutes = target_minutes(value, row[f"{which}_unit"], clock, business_day)
                targets[which] = {"minutes": minutes, "clock": clock}
        priorities[name] = targets
    return priorities


def _availability(terms: dict, credit_rows: list[dict]) -> dict:
    steps = [
        {
            "below_percent": float(row["below_percent"]),
            "credit_percent": float(row["credit_percent"]),
        }
        for row in credit_rows
        if row.get("below_percent") is not None and row.get("credit_percent") is not None
    ]
    cap = terms.get("credit_cap_percent")
    fee = terms.get("monthly_fee")
    return {
        "target_percent": float(terms["target_percent"]),
        "exclude_planned": terms["exclude_planned"],
        "credits": sorted(steps, key=lambda step: -step["below_percent"]),
        "credit_cap_percent": None if cap is None else float(cap),
        "monthly_fee_eur": float(fee or 0),
    }


def fields_from_policy(policy: dict, monthly_fee=None) -> tuple[dict, list[dict], list[dict]]:
    """The values to show for a stored policy: the terms, a row per priority, a row per credit
    step."""
    hours = policy.get("hours") or {}
    always_open = hours == "24x7"
    holidays = policy.get("holidays") or {}
    availability = policy.get("availability")
    terms = {
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
        "monthly_fee": plain_number(monthly_fee),
    }
    for day in WEEKDAYS:
        spans = [] if always_open else hours.get(day, [])
        terms[f"hours_{day}"] = ", ".join(f"{a}-{b}" for a, b in spans)
    if availability:
        terms.update(
            target_percent=plain_number(availability.get("target_percent")),
            exclude_planned=availability.get("exclude_planned", True),
            credit_cap_percent=plain_number(availability.get("credit_cap_percent")),
        )
        if monthly_fee is None and availability.get("monthly_fee_eur"):
            terms["monthly_fee"] = plain_number(availability["monthly_fee_eur"])
    else:
        terms["exclude_planned"] = True
    business_day = business_day_minutes(hours)
    priorities = [
        _priority_row(name, targets, business_day)
        for name, targets in (policy.get("priorities") or {}).items()
    ]
    credits = [
        {
            "below_percent": plain_number(step["below_percent"]),
            "credit_percent": plain_number(step["credit_percent"]),
        }
        for step in (availability or {}).get("credits", [])
    ]
    return terms, priorities, credits


def _priority_row(name: str, targets: dict, business_day: int) -> dict:
    row = {"name": name}
    for which in ("response", "resolution"):
        target = targets.get(which)
        if target:
            minutes = float(target.get("minutes", float(target.get("hours", 0)) * 60))
            clock = target.get("clock", "business")
            value, unit = shown_target(minutes, clock, business_day)
            row.update({f"{which}_value": value, f"{which}_unit": unit, f"{which}_clock": clock})
    return row
