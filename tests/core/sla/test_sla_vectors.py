"""The shared SLA test vectors (GLPI, Zammad, businesstime/businesstimedelta).

Cases whose semantics VendorPact deliberately does not share are listed in SKIPPED with the
reason (see docs/sla-formats.md, "Differences from other implementations").
"""

import datetime as dt
import json
import math
from zoneinfo import ZoneInfo

import pytest

from tests.core.sla.sla_helpers import shared_data_dir
from vendorpact.core.sla.calendar import BusinessCalendar
from vendorpact.core.sla.evaluate import evaluate_ticket
from vendorpact.core.sla.model import StatusEvent, Ticket
from vendorpact.core.sla.policy import PriorityTargets, SlaPolicy, Target

SKIP_OPS = {
    "add_working_days": "GLPI 'working days' mode keeps the time of day and clamps to the end of "
    "the working day; VendorPact targets are durations of business time (minutes/hours)",
}
NULL_IN_DAY = "GLPI addDelayInDay refuses delays that do not fit in one day; VendorPact spills over"
REVERSED = "reversed interval: businesstime returns a negative span, VendorPact returns 0"
ZAMMAD_FIRST_RESPONSE = (
    "Zammad pauses the first-response clock too; VendorPact's response clock never pauses"
)
GLPI_DAY_UNIT = "GLPI 'day' targets are working days (end-of-day clamping); not a VendorPact unit"
SKIPPED = {
    "glpi-inday-06": NULL_IN_DAY,
    "glpi-inday-12": NULL_IN_DAY,
    "bt-19": REVERSED,
    "bt-22": REVERSED,
    "zammad-34": ZAMMAD_FIRST_RESPONSE,
    "zammad-35": ZAMMAD_FIRST_RESPONSE,
}


def _load(name):
    path = shared_data_dir() / "sla" / name
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(data, case) for case in data["cases"]]


CASES = _load("glpi.json") + _load("zammad.json") + _load("python-peers.json")


def _case_id(item):
    return item[1]["id"]


def _closed_dates(holidays):
    dates = []
    for entry in holidays:
        if isinstance(entry, str):
            dates.append(dt.date.fromisoformat(entry))
            continue
        begin = dt.date.fromisoformat(entry["begin_date"])
        end = dt.date.fromisoformat(entry["end_date"])
        years = range(begin.year - 2, begin.year + 3) if entry.get("is_perpetual") else [0]
        for year in years:
            first = begin.replace(year=year) if year else begin
            last = end.replace(year=year) if year else end
            day = first
            while day <= last:
                dates.append(day)
                day += dt.timedelta(days=1)
    return dates


def _calendar(data, case):
    spec = case["calendar"]
    if isinstance(spec, str):
        spec = data["calendars"][spec]
    return BusinessCalendar(
        spec["weekly"],
        timezone=spec.get("timezone") or "UTC",
        closed_dates=_closed_dates(spec.get("holidays", [])),
    )


def _moment(text, calendar):
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=calendar.zone)


def _same_instant(actual, expected_text, calendar):
    assert actual == _moment(expected_text, calendar), (actual.isoformat(), expected_text)


def _check_business_seconds(case, calendar):
    start, end = _moment(case["start"], calendar), _moment(case["end"], calendar)
    assert calendar.business_seconds(start, end) == case["expected_seconds"]


def _check_add_seconds(case, calendar):
    start = _moment(case["start"], calendar)
    _same_instant(
        calendar.add_business_time(start, case["seconds"]), case["expected_end"], calendar
    )


def _check_roundtrip(case, calendar):
    start = _moment(case["start"], calendar)
    there = calendar.add_business_time(start, case["seconds"])
    _same_instant(
        calendar.add_business_time(there, -case["seconds"]), case["expected_end"], calendar
    )


def _check_add_minutes(case, calendar):
    start = _moment(case["start"], calendar)
    end = calendar.add_business_time(start, case["minutes"] * 60)
    _same_instant(end, case["expected_end"], calendar)


def _check_minutes_between(case, calendar):
    start, end = _moment(case["start"], calendar), _moment(case["end"], calendar)
    minutes = math.floor(calendar.business_seconds(start, end) / 60)
    assert minutes == case["expected_minutes"]
    assert case["sla_minutes"] - minutes == case["expected_diff_minutes"]


def _check_elapsed_raw(case, calendar):
    clock = BusinessCalendar.twenty_four_seven(calendar.timezone)
    start, end = _moment(case["start"], calendar), _moment(case["end"], calendar)
    assert clock.business_seconds(start, end) == case["expected_seconds"]


