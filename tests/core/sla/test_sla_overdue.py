"""Open tickets past their target are breaches as of the evaluation moment ("open, overdue").

Calendar: Mon-Fri 08:30-12:00 and 13:00-17:30 in Brussels. P1: response 1 business hour,
resolution 4 business hours. Monday 2 March 2026 is a working day (no Belgian holiday).
"""

import numpy as np
import pytest

from tests.core.sla.sla_helpers import BRUSSELS, POLICY_DICT, brussels
from vendorpact.core.sla.bulk import BulkEvaluator, TicketColumns, event_state
from vendorpact.core.sla.evaluate import evaluate_ticket
from vendorpact.core.sla.model import StatusEvent, Ticket
from vendorpact.core.sla.monthly import MonthlyCompliance
from vendorpact.core.sla.outcome import MET, NOT_JUDGED, OVERDUE, outcome_code
from vendorpact.core.sla.policy import SlaPolicy, normalise_status

HOUR = 3600
P1_FOUR_HOURS = {
    "response": {"minutes": 60, "clock": "business"},
    "resolution": {"minutes": 240, "clock": "business"},
}
MONDAY_9 = brussels(2026, 3, 2, 9)
ANSWERED = brussels(2026, 3, 2, 9, 20)


@pytest.fixture
def policy() -> SlaPolicy:
    only_p1 = {"priorities": {"P1": P1_FOUR_HOURS}, "priority_map": {}}
    return SlaPolicy.from_dict({**POLICY_DICT, **only_p1})


def open_ticket(created=MONDAY_9, response=ANSWERED, events=(), ticket_id="T-1"):
    history = tuple(StatusEvent(at, status) for at, status in events)
    return Ticket(ticket_id, "P1", created, response, None, history)


def test_open_ticket_within_its_target_is_not_judged_yet(policy):
    # Monday 09:00 -> 11:00 is 2 business hours of the 4: 2 hours left
    result = evaluate_ticket(open_ticket(), policy, now=brussels(2026, 3, 2, 11))
    assert result.resolution_breached is None
    assert result.resolution_remaining_seconds == 2 * HOUR
    assert not result.resolution_overdue


def test_open_ticket_past_its_target_is_a_breach(policy):
    # Monday 09:00-12:00 (3 h) + 13:00-17:30 (4.5 h) + Tuesday 08:30-10:00 (1.5 h) = 9 h
    result = evaluate_ticket(open_ticket(), policy, now=brussels(2026, 3, 3, 10))
    assert result.resolution_breached is True
    assert result.resolution_seconds is None
    assert result.resolution_overdue
    assert result.resolution_remaining_seconds == -5 * HOUR
    # due after 3 h before lunch and 1 h after it
    assert result.due_datetime("resolution", BRUSSELS) == brussels(2026, 3, 2, 14)


def test_open_ticket_exactly_at_its_target_can_still_be_met(policy):
    result = evaluate_ticket(open_ticket(), policy, now=brussels(2026, 3, 2, 14))
    assert result.resolution_breached is None
    assert result.resolution_remaining_seconds == 0


def test_open_ticket_one_second_past_its_target_is_a_breach(policy):
    result = evaluate_ticket(open_ticket(), policy, now=brussels(2026, 3, 2, 14, 0, 1))
    assert result.resolution_breached is True


def test_unanswered_ticket_past_the_response_target_is_a_response_breach(policy):
    unanswered = open_ticket(response=None)
    on_time = evaluate_ticket(unanswered, policy, now=brussels(2026, 3, 2, 10))
    late = evaluate_ticket(unanswered, policy, now=brussels(2026, 3, 2, 10, 0, 1))
    assert (on_time.response_breached, on_time.response_remaining_seconds) == (None, 0)
    assert (late.response_breached, late.response_overdue) == (True, True)


def test_pause_before_the_target_keeps_an_open_ticket_unjudged(policy):
    # 1 business hour active, then waiting for the customer from Monday 10:00 until Friday
    waiting = open_ticket(events=[(brussels(2026, 3, 2, 10), "Waiting for customer")])
    result = evaluate_ticket(waiting, policy, now=brussels(2026, 3, 6, 12))
    assert result.resolution_breached is None
    assert result.resolution_remaining_seconds == 3 * HOUR


def test_pause_after_the_target_keeps_the_breach(policy):
    # Monday 09:00-16:00 active = 6 business hours, then waiting
    waiting = open_ticket(events=[(brussels(2026, 3, 2, 16), "Waiting for customer")])
    result = evaluate_ticket(waiting, policy, now=brussels(2026, 3, 6, 12))
    assert result.resolution_breached is True
    assert result.resolution_remaining_seconds == -2 * HOUR


def test_without_an_evaluation_moment_open_tickets_are_not_judged(policy):
    result = evaluate_ticket(open_ticket(response=None), policy)
    assert (result.response_breached, result.resolution_breached) == (None, None)


def test_resolved_ticket_without_a_first_response_has_no_response_figure(policy):
    resolved = Ticket("T-2", "P1", MONDAY_9, None, brussels(2026, 3, 2, 12))
    result = evaluate_ticket(resolved, policy, now=brussels(2026, 3, 9, 9))
    assert result.response_breached is None
    assert result.response_remaining_seconds is None
    assert result.resolution_breached is False  # 3 business hours of 4


