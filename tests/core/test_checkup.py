"""The check-up's scores and actions, on hand-built engagements with hand-computed results."""

from datetime import date
from decimal import Decimal

from vendorpact.core.checkup import (
    EngagementFacts,
    SlaFacts,
    run_checkup,
    score_area,
    score_engagement,
    stored_scores,
    top_actions,
)

AS_OF = date(2026, 3, 1)

# Maintenance kind, maintenance area: 7 expected items (services, support_hours, response_time,
# resolution_time, service_credits, customer_knowledge, updates).
MAINTENANCE_ALL_COVERED = {
    "maintenance.services": "covered",
    "maintenance.support_hours": "covered",
    "maintenance.response_time": "covered",
    "maintenance.resolution_time": "covered",
    "maintenance.service_credits": "covered",
    "maintenance.customer_knowledge": "covered",
    "maintenance.updates": "covered",
}


def facts(**changes):
    values = {
        "engagement_id": 1,
        "title": "Support contract",
        "supplier": "NetCare",
        "kind": "maintenance",
    }
    return EngagementFacts(**(values | changes))


def test_coverage_counts_settled_twice_and_partial_once():
    # agreement area of a maintenance engagement: 3 items (signed_both, general_terms,
    # quote_included): covered 2 + partial 1 + missing 0 = 3 of 6 points = 50.
    checklist = {"agreement.signed_both": "covered", "agreement.general_terms": "partial"}
    area = score_area(facts(checklist=checklist), "agreement")
    assert area.score == 50


def test_not_applicable_counts_as_settled():
    # 3 agreement items: 2 not applicable + 1 covered = 6 of 6 points = 100.
    checklist = {
        "agreement.signed_both": "covered",
        "agreement.general_terms": "not_applicable",
        "agreement.quote_included": "not_applicable",
    }
    assert score_area(facts(checklist=checklist), "agreement").score == 100


def test_open_risk_takes_fifteen_points_until_its_clause_is_settled():
    # risk.supplier_terms_prevail stays open while agreement.general_terms is unsettled:
    # agreement items covered, partial, covered = 2+1+2 = 5 of 6 points = 83 (83.33); -15 = 68.
    # Once general_terms is covered: 6 of 6 = 100 and the risk is closed.
    checklist = {
        "agreement.signed_both": "covered",
        "agreement.general_terms": "partial",
        "agreement.quote_included": "covered",
    }
    open_case = facts(checklist=checklist, raised_risks=("risk.supplier_terms_prevail",))
    assert score_area(open_case, "agreement").score == 68
    settled = facts(
        checklist=checklist | {"agreement.general_terms": "covered"},
        raised_risks=("risk.supplier_terms_prevail",),
    )
    assert score_area(settled, "agreement").score == 100


def test_sla_compliance_below_95_and_credits_lower_maintenance():
    # Coverage 7 of 7 = 100. 200 measurements, 58 late: compliance 142/200 = 71 %.
    # 100 - (95 - 71) - 10 (credits earned) = 66.
    sla = SlaFacts(measured=200, late=58, credits_eur=Decimal("120.00"))
    area = score_area(facts(checklist=MAINTENANCE_ALL_COVERED, sla=sla), "maintenance")
    assert area.score == 66


def test_invoiced_over_budget_lowers_budget_by_the_overrun_percentage():
    # Budget area of a maintenance engagement: 5 items, none settled = 0 -> use all covered.
    # 5 covered = 100; invoiced 11 500 on 10 000 = 15 % over -> 85.
    checklist = {
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
    }
    case = facts(checklist=checklist, budget=Decimal("10000"), invoiced=Decimal("11500"))
    assert score_area(case, "budget").score == 85


def test_slips_count_ten_for_the_supplier_and_five_for_the_client():
    # Project timing: 3 items all covered = 100; 2 supplier slips (-20), 1 client slip (-5): 75.
    checklist = {
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
    }
    case = facts(kind="project", checklist=checklist, slips_supplier=2, slips_client=1)
    assert score_area(case, "timing").score == 75


def test_health_gap_beyond_ten_points_lowers_team():
    # Maintenance team: 2 items (named_team, knowledge_transfer), 1 covered = 2 of 4 = 50.
    # Client 55, supplier 80: gap 25, 15 beyond the allowed 10 -> 35.
    case = facts(checklist={"team.named_team": "covered"}, health_client=55.0, health_supplier=80.0)
    assert score_area(case, "team").score == 35


def test_health_gap_is_taken_between_the_shown_whole_scores():
    # 56.4 is shown as 56 and 75.6 as 76: the gap a reader computes is 20 (not 19.2), 10 beyond
    # the allowed 10. Team: 1 of 2 items covered = 50; 50 - 10 = 40.
    case = facts(checklist={"team.named_team": "covered"}, health_client=56.4, health_supplier=75.6)
    area = score_area(case, "team")
    assert area.parts[1].params == {"client": 56, "supplier": 76, "gap": 20}
    assert area.score == 40


