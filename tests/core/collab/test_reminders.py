from datetime import date
from decimal import Decimal

from vendorpact.core.budget import ExtraCost, ExtraCostStatus
from vendorpact.core.concerns import Concern, default_exit_plan
from vendorpact.core.planning import Milestone, Side, mark_done, record_slip
from vendorpact.core.reminders import (
    CONCERN,
    EXIT_TASK,
    EXTRA_COST,
    HEALTH_LINK,
    MILESTONE,
    NOTICE,
    RENEWAL,
    EngagementReminderInput,
    HealthLinkInfo,
    ReminderSettings,
    compute_reminders,
)
from vendorpact.core.terms import ContractTerms

TERM = ContractTerms(
    start_date=date(2026, 1, 1),
    duration_months=12,
    renewal="tacit",
    renewal_months=12,
    notice_value=3,
)
TEST_DATA = Milestone("m-1", "Testdata aanleveren", Side.CLIENT, date(2026, 3, 6))


def engagement(**parts) -> EngagementReminderInput:
    return EngagementReminderInput("eng-7", "Webshop Acme", **parts)


def kinds(reminders):
    return [r.kind for r in reminders]


def test_notice_deadline_shows_within_90_days():
    reminders = compute_reminders([engagement(contract=TERM)], date(2026, 7, 15))
    assert [(r.kind, r.due) for r in reminders] == [(NOTICE, date(2026, 9, 30))]


def test_notice_deadline_is_quiet_long_before():
    assert compute_reminders([engagement(contract=TERM)], date(2026, 6, 1)) == ()


def test_renewal_shows_within_60_days_of_the_end():
    reminders = compute_reminders([engagement(contract=TERM)], date(2026, 11, 15))
    assert kinds(reminders) == [RENEWAL]


def test_notice_deadline_of_the_next_term_after_renewal():
    reminders = compute_reminders([engagement(contract=TERM)], date(2027, 7, 15))
    assert [(r.kind, r.due) for r in reminders] == [(NOTICE, date(2027, 9, 30))]


def test_passed_notice_of_a_fixed_term_gives_no_reminder():
    # No tacit renewal: the contract ends on 31/12/2026 whether notice was given or not.
    fixed = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, notice_value=3)
    assert compute_reminders([engagement(contract=fixed)], date(2026, 10, 15)) == ()


def test_missed_tacit_deadline_reminds_of_the_renewal_not_of_the_missed_deadline():
    # Deadline 30/09/2026 missed; on 15/11 the term ends within 60 days and renews.
    reminders = compute_reminders([engagement(contract=TERM)], date(2026, 11, 15))
    assert [(r.kind, r.due, r.overdue) for r in reminders] == [(RENEWAL, date(2026, 12, 31), False)]


def test_next_deadline_after_a_missed_one_reminds_within_90_days():
    # Deadline 31/10/2026 missed; the next one, 31/10/2027, shows from 02/08/2027 on.
    reported = ContractTerms(
        start_date=date(2026, 2, 1), duration_months=12, renewal="tacit", notice_value=3
    )
    reminders = compute_reminders([engagement(contract=reported)], date(2027, 8, 2))
    assert [(r.kind, r.due) for r in reminders] == [(NOTICE, date(2027, 10, 31))]


def test_fixed_term_that_ended_gives_no_notice_reminder():
    fixed = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, notice_value=3)
    assert compute_reminders([engagement(contract=fixed)], date(2027, 1, 15)) == ()


def test_milestone_due_within_a_week_reminds():
    reminders = compute_reminders([engagement(milestones=[TEST_DATA])], date(2026, 3, 1))
    assert [(r.kind, r.overdue) for r in reminders] == [(MILESTONE, False)]


def test_overdue_milestone_keeps_reminding():
    reminders = compute_reminders([engagement(milestones=[TEST_DATA])], date(2026, 3, 20))
    assert [(r.kind, r.overdue) for r in reminders] == [(MILESTONE, True)]


def test_done_milestone_does_not_remind():
    done = mark_done(TEST_DATA, date(2026, 3, 5))
    assert compute_reminders([engagement(milestones=[done])], date(2026, 3, 20)) == ()