def test_open_overdue_ticket_counts_in_the_month_it_was_created(policy):
    # Tuesday 31 March 16:00 -> Thursday 2 April 10:00 is 1.5 + 8 + 1.5 = 11 business hours
    march_open = open_ticket(created=brussels(2026, 3, 31, 16), response=None)
    answered, resolved = brussels(2026, 3, 30, 9, 30), brussels(2026, 3, 30, 11)
    march_met = Ticket("T-3", "P1", brussels(2026, 3, 30, 9), answered, resolved)
    months = MonthlyCompliance("Europe/Brussels")
    for ticket in (march_open, march_met):
        months.add_result(evaluate_ticket(ticket, policy, now=brussels(2026, 4, 2, 10)))
    (march,) = months.result()
    assert march.month == "2026-03"
    assert (march.responded, march.response_breached, march.response_overdue) == (1, 1, 1)
    assert (march.resolved, march.resolution_breached, march.resolution_overdue) == (1, 1, 1)
    assert (march.response_met, march.resolution_met) == (1, 1)
    # one met of two judged, the ticket that can still be met counted nowhere
    assert march.resolution_compliance_percent == 50.0
    assert march.to_dict()["resolution_overdue"] == 1


def test_open_ticket_that_can_still_be_met_is_left_out_of_the_percentages(policy):
    months = MonthlyCompliance("Europe/Brussels")
    months.add_result(evaluate_ticket(open_ticket(), policy, now=brussels(2026, 3, 2, 11)))
    (march,) = months.result()
    assert (march.tickets, march.resolved, march.resolution_breached) == (1, 0, 0)
    assert march.resolution_compliance_percent is None


# --- the bulk path gives the same outcomes (hand-calculated table) --------------------------

CASES = [
    # (first response, events, now, expected response outcome, expected resolution outcome)
    (ANSWERED, (), brussels(2026, 3, 2, 11), MET, NOT_JUDGED),
    (ANSWERED, (), brussels(2026, 3, 3, 10), MET, OVERDUE),
    (ANSWERED, (), brussels(2026, 3, 2, 14), MET, NOT_JUDGED),
    (None, (), brussels(2026, 3, 2, 10), NOT_JUDGED, NOT_JUDGED),
    (None, (), brussels(2026, 3, 2, 10, 0, 1), OVERDUE, NOT_JUDGED),
    (None, (), brussels(2026, 3, 3, 10), OVERDUE, OVERDUE),
    (ANSWERED, ((brussels(2026, 3, 2, 10), "Waiting for customer"),), brussels(2026, 3, 6, 12),
     MET, NOT_JUDGED),
    (ANSWERED, ((brussels(2026, 3, 2, 16), "Waiting for customer"),), brussels(2026, 3, 6, 12),
     MET, OVERDUE),
]  # fmt: skip


def _bulk_outcomes(policy, ticket, now):
    states = [event_state(policy, normalise_status(e.status)) for e in ticket.events]
    response = np.nan if ticket.first_response is None else ticket.first_response.timestamp()
    columns = TicketColumns(
        priority=np.array([0]),
        created=np.array([ticket.created.timestamp()]),
        first_response=np.array([response]),
        resolved=np.array([np.nan]),
        event_offsets=np.array([0, len(states)]),
        event_at=np.array([e.at.timestamp() for e in ticket.events], dtype=float),
        event_state=np.array(states, dtype=np.int8),
    )
    result = BulkEvaluator(policy).evaluate(columns, now=now.timestamp())
    return int(result.response_breached[0]), int(result.resolution_breached[0])


@pytest.mark.parametrize(("response", "events", "now", "response_code", "resolution_code"), CASES)
def test_bulk_and_per_ticket_paths_agree_on_open_tickets(
    policy, response, events, now, response_code, resolution_code
):
    ticket = open_ticket(response=response, events=events)
    single = evaluate_ticket(ticket, policy, now=now)
    per_ticket = (
        outcome_code(single.response_breached, single.response_seconds),
        outcome_code(single.resolution_breached, single.resolution_seconds),
    )
    assert per_ticket == (response_code, resolution_code)
    assert _bulk_outcomes(policy, ticket, now) == (response_code, resolution_code)


def test_monthly_counts_from_bulk_codes_equal_those_from_results(policy):
    now = brussels(2026, 3, 3, 10)
    tickets = [open_ticket(response=r, events=e, ticket_id=f"T-{i}") for i, (r, e, *_) in
               enumerate(CASES)]  # fmt: skip
    from_results = MonthlyCompliance("Europe/Brussels")
    for ticket in tickets:
        from_results.add_result(evaluate_ticket(ticket, policy, now=now))
    codes = np.array([_bulk_outcomes(policy, ticket, now) for ticket in tickets], dtype=np.int8)
    from_bulk = MonthlyCompliance("Europe/Brussels")
    created = np.array([t.created.timestamp() for t in tickets])
    from_bulk.add_bulk(created, codes[:, 0], codes[:, 1])
    assert [m.to_dict() for m in from_bulk.result()] == [m.to_dict() for m in from_results.result()]
    (march,) = from_bulk.result()
    # at Tuesday 10:00 the answered tickets are 9 h in and overdue, except the one paused at
    # Monday 10:00 (1 h in); the unanswered ones are overdue on both targets
    assert (march.response_overdue, march.resolution_overdue) == (3, 7)