def test_open_concerns_lower_reporting_resolved_ones_do_not():
    # Reporting: 2 items, both covered = 100; 2 open concerns -20, 3 resolved 0 -> 80.
    checklist = {"reporting.progress": "covered", "reporting.governance": "covered"}
    case = facts(checklist=checklist, concerns_open=2, concerns_resolved=3)
    assert score_area(case, "reporting").score == 80


def test_score_never_goes_below_zero():
    # Reporting: nothing covered = 0; 1 open concern would make -10: stays 0.
    assert score_area(facts(concerns_open=1), "reporting").score == 0


def test_area_without_items_or_data_does_not_apply():
    # A maintenance engagement expects no timing items and has no slips.
    assert score_area(facts(), "timing").score is None


def test_area_without_items_but_with_data_starts_at_100():
    # Maintenance expects no timing items; one supplier slip: 100 - 10 = 90.
    assert score_area(facts(slips_supplier=1), "timing").score == 90


def test_overall_is_the_mean_of_applicable_areas_and_the_trend_compares():
    # Maintenance with nothing in the checklist and no data: timing and rollout do not apply;
    # agreement, budget, team, reporting, maintenance, exit_legal all 0 except reporting
    # with both items covered = 100: mean of (0, 0, 0, 100, 0, 0) = 16.67 -> 17.
    checklist = {"reporting.progress": "covered", "reporting.governance": "covered"}
    previous = {"overall": 10, "areas": {"reporting": 50}}
    result = score_engagement(facts(checklist=checklist), previous)
    assert result.overall == 17
    assert result.change == 7
    reporting = next(a for a in result.areas if a.area == "reporting")
    assert reporting.change == 50


def test_notice_deadline_with_poor_sla_is_the_first_action():
    # Deadline 40 days after AS_OF, compliance 71 %: weight 100 + (90 - 40) // 3 + 10 = 126,
    # heavier than any missing clause (at most 80).
    sla = SlaFacts(measured=100, late=29)
    case = facts(sla=sla, notice_deadline=date(2026, 4, 10))
    first = top_actions([case], AS_OF)[0]
    assert first.code == "checkup.action.notice_sla"
    assert first.params == {"days": 40, "deadline": date(2026, 4, 10), "compliance": 71}


def test_missing_data_return_clause_proposes_the_addendum():
    actions = top_actions([facts(checklist={"agreement.signed_both": "covered"})], AS_OF)
    codes = [(a.code, a.params.get("item"), a.target) for a in actions]
    assert ("checkup.action.data_return", "exit.data_return", "agreement") in codes


def test_missing_key_clauses_give_one_addendum_action_besides_data_return():
    # An empty maintenance checklist misses all 7 key clauses: data return (75) on its own, and
    # one addendum for the other 6, weighing as the heaviest of them (signed by both, 80).
    actions = top_actions([facts()], AS_OF)
    summary = [(a.code, a.weight, a.params.get("count")) for a in actions]
    assert summary == [
        ("checkup.action.missing_items", 80, 6),
        ("checkup.action.data_return", 75, None),
    ]


def test_at_most_five_actions_heaviest_first():
    # Three engagements with empty checklists give 2 actions each (80 and 75): 6 candidates,
    # the 5 heaviest are kept: the three 80s, then two 75s.
    cases = [facts(engagement_id=n, title=f"Contract {n}") for n in (1, 2, 3)]
    actions = top_actions(cases, AS_OF)
    assert [a.weight for a in actions] == [80, 80, 80, 75, 75]


def test_notice_deadline_past_or_far_gives_no_notice_action():
    far = facts(notice_deadline=date(2026, 6, 30))  # 121 days: beyond 90
    past = facts(notice_deadline=date(2026, 2, 1))
    for case in (far, past):
        codes = {a.code for a in top_actions([case], AS_OF)}
        assert not codes & {"checkup.action.notice", "checkup.action.notice_sla"}


def test_run_checkup_keeps_scores_for_the_next_trend():
    checklist = {"reporting.progress": "covered", "reporting.governance": "covered"}
    first = run_checkup([facts(checklist=checklist)], AS_OF)
    stored = stored_scores(first)
    assert stored["engagements"]["1"]["areas"]["reporting"] == 100
    second = run_checkup([facts(checklist={})], date(2027, 3, 1), previous=stored)
    # The overall went from 17 (see above) to 0.
    assert second.overall == 0
    assert second.previous_overall == 17
    assert second.engagements[0].change == -17