def _check_working_day(case, calendar):
    assert calendar.is_working_day(dt.date.fromisoformat(case["date"])) == case["expected"]


def _check_holiday(case, calendar):
    assert calendar.is_closed_day(dt.date.fromisoformat(case["date"])) == case["expected"]


def _check_working_hour(case, calendar):
    assert calendar.is_open(_moment(case["at"], calendar)) == case["expected"]


REFERENCE_MONDAY = dt.date(2019, 1, 7)


def _check_in_day(case, calendar):
    offset = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(case["weekday"])
    day = REFERENCE_MONDAY + dt.timedelta(days=offset)
    start = dt.datetime.combine(day, dt.time.fromisoformat(case["time"]), calendar.zone)
    end = calendar.add_business_time(start, case["delay_seconds"])
    assert end.date() == day
    assert end.time() == dt.time.fromisoformat(case["expected_time"])


def _pause_events(pauses, calendar):
    events = []
    for pause in pauses:
        events.append(StatusEvent(_moment(pause["from"], calendar), "waiting"))
        events.append(StatusEvent(_moment(pause["to"], calendar), "assigned"))
    return tuple(events)


def _check_glpi_target(case, calendar):
    if case["la_unit"] == "day":
        pytest.skip(GLPI_DAY_UNIT)
    seconds = case["la_amount"] * (60 if case["la_unit"] == "minute" else 3600)
    target = Target(seconds)
    policy = SlaPolicy(
        calendar, {"X": PriorityTargets(target, target)}, pause_statuses=frozenset({"waiting"})
    )
    begin = _moment(case["begin"], calendar)
    ticket = Ticket("glpi", "X", begin, events=_pause_events(case["pauses"], calendar))
    result = evaluate_ticket(ticket, policy)
    which = "response" if case["la_type"] == "TTO" else "resolution"
    _same_instant(result.due_datetime(which, calendar.zone), case["expected_target"], calendar)
    waiting = result.customer_wait_seconds if which == "resolution" else 0
    assert waiting == case["expected_waiting_business_seconds"]


def _check_zammad_history(case, calendar):
    history = case["state_history"]
    events = tuple(StatusEvent(_moment(h["at"], calendar), h["state"]) for h in history)
    resolution = Target(case["solution_minutes"] * 60)
    policy = SlaPolicy(
        calendar,
        {"X": PriorityTargets(None, resolution)},
        pause_statuses=frozenset(case["pause_states"]) - {"closed"},
        resolved_statuses=frozenset({"closed"}),
    )
    created = _moment(history[0]["at"], calendar)
    ticket = Ticket("zammad", "X", created, events=events)
    result = evaluate_ticket(ticket, policy)
    due = result.due_datetime("resolution", ZoneInfo("UTC"))
    _same_instant(due, case["expected_solution_due"], calendar)
    assert result.resolution_seconds / 60 == case["expected_close_in_minutes"]
    assert (
        case["solution_minutes"] - result.resolution_seconds / 60
        == case["expected_close_diff_minutes"]
    )


CHECKS = {
    "business_seconds_between": _check_business_seconds,
    "add_business_seconds": _check_add_seconds,
    "add_then_subtract_roundtrip": _check_roundtrip,
    "add_business_minutes": _check_add_minutes,
    "business_minutes_between": _check_minutes_between,
    "elapsed_seconds_raw": _check_elapsed_raw,
    "is_working_day": _check_working_day,
    "is_working_hour": _check_working_hour,
    "is_holiday": _check_holiday,
    "add_within_single_day": _check_in_day,
    "sla_target": _check_glpi_target,
    "sla_targets_with_state_history": _check_zammad_history,
}


@pytest.mark.skipif(not CASES, reason="shared data folder ../shared/data/sla is absent")
@pytest.mark.parametrize("item", CASES, ids=_case_id)
def test_shared_vector(item):
    data, case = item
    if case["id"] in SKIPPED:
        pytest.skip(SKIPPED[case["id"]])
    if case["op"] in SKIP_OPS:
        pytest.skip(SKIP_OPS[case["op"]])
    CHECKS[case["op"]](case, _calendar(data, case))


def test_every_vector_operation_is_handled_or_skipped_with_reason():
    operations = {case["op"] for _, case in CASES}
    assert operations <= set(CHECKS) | set(SKIP_OPS)
