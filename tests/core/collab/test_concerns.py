from dataclasses import replace
from datetime import date

import pytest

from vendorpact.core.checklist import ITEMS_BY_ID
from vendorpact.core.concerns import (
    Concern,
    ConcernStatus,
    TaskStatus,
    ageing_warnings,
    default_exit_plan,
    open_exit_tasks_due,
    record_action,
    transition,
)
from vendorpact.core.errors import DomainError

SLOW_TICKETS = Concern(
    "c-1",
    "P2-meldingen krijgen pas na dagen antwoord",
    raised_on=date(2026, 3, 2),
    since=date(2026, 1, 15),
    impact="Kassa's vallen regelmatig uit zonder snelle hulp",
    raised_with="Accountmanager Acme",
)


def test_raised_concern_can_go_into_consultation():
    moved = transition(SLOW_TICKETS, ConcernStatus.IN_CONSULTATION, date(2026, 3, 5), "Overleg 5/3")
    assert moved.status is ConcernStatus.IN_CONSULTATION


def test_escalation_goes_one_level_up():
    escalated = transition(
        SLOW_TICKETS, ConcernStatus.ESCALATED, date(2026, 3, 20), "Geen verbetering"
    )
    assert (escalated.level, escalated.level_code) == (1, "account_manager")


def test_escalating_again_goes_another_level_up():
    once = transition(SLOW_TICKETS, ConcernStatus.ESCALATED, date(2026, 3, 20))
    twice = transition(once, ConcernStatus.ESCALATED, date(2026, 4, 3))
    assert twice.level_code == "management"


def test_escalation_stops_at_the_highest_level():
    concern = SLOW_TICKETS
    for day in (10, 11, 12):
        concern = transition(concern, ConcernStatus.ESCALATED, date(2026, 3, day))
    with pytest.raises(DomainError) as caught:
        transition(concern, ConcernStatus.ESCALATED, date(2026, 3, 13))
    assert caught.value.code == "concern.highest_level_reached"


def test_resolved_concern_cannot_be_escalated():
    resolved = transition(SLOW_TICKETS, ConcernStatus.RESOLVED, date(2026, 3, 10))
    with pytest.raises(DomainError) as caught:
        transition(resolved, ConcernStatus.ESCALATED, date(2026, 3, 11))
    assert caught.value.code == "concern.bad_transition"


def test_resolved_concern_can_be_raised_again():
    resolved = transition(SLOW_TICKETS, ConcernStatus.RESOLVED, date(2026, 3, 10))
    assert transition(resolved, ConcernStatus.RAISED, date(2026, 5, 2)).is_open


def test_exit_decided_is_final():
    decided = transition(
        SLOW_TICKETS, ConcernStatus.EXIT_DECIDED, date(2026, 4, 1), "Directie beslist"
    )
    with pytest.raises(DomainError):
        transition(decided, ConcernStatus.IN_CONSULTATION, date(2026, 4, 2))


def test_exit_decision_needs_a_reason():
    with pytest.raises(DomainError) as caught:
        transition(SLOW_TICKETS, ConcernStatus.EXIT_DECIDED, date(2026, 4, 1))
    assert caught.value.code == "concern.exit_reason_required"


def test_transition_cannot_be_dated_before_the_last_action():
    with pytest.raises(DomainError) as caught:
        transition(SLOW_TICKETS, ConcernStatus.RESOLVED, date(2026, 2, 1))
    assert caught.value.code == "concern.date_before_last_action"


def test_transitions_are_kept_as_events():
    moved = transition(SLOW_TICKETS, ConcernStatus.IN_CONSULTATION, date(2026, 3, 5), "Call", "An")
    assert [(e.on, e.status, e.by) for e in moved.events] == [
        (date(2026, 3, 5), ConcernStatus.IN_CONSULTATION, "An")
    ]


def test_concern_without_action_for_over_14_days_ages():
    warnings = ageing_warnings([SLOW_TICKETS], date(2026, 3, 17))
    assert [(w.code, w.days_without_action) for w in warnings] == [("concern.no_action", 15)]


def test_concern_exactly_14_days_old_does_not_age_yet():
    assert ageing_warnings([SLOW_TICKETS], date(2026, 3, 16)) == ()


def test_ageing_threshold_is_configurable():
    assert len(ageing_warnings([SLOW_TICKETS], date(2026, 3, 10), max_days=7)) == 1


def test_recorded_action_resets_ageing():
    followed_up = record_action(SLOW_TICKETS, date(2026, 3, 12), "Telefoon met accountmanager")
    assert ageing_warnings([followed_up], date(2026, 3, 20)) == ()


def test_resolved_concerns_do_not_age():
    resolved = transition(SLOW_TICKETS, ConcernStatus.RESOLVED, date(2026, 3, 3))
    assert ageing_warnings([resolved], date(2026, 6, 1)) == ()


def test_default_exit_plan_has_the_six_tasks():
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31))
    assert [t.code for t in plan] == [
        "exit_task.notice",
        "exit_task.data_format",
        "exit_task.data_return",
        "exit_task.knowledge_transfer",
        "exit_task.handover",
        "exit_task.continued_service",
    ]


def test_exit_tasks_point_at_existing_checklist_items():
    plan = default_exit_plan(None, None)
    assert all(task.checklist_item in ITEMS_BY_ID for task in plan)


def test_exit_tasks_have_dutch_and_english_labels():
    plan = default_exit_plan(None, None)
    assert all(task.label("nl") and task.label("en") for task in plan)


def test_notice_task_is_due_on_the_notice_deadline():
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31))
    assert plan[0].due == date(2026, 9, 30)


def test_handover_is_due_before_the_contract_ends():
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31), transition_days=30)
    assert due_dates(plan)["exit_task.handover"] == date(2026, 12, 1)


def test_data_format_is_agreed_halfway_between_notice_and_data_return():
    # 30/09 to 01/12 is 62 days: halfway is 31/10.
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31), transition_days=30)
    assert due_dates(plan)["exit_task.data_format"] == date(2026, 10, 31)


def test_continued_service_runs_until_the_contract_end():
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31))
    assert plan[-1].code == "exit_task.continued_service" and plan[-1].due == date(2026, 12, 31)


def test_short_notice_puts_no_exit_task_before_the_notice_deadline():
    # 14 days' notice before 31/12: deadline 17/12, later than 30 days before the end.
    plan = default_exit_plan(date(2026, 12, 17), date(2026, 12, 31), transition_days=30)
    dues = due_dates(plan)
    assert dues["exit_task.data_return"] == dues["exit_task.handover"] == date(2026, 12, 17)
    assert [task.due for task in plan] == sorted(task.due for task in plan)


def due_dates(plan):
    return {task.code: task.due for task in plan}


def test_open_exit_tasks_due_soon_are_listed():
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31))
    assert [t.code for t in open_exit_tasks_due(plan, date(2026, 9, 20), 14)] == [
        "exit_task.notice"
    ]


def test_done_exit_tasks_are_not_listed():
    plan = [replace(t, status=TaskStatus.DONE) for t in default_exit_plan(date(2026, 9, 30), None)]
    assert open_exit_tasks_due(plan, date(2026, 9, 20), 14) == ()
