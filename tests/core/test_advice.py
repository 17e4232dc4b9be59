from datetime import date

from vendorpact.core.advice import EngagementFacts, advise
from vendorpact.core.checklist import expected_items
from vendorpact.core.terms import ContractTerms

TODAY = date(2026, 11, 26)


def facts(**overrides):
    values = dict(
        kind="maintenance",
        agreed_how="signed_both",
        general_terms="negotiated",
        status="active",
        terms=ContractTerms(),
    )
    values.update(overrides)
    return EngagementFacts(**values)


def codes(found):
    return [a.code for a in found]


def test_email_acceptance_warns_about_supplier_terms():
    assert "agreement.supplier_terms_may_bind" in codes(
        advise(facts(agreed_how="email", general_terms="supplier"), TODAY)
    )


def test_contract_signed_by_both_with_own_terms_gives_no_agreement_advice():
    found = codes(advise(facts(general_terms="ours"), TODAY))
    assert not [c for c in found if c.startswith("agreement.")]


def test_notice_deadline_within_90_days_is_high_with_days_left():
    terms = ContractTerms(end_date=date(2027, 2, 28), notice_value=3)
    soon = [a for a in advise(facts(terms=terms), TODAY) if a.code == "terms.notice_deadline_soon"]
    assert soon[0].severity == "high"
    assert soon[0].params == {"days": 4, "date": date(2026, 11, 30)}


def test_far_notice_deadline_gives_no_warning():
    terms = ContractTerms(end_date=date(2028, 12, 31), notice_value=3)
    assert "terms.notice_deadline_soon" not in codes(advise(facts(terms=terms), TODAY))


def test_tacit_renewal_with_three_months_notice_is_flagged():
    terms = ContractTerms(end_date=date(2028, 12, 31), renewal="tacit", notice_value=3)
    assert "terms.tacit_renewal_long_notice" in codes(advise(facts(terms=terms), TODAY))


def test_delivered_project_without_maintenance_agreement():
    found = advise(facts(kind="project", has_maintenance_engagement=False), TODAY)
    assert "maintenance.none_for_production" in codes(found)


def test_checklist_open_items_counts_expected_items_only():
    found = [a for a in advise(facts(kind="saas"), TODAY) if a.code == "checklist.open_items"]
    assert found[0].params["total"] == found[0].params["count"] == 27


def test_checklist_open_items_leave_out_settled_expected_items_only():
    # SaaS expects 27 items; two of them are settled (covered, not applicable), one is only
    # partial; a covered item that SaaS does not expect changes nothing: 27 - 2 = 25 open.
    checklist = {
        "agreement.general_terms": "covered",
        "agreement.signed_both": "not_applicable",
        "budget.payment_terms": "partial",
        "budget.project_cost": "covered",
    }
    found = advise(facts(kind="saas", checklist=checklist), TODAY)
    assert [a.params for a in found if a.code == "checklist.open_items"] == [
        {"count": 25, "total": 27}
    ]


def test_all_expected_items_settled_gives_no_checklist_advice():
    checklist = {item.id: "covered" for item in expected_items("tm")}
    found = advise(facts(kind="tm", checklist=checklist), TODAY)
    assert "checklist.open_items" not in codes(found)


def test_advice_sorted_by_severity():
    found = advise(facts(agreed_how="verbal", kind="saas"), TODAY)
    order = {"high": 0, "medium": 1, "info": 2}
    assert [order[a.severity] for a in found] == sorted(order[a.severity] for a in found)


def test_missed_deadline_of_tacit_contract_says_until_when_it_renews():
    # From 01/02/2026 for a year, 3 months' notice: 31/10/2026 missed on 04/12/2026.
    terms = ContractTerms(
        start_date=date(2026, 2, 1),
        duration_months=12,
        renewal="tacit",
        renewal_months=12,
        notice_value=3,
    )
    found = advise(facts(terms=terms), date(2026, 12, 4))
    missed = [a for a in found if a.code == "terms.notice_deadline_missed"]
    assert [a.params for a in missed] == [
        {"missed": date(2026, 10, 31), "until": date(2028, 1, 31), "next": date(2027, 10, 31)}
    ]
    assert "terms.notice_deadline_soon" not in codes(found)


def test_passed_deadline_of_a_fixed_contract_is_not_called_missed():
    terms = ContractTerms(start_date=date(2026, 1, 1), duration_months=12, notice_value=3)
    found = codes(advise(facts(terms=terms), date(2026, 11, 1)))
    assert "terms.notice_deadline_missed" not in found
