"""Stored results judged later give what the engine gives as of that moment.

``stored.StoredEvaluator`` evaluates without an evaluation moment; ``*_outcome_as_of`` and
``*_remaining`` then judge the open items. For any moment at or after every ticket's last
event, that must equal ``BulkEvaluator.evaluate(cols, now)`` (the CLI's engine), ticket by
ticket, on random histories: answered or not, resolved or not, paused, waiting for a third
party, reopened.
"""

import datetime as dt
import math

import numpy as np
import pytest

from tests.core.sla.sla_helpers import OFFICE_HOURS, brussels
from vendorpact.core.sla.bulk import (
    ACTIVE,
    CUSTOMER_WAIT,
    STOPPED,
    VENDOR_PAUSED,
    VENDOR_WAIT,
    BulkEvaluator,
    TicketColumns,
)
from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.core.sla.stored import (
    StoredEvaluator,
    due_after,
    resolution_outcome_as_of,
    resolution_remaining,
    response_outcome_as_of,
    response_remaining,
)

POLICY = SlaPolicy.from_dict(
    {
        "timezone": "Europe/Brussels",
        "hours": OFFICE_HOURS | {"sat": [], "sun": []},
        "holidays": {"country": "BE", "subdivision": None},
        "pause_statuses": ["pending"],
        "vendor_wait_statuses": ["hold"],
        "priorities": {
            "P1": {
                "response": {"minutes": 30, "clock": "business"},
                "resolution": {"minutes": 240, "clock": "business"},
            },
            "P2": {
                "response": {"minutes": 120, "clock": "calendar"},
                "resolution": {"minutes": 24 * 60, "clock": "calendar"},
            },
            "P3": {"response": None, "resolution": {"minutes": 3 * 540, "clock": "business"}},
        },
    }
)
START = brussels(2026, 3, 2, 8).timestamp()
STATES = (ACTIVE, CUSTOMER_WAIT, VENDOR_WAIT, VENDOR_PAUSED, STOPPED)


def random_columns(count: int, seed: int) -> TicketColumns:
    rng = np.random.default_rng(seed)
    created = START + np.round(rng.uniform(0, 20 * 86400, count) / 60) * 60
    first = created + np.round(rng.uniform(60, 4 * 3600, count) / 60) * 60
    first[rng.random(count) < 0.4] = np.nan
    resolved = created + np.round(rng.uniform(3600, 5 * 86400, count) / 60) * 60
    resolved[rng.random(count) < 0.6] = np.nan
    counts = rng.integers(0, 4, count)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    at, state = [], []
    for i in range(count):
        moments = np.sort(created[i] + np.round(rng.uniform(0, 3 * 86400, counts[i]) / 60) * 60)
        at.extend(moments.tolist())
        state.extend(rng.choice(STATES, counts[i]).tolist())
    return TicketColumns(
        priority=rng.integers(0, 3, count),
        created=created,
        first_response=first,
        resolved=resolved,
        event_offsets=offsets,
        event_at=np.asarray(at, dtype=np.float64),
        event_state=np.asarray(state, dtype=np.int8),
    )


def optional(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stored_results_judged_later_equal_the_engine_as_of_that_moment(seed):
    cols = random_columns(400, seed)
    stored = StoredEvaluator(POLICY).evaluate(cols)
    latest = float(np.nanmax(stored.measured_until))
    later = [latest + hours * 3600 for hours in (0, 0.5, 3, 9, 26, 80, 400)]
    for now in later:
        engine = BulkEvaluator(POLICY).evaluate(cols, now)
        response = [
            response_outcome_as_of(int(code), optional(due), now)
            for code, due in zip(stored.response_outcome, stored.response_due, strict=True)
        ]
        resolution = [
            resolution_outcome_as_of(int(code), optional(left), optional(due), now)
            for code, left, due in zip(
                stored.resolution_outcome,
                stored.resolution_left_seconds,
                stored.resolution_due,
                strict=True,
            )
        ]
        assert response == engine.response_breached.tolist()
        assert resolution == engine.resolution_breached.tolist()


def test_remaining_time_of_open_tickets_equals_the_engine():
    cols = random_columns(300, 4)
    stored = StoredEvaluator(POLICY).evaluate(cols)
    now = float(np.nanmax(stored.measured_until)) + 5 * 3600
    engine = BulkEvaluator(POLICY).evaluate(cols, now)
    keys = list(POLICY.priorities)
    checked = 0
    for i in np.flatnonzero(stored.is_open & ~np.isnan(stored.resolution_left_seconds)).tolist():
        target = POLICY.priorities[keys[cols.priority[i]]].resolution
        left = resolution_remaining(
            POLICY.clock_for(target),
            float(stored.resolution_left_seconds[i]),
            bool(stored.resolution_running[i]),
            float(stored.measured_until[i]),
            now,
        )
        assert left == pytest.approx(engine.resolution_remaining_seconds[i], abs=1e-6)
        checked += 1
    waiting = stored.is_open & np.isnan(cols.first_response) & (cols.priority < 2)
    for i in np.flatnonzero(waiting).tolist():
        target = POLICY.priorities[keys[cols.priority[i]]].response
        left = response_remaining(POLICY.clock_for(target), target.seconds, cols.created[i], now)
        assert left == pytest.approx(engine.response_remaining_seconds[i], abs=1e-6)
        checked += 1
    assert checked > 100


def test_a_target_reached_at_closing_time_is_due_at_the_next_opening():
    # Friday 13/03/2026 13:30 + 4 business hours ends at 17:30; the next opening is Monday 08:30.
    due = due_after(POLICY.calendar, brussels(2026, 3, 13, 13, 30).timestamp(), 4 * 3600)
    assert dt.datetime.fromtimestamp(due, brussels(2026, 1, 1).tzinfo) == brussels(
        2026, 3, 16, 8, 30
    )