def test_slipped_milestone_keeps_its_uid():
    before = compute_reminders([engagement(milestones=[TEST_DATA])], date(2026, 3, 1))[0]
    slipped = record_slip(TEST_DATA, date(2026, 3, 4), "Vakantie", date(2026, 3, 1))
    after = compute_reminders([engagement(milestones=[slipped])], date(2026, 3, 1))[0]
    assert (before.uid == after.uid, before.due != after.due) == (True, True)


def test_ageing_concern_reminds():
    concern = Concern("c-1", "Trage opvolging P2", raised_on=date(2026, 3, 2))
    reminders = compute_reminders([engagement(concerns=[concern])], date(2026, 3, 20))
    assert [(r.kind, r.params["days"]) for r in reminders] == [(CONCERN, "18")]


def test_extra_cost_waiting_a_week_reminds():
    cost = ExtraCost("MW-3", "Koppeling Exact", Decimal(2400), reported_on=date(2026, 3, 2))
    reminders = compute_reminders([engagement(extra_costs=[cost])], date(2026, 3, 9))
    assert kinds(reminders) == [EXTRA_COST]


def test_approved_extra_cost_does_not_remind():
    cost = ExtraCost(
        "MW-3",
        "Koppeling Exact",
        Decimal(2400),
        ExtraCostStatus.APPROVED,
        reported_on=date(2026, 3, 2),
    )
    assert compute_reminders([engagement(extra_costs=[cost])], date(2026, 3, 20)) == ()


def test_unanswered_health_link_expiring_soon_reminds():
    link = HealthLinkInfo("h-1", expires_on=date(2026, 4, 10))
    reminders = compute_reminders([engagement(health_links=[link])], date(2026, 4, 5))
    assert kinds(reminders) == [HEALTH_LINK]


def test_answered_health_link_does_not_remind():
    link = HealthLinkInfo("h-1", expires_on=date(2026, 4, 10), answered=True)
    assert compute_reminders([engagement(health_links=[link])], date(2026, 4, 5)) == ()


def test_exit_task_due_soon_reminds():
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31))
    reminders = compute_reminders([engagement(exit_tasks=plan)], date(2026, 9, 20))
    assert [(r.kind, r.object_id) for r in reminders] == [(EXIT_TASK, "exit_task.notice")]


def test_reminders_are_sorted_by_due_date():
    cost = ExtraCost("MW-3", "Koppeling Exact", Decimal(2400), reported_on=date(2026, 2, 20))
    data = engagement(milestones=[TEST_DATA], extra_costs=[cost])
    reminders = compute_reminders([data], date(2026, 3, 1))
    assert [r.due for r in reminders] == sorted(r.due for r in reminders)


def test_lead_times_are_configurable():
    settings = ReminderSettings(milestone_lead_days=30)
    reminders = compute_reminders([engagement(milestones=[TEST_DATA])], date(2026, 2, 10), settings)
    assert kinds(reminders) == [MILESTONE]


def test_uid_differs_per_engagement():
    other = EngagementReminderInput("eng-8", "Boekhouding", milestones=[TEST_DATA])
    first, second = compute_reminders([engagement(milestones=[TEST_DATA]), other], date(2026, 3, 1))
    assert first.uid != second.uid


def test_title_in_dutch_translates_the_side():
    reminder = compute_reminders([engagement(milestones=[TEST_DATA])], date(2026, 3, 1))[0]
    assert (
        reminder.title("nl") == "Webshop Acme: Testdata aanleveren (klant) verwacht op 06/03/2026"
    )


def test_title_in_english():
    reminder = compute_reminders([engagement(contract=TERM)], date(2026, 7, 15))[0]
    assert reminder.title("en") == "Notice deadline Webshop Acme: give notice by 30/09/2026"


def test_exit_task_title_uses_the_task_label_in_the_language():
    plan = default_exit_plan(date(2026, 9, 30), date(2026, 12, 31))
    reminder = compute_reminders([engagement(exit_tasks=plan)], date(2026, 9, 20))[0]
    assert "Opzeg tijdig" in reminder.title("nl")
