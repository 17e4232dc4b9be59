"""End-to-end on realistic Dutch and French documents written for these tests."""

import pytest

from vendorpact.core.contracts import analyse_file, result_to_dict


@pytest.fixture
def maintenance(fixture_path):
    return analyse_file(fixture_path("nl_onderhoudscontract_sla.txt"))


@pytest.fixture
def quote(fixture_path):
    return analyse_file(fixture_path("nl_offerte_email.txt"))


@pytest.fixture
def supplier_terms_nl(fixture_path):
    return analyse_file(fixture_path("nl_algemene_voorwaarden.txt"))


@pytest.fixture
def supplier_terms_fr(fixture_path):
    return analyse_file(fixture_path("fr_conditions_generales.txt"))


def test_dutch_maintenance_contract_language_and_kind(maintenance):
    assert (maintenance.language, maintenance.kind) == ("nl", "maintenance")


@pytest.mark.parametrize(
    "item_id",
    [
        "agreement.signed_both", "agreement.quote_included", "agreement.general_terms",
        "budget.recurring_cost", "budget.startup_cost", "budget.extra_costs", "budget.rates",
        "budget.payment_terms", "maintenance.support_hours", "maintenance.response_time",
        "maintenance.resolution_time", "maintenance.availability", "maintenance.service_credits",
        "exit.duration_renewal", "exit.termination", "exit.transition", "exit.data_return",
        "legal.liability", "legal.data_protection", "legal.governing_law",
        "legal.dispute_resolution",
    ],
)  # fmt: skip
def test_dutch_maintenance_contract_covers_item(maintenance, item_id):
    assert maintenance.item(item_id).status == "covered"


def test_dutch_maintenance_contract_leaves_escrow_missing(maintenance):
    assert maintenance.item("exit.escrow").status == "missing"


def test_dutch_maintenance_contract_planned_updates_are_partial(maintenance):
    assert maintenance.item("maintenance.updates").status == "partial"


def test_dutch_maintenance_contract_figures(maintenance):
    figures = maintenance.figures
    assert figures.notice_period_days == 90
    assert figures.contract_term_months == 12
    assert figures.payment_term_days == 30
    assert figures.availability_percent == 99.5
    assert figures.response_times[0]["priority"] == "P1"
    assert figures.response_times[0]["hours"] == 1
    assert figures.liability_cap["months_of_fees"] == 12


def test_dutch_maintenance_contract_risks(maintenance):
    assert maintenance.risk_ids() == ["risk.auto_renewal"]


def test_dutch_quote_accepted_by_email_is_unsigned(quote):
    assert "risk.unsigned" in quote.risk_ids()
    assert quote.item("agreement.signed_both").status == "missing"


def test_dutch_quote_is_a_project_with_fixed_price(quote):
    assert quote.kind == "project"
    assert quote.item("budget.project_cost").status == "covered"
    assert [a["amount"] for a in quote.figures.amounts][:1] == [4800.0]


def test_dutch_quote_flags_supplier_terms_and_time_and_materials(quote):
    assert {"risk.supplier_terms_prevail", "risk.open_ended_cost"} <= set(quote.risk_ids())


def test_dutch_quote_warranty_of_three_months(quote):
    assert quote.item("rollout.warranty").status == "covered"
    assert quote.figures.warranty_days == 90


def test_dutch_supplier_terms_raise_the_unfavourable_clauses(supplier_terms_nl):
    assert {
        "risk.supplier_terms_prevail", "risk.best_efforts_only", "risk.unilateral_change",
        "risk.auto_renewal", "risk.liability_excluded", "risk.data_lockin",
    } <= set(supplier_terms_nl.risk_ids())  # fmt: skip


def test_dutch_supplier_terms_renewal_figures(supplier_terms_nl):
    assert supplier_terms_nl.figures.notice_period_days == 180
    assert supplier_terms_nl.figures.renewal_term_months == 36


def test_french_terms_language_and_figures(supplier_terms_fr):
    figures = supplier_terms_fr.figures
    assert supplier_terms_fr.language == "fr"
    assert figures.payment_term_days == 30
    assert figures.availability_percent == 99.9
    assert figures.response_times[0]["business_hours"] is True
    assert figures.liability_cap["months_of_fees"] == 3


def test_french_terms_raise_obligation_de_moyens_and_tacit_renewal(supplier_terms_fr):
    assert {"risk.best_efforts_only", "risk.auto_renewal", "risk.unilateral_change"} <= set(
        supplier_terms_fr.risk_ids()
    )


def test_french_terms_cover_reversibility_and_gdpr(supplier_terms_fr):
    assert supplier_terms_fr.item("exit.data_return").status == "covered"
    assert supplier_terms_fr.item("legal.data_protection").status == "covered"


def test_questions_follow_the_document_language(supplier_terms_fr, maintenance):
    assert "Pouvez-vous" in result_to_dict(supplier_terms_fr)["questions"][0]["text"] or (
        "Que proposez-vous" in result_to_dict(supplier_terms_fr)["questions"][0]["text"]
    )
    assert any("stilzwijgend" in q["text"] for q in result_to_dict(maintenance)["questions"])


@pytest.fixture
def maintenance_fr(fixture_path):
    return analyse_file(fixture_path("fr_contrat_maintenance_sla.txt"))


@pytest.mark.parametrize(
    "item_id",
    [
        "budget.recurring_cost", "budget.startup_cost",
        "budget.extra_costs", "budget.payment_terms", "maintenance.support_hours",
        "maintenance.response_time", "maintenance.resolution_time", "maintenance.availability",
        "maintenance.service_credits", "exit.duration_renewal", "exit.termination",
        "exit.transition", "exit.data_return", "legal.liability", "legal.data_protection",
        "legal.governing_law", "legal.dispute_resolution",
    ],
)  # fmt: skip
def test_french_maintenance_contract_covers_item(maintenance_fr, item_id):
    assert maintenance_fr.item(item_id).status == "covered"


def test_french_maintenance_contract_excluded_training_is_only_partial(maintenance_fr):
    assert maintenance_fr.item("rollout.user_support").status == "partial"


def test_french_maintenance_contract_response_times_per_priority(maintenance_fr):
    times = [
        (t["priority"], t["value"], t["unit"], t["business_hours"])
        for t in maintenance_fr.figures.response_times
    ]
    assert times == [("P1", 2, "hour", True), ("P4", 1, "day", True)]


def test_french_maintenance_contract_short_tacit_renewal_is_no_risk(maintenance_fr):
    assert maintenance_fr.figures.notice_period_days == 30
    assert maintenance_fr.figures.contract_term_months == 24
    assert "risk.auto_renewal" not in maintenance_fr.risk_ids()


def test_french_maintenance_contract_with_empty_signature_blocks_is_not_signed(maintenance_fr):
    # "Pour le Client, Pour le Prestataire," with nobody named under them: not signed by both
    assert maintenance_fr.item("agreement.signed_both").status == "partial"
    assert maintenance_fr.risk_ids() == ["risk.unsigned"]
