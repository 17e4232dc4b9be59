import dataclasses
import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.sla.sla_helpers import BRUSSELS, POLICY_DICT, brussels
from vendorpact.core.sla.bulk import BulkEvaluator, TicketColumns, event_state
from vendorpact.core.sla.evaluate import evaluate_epochs, evaluate_ticket
from vendorpact.core.sla.model import StatusEvent, Ticket
from vendorpact.core.sla.outcome import outcome_code
from vendorpact.core.sla.policy import PolicyError, SlaPolicy, normalise_status

HOUR = 3600


def ticket(created, *, priority="P1", response=None, resolved=None, events=()):
    history = tuple(StatusEvent(at, status) for at, status in events)
    return Ticket("T-1", priority, created, response, resolved, history)


def test_friday_17_25_ticket_answered_monday_is_within_one_business_hour(policy):
    result = evaluate_ticket(
        ticket(brussels(2026, 11, 27, 17, 25), response=brussels(2026, 11, 30, 9, 20)), policy
    )
    assert result.response_seconds == 55 * 60
    assert result.response_breached is False


def test_response_exactly_on_target_is_met(policy):
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 2, 9), response=brussels(2026, 3, 2, 10)), policy
    )
    assert result.response_seconds == HOUR
    assert result.response_breached is False


def test_response_one_second_late_is_breached(policy):
    late = brussels(2026, 3, 2, 10, 0, 1)
    result = evaluate_ticket(ticket(brussels(2026, 3, 2, 9), response=late), policy)
    assert result.response_breached is True


def test_pause_spanning_a_weekend_is_not_counted(policy):
    events = [
        (brussels(2026, 3, 6, 16), "Waiting for customer"),  # Friday
        (brussels(2026, 3, 9, 10), "In progress"),  # Monday
    ]
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 6, 9), resolved=brussels(2026, 3, 9, 12), events=events), policy
    )
    # Friday 09:00-16:00 minus lunch = 6 h, Monday 10:00-12:00 = 2 h
    assert result.resolution_seconds == 8 * HOUR
    assert result.resolution_breached is False
    assert result.customer_wait_seconds == 1.5 * HOUR + 1.5 * HOUR


def test_response_clock_never_pauses(policy):
    events = [(brussels(2026, 3, 2, 9, 10), "Waiting for customer")]
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 2, 9), response=brussels(2026, 3, 2, 11), events=events), policy
    )
    assert result.response_seconds == 2 * HOUR


def test_vendor_wait_is_reported_but_not_paused(policy):
    events = [
        (brussels(2026, 3, 2, 10), "Waiting for vendor"),
        (brussels(2026, 3, 2, 11), "In progress"),
    ]
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 2, 9), resolved=brussels(2026, 3, 2, 12), events=events), policy
    )
    assert result.vendor_wait_seconds == HOUR
    assert result.customer_wait_seconds == 0
    assert result.resolution_seconds == 3 * HOUR


def test_vendor_wait_pauses_when_the_contract_says_so():
    data = {**POLICY_DICT, "pause_statuses": ["Waiting for customer", "Waiting for vendor"]}
    events = [
        (brussels(2026, 3, 2, 10), "Waiting for vendor"),
        (brussels(2026, 3, 2, 11), "In progress"),
    ]
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 2, 9), resolved=brussels(2026, 3, 2, 12), events=events),
        SlaPolicy.from_dict(data),
    )
    assert result.resolution_seconds == 2 * HOUR
    assert result.vendor_wait_seconds == HOUR


REOPENED = [
    (brussels(2026, 3, 2, 11), "Resolved"),
    (brussels(2026, 3, 3, 9), "Open"),
]


def test_reopen_continues_the_resolution_clock_by_default(policy):
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 2, 9), resolved=brussels(2026, 3, 3, 10), events=REOPENED), policy
    )
    assert result.resolution_seconds == 3 * HOUR
    assert result.reopen_count == 1


def test_reopen_restarts_the_resolution_clock_when_configured():
    policy = SlaPolicy.from_dict({**POLICY_DICT, "reopen": "restart"})
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 2, 9), resolved=brussels(2026, 3, 3, 10), events=REOPENED), policy
    )
    assert result.resolution_seconds == HOUR


def test_changing_priority_reevaluates_and_keeps_earlier_pauses(policy):
    events = [
        (brussels(2026, 3, 2, 10), "Waiting for customer"),
        (brussels(2026, 3, 4, 10), "In progress"),
    ]
    original = ticket(brussels(2026, 3, 2, 9), resolved=brussels(2026, 3, 4, 17), events=events)
    as_p1 = evaluate_ticket(original, policy)
    as_p2 = evaluate_ticket(dataclasses.replace(original, priority="P2"), policy)
    assert as_p1.resolution_seconds == as_p2.resolution_seconds == 7 * HOUR
    assert (as_p1.resolution_breached, as_p2.resolution_breached) == (False, False)
    assert as_p1.resolution_due < as_p2.resolution_due


def test_open_ticket_gets_remaining_time_and_a_due_moment(policy):
    created = brussels(2026, 3, 2, 9)
    result = evaluate_ticket(ticket(created), policy, now=brussels(2026, 3, 2, 11))
    assert result.resolution_seconds is None
    assert result.resolution_breached is None
    assert result.resolution_remaining_seconds == 6 * HOUR
    assert result.due_datetime("resolution", BRUSSELS) == brussels(2026, 3, 3, 9, 0)


def test_open_ticket_in_a_pause_has_no_due_moment(policy):
    events = [(brussels(2026, 3, 2, 10), "Waiting for customer")]
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 2, 9), events=events), policy, now=brussels(2026, 3, 3, 9)
    )
    assert result.resolution_due is None
    assert result.resolution_remaining_seconds == 7 * HOUR


def test_calendar_clock_counts_nights_and_weekends(policy):
    result = evaluate_ticket(
        ticket(brussels(2026, 3, 6, 18), priority="P3", resolved=brussels(2026, 3, 9, 8)), policy
    )
    assert result.resolution_seconds == 62 * HOUR


def test_helpdesk_priority_label_maps_onto_the_contract_priority(policy):
    result = evaluate_ticket(ticket(brussels(2026, 3, 2, 9), priority="Highest"), policy)
    assert result.priority == "P1"


def test_unknown_priority_is_an_error(policy):
    with pytest.raises(PolicyError) as raised:
        evaluate_ticket(ticket(brussels(2026, 3, 2, 9), priority="P7"), policy)
    assert raised.value.code == "ticket.priority_unknown"


def test_policy_roundtrips_through_json(policy, tmp_path):
    path = tmp_path / "policy.json"
    policy.save(path)
    again = SlaPolicy.load(path)
    sample = ticket(brussels(2026, 3, 2, 9), response=brussels(2026, 3, 3, 9))
    assert evaluate_ticket(sample, again) == evaluate_ticket(sample, policy)


# --- bulk path agrees with the per-ticket path ------------------------------------------------

STATUSES = ["In progress", "Waiting for customer", "Waiting for vendor", "Resolved", "Open"]
BASE = dt.datetime(2026, 1, 5, 8, tzinfo=BRUSSELS).timestamp()
minutes = st.integers(min_value=0, max_value=60 * 24 * 20)

ticket_shapes = st.fixed_dictionaries(
    {
        "priority": st.sampled_from(["P1", "P2", "P3"]),
        "created": st.integers(min_value=0, max_value=60 * 24 * 400),  # crosses DST and holidays
        "response_after": st.none() | minutes,
        "resolved_after": st.none() | minutes,
        "events": st.lists(st.tuples(minutes, st.sampled_from(STATUSES)), max_size=6),
    }
)


def _columns(policy, shapes):
    keys = list(policy.priorities)
    created, response, resolved, offsets, at, state = [], [], [], [0], [], []
    for shape in shapes:
        start = BASE + shape["created"] * 60
        created.append(start)
        response.append(
            math.nan if shape["response_after"] is None else start + shape["response_after"] * 60
        )
        resolved.append(
            math.nan if shape["resolved_after"] is None else start + shape["resolved_after"] * 60
        )
        for offset, status in sorted(shape["events"], key=lambda e: e[0]):
            at.append(start + offset * 60 - 3600)
            state.append(event_state(policy, normalise_status(status)))
        offsets.append(len(at))
    return TicketColumns(
        priority=np.array([keys.index(s["priority"]) for s in shapes]),
        created=np.array(created),
        first_response=np.array(response),
        resolved=np.array(resolved),
        event_offsets=np.array(offsets),
        event_at=np.array(at, dtype=float),
        event_state=np.array(state, dtype=np.int8),
    )


def _none_if_nan(value):
    return None if math.isnan(value) else value


# now: none (open tickets not judged), amid the tickets (some open ones overdue, some not),
# after all of them (every open ticket overdue)
@pytest.mark.parametrize("now", [None, BASE + 200 * 24 * 3600, BASE + 420 * 24 * 3600])
@pytest.mark.parametrize("reopen", ["continue", "restart"])
@settings(max_examples=60, deadline=None)
@given(shapes=st.lists(ticket_shapes, min_size=1, max_size=8))
def test_bulk_evaluation_equals_per_ticket_evaluation(reopen, now, shapes):
    policy = SlaPolicy.from_dict({**POLICY_DICT, "reopen": reopen})
    columns = _columns(policy, shapes)
    bulk = BulkEvaluator(policy).evaluate(columns, now=now)
    for i, shape in enumerate(shapes):
        start = columns.created[i]
        events = [
            (start + offset * 60 - 3600, normalise_status(status))
            for offset, status in sorted(shape["events"], key=lambda e: e[0])
        ]
        single = evaluate_epochs(
            policy,
            "T",
            shape["priority"],
            start,
            _none_if_nan(columns.first_response[i]),
            _none_if_nan(columns.resolved[i]),
            events,
            now,
        )
        assert _none_if_nan(bulk.response_seconds[i]) == single.response_seconds
        assert _none_if_nan(bulk.resolution_seconds[i]) == pytest.approx(single.resolution_seconds)
        assert bulk.customer_wait_seconds[i] == pytest.approx(single.customer_wait_seconds)
        assert bulk.vendor_wait_seconds[i] == pytest.approx(single.vendor_wait_seconds)
        assert bulk.response_breached[i] == outcome_code(
            single.response_breached, single.response_seconds
        )
        assert bulk.resolution_breached[i] == outcome_code(
            single.resolution_breached, single.resolution_seconds
        )
        remaining = _none_if_nan(bulk.resolution_remaining_seconds[i])
        assert remaining == pytest.approx(single.resolution_remaining_seconds)
        response_left = _none_if_nan(bulk.response_remaining_seconds[i])
        assert response_left == single.response_remaining_seconds
