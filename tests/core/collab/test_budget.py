from datetime import date
from decimal import Decimal

import pytest

from vendorpact.core.budget import (
    Allocation,
    BudgetKind,
    BudgetLine,
    ExtraCost,
    ExtraCostStatus,
    Period,
    RateUnit,
    check_approval,
    line_budget,
    monthly_series,
    summarise,
    transition_extra_cost,
)
from vendorpact.core.errors import DomainError

PROJECT = BudgetLine("project", "Implementatie webshop", BudgetKind.ONE_OFF, Decimal(20000))
HOSTING = BudgetLine(
    "hosting",
    "Onderhoud en hosting",
    BudgetKind.RECURRING,
    Decimal(450),
    period=Period.MONTH,
    start=date(2026, 1, 1),
    end=date(2026, 12, 31),
)
DEVELOPMENT = BudgetLine(
    "dev", "Ontwikkeling in regie", BudgetKind.RATE, Decimal(95), rate_unit=RateUnit.HOUR
)
RESERVE = BudgetLine(
    "reserve", "Budget meerwerk", BudgetKind.ONE_OFF, Decimal(5000), is_reserve=True
)
EXPORT = ExtraCost("MW-1", "Extra exportrapport", Decimal(800), budget_line_id="project")


def first(summary, line_id):
    return next(line for line in summary.lines if line.budget_line_id == line_id)


def codes(warnings):
    return [w.code for w in warnings]


def test_one_off_budget_is_its_amount():
    assert line_budget(PROJECT) == Decimal(20000)


def test_monthly_budget_counts_the_months_of_the_contract():
    assert line_budget(HOSTING) == Decimal(5400)


def test_quarterly_budget_counts_quarters():
    quarterly = BudgetLine(
        "licence", "Licenties", BudgetKind.RECURRING, Decimal(1200), Period.QUARTER,
        start=date(2026, 1, 1), end=date(2026, 12, 31),
    )  # fmt: skip
    assert line_budget(quarterly) == Decimal(4800)


def test_yearly_budget_without_end_defaults_to_one_year():
    yearly = BudgetLine(
        "support",
        "Support",
        BudgetKind.RECURRING,
        Decimal(3000),
        Period.YEAR,
        start=date(2026, 3, 1),
    )
    assert line_budget(yearly) == Decimal(3000)


def test_recurring_budget_up_to_a_horizon():
    assert line_budget(HOSTING, horizon=date(2026, 3, 15)) == Decimal(1350)


def test_recurring_line_without_start_is_an_error():
    broken = BudgetLine("x", "Hosting", BudgetKind.RECURRING, Decimal(10), Period.MONTH)
    with pytest.raises(DomainError) as caught:
        line_budget(broken)
    assert caught.value.code == "budget.recurring_needs_start_and_period"


def test_rate_with_cap_is_budgeted_at_the_cap():
    capped = BudgetLine("dev", "Regie", BudgetKind.RATE, Decimal(95), cap=Decimal(9500))
    assert line_budget(capped) == Decimal(9500)


def test_rate_with_estimate_is_rate_times_units():
    estimated = BudgetLine(
        "dev", "Regie", BudgetKind.RATE, Decimal(750), estimated_units=Decimal(8)
    )
    assert line_budget(estimated) == Decimal(6000)


def test_uncapped_rate_without_estimate_has_no_budget_and_a_warning():
    summary = summarise([DEVELOPMENT])
    assert (first(summary, "dev").budget, codes(summary.warnings)) == (
        None,
        ["budget.rate_uncapped"],
    )


def test_forecast_counts_remaining_regular_budget_and_extra_costs():
    invoice = Allocation("inv-1", "1", Decimal(8000), date(2026, 2, 1), budget_line_id="project")
    summary = summarise([PROJECT], [EXPORT], [invoice])
    line = first(summary, "project")
    assert (line.invoiced, line.remaining_regular, line.open, line.forecast) == (
        Decimal(8000),
        Decimal(12000),
        Decimal(800),
        Decimal(20800),
    )


def test_open_extra_cost_over_budget_warns_forecast_over_budget():
    summary = summarise([PROJECT], [EXPORT])
    assert codes(summary.warnings) == ["budget.forecast_over_budget"]


def test_extra_cost_on_reserve_line_stays_within_budget():
    on_reserve = ExtraCost("MW-2", "Koppeling Exact", Decimal(2400), budget_line_id="reserve")
    summary = summarise([RESERVE], [on_reserve])
    assert (first(summary, "reserve").forecast, summary.warnings) == (Decimal(2400), ())


def test_approved_extra_cost_counts_as_approved_not_open():
    approved = transition_extra_cost(EXPORT, ExtraCostStatus.APPROVED, date(2026, 2, 3), "An")
    line = first(summarise([PROJECT], [approved]), "project")
    assert (line.approved, line.open) == (Decimal(800), Decimal(0))


def test_extra_cost_invoiced_without_approval_is_flagged():
    invoice = Allocation("inv-2", "3", Decimal(800), date(2026, 2, 28), extra_cost_id="MW-1")
    summary = summarise([PROJECT], [EXPORT], [invoice])
    assert "budget.extra_invoiced_without_approval" in codes(summary.warnings)


def test_extra_cost_approved_before_invoicing_is_not_flagged():
    on_reserve = ExtraCost("MW-2", "Koppeling Exact", Decimal(2400), budget_line_id="reserve")
    approved = transition_extra_cost(on_reserve, ExtraCostStatus.APPROVED, date(2026, 2, 3), "An")
    invoiced = transition_extra_cost(approved, ExtraCostStatus.INVOICED, date(2026, 2, 28))
    invoice = Allocation("inv-2", "3", Decimal(2400), date(2026, 2, 28), extra_cost_id="MW-2")
    summary = summarise([RESERVE], [invoiced], [invoice])
    assert summary.warnings == ()


def test_invoiced_over_budget_is_flagged():
    invoice = Allocation("inv-3", "1", Decimal(21000), date(2026, 6, 1), budget_line_id="project")
    assert codes(summarise([PROJECT], [], [invoice]).warnings) == ["budget.invoiced_over_budget"]


def test_allocation_to_extra_cost_counts_on_the_extra_costs_line():
    invoice = Allocation(
        "inv-2",
        "3",
        Decimal(800),
        date(2026, 2, 28),
        budget_line_id="hosting",
        extra_cost_id="MW-1",
    )
    summary = summarise([PROJECT, HOSTING], [EXPORT], [invoice])
    assert (first(summary, "project").invoiced, first(summary, "hosting").invoiced) == (
        Decimal(800),
        Decimal(0),
    )


def test_invoice_not_on_a_budget_line_is_summed_separately():
    loose = Allocation("inv-9", "1", Decimal(120), date(2026, 3, 1))
    summary = summarise([PROJECT], [], [loose])
    assert (first(summary, None).invoiced, codes(first(summary, None).warnings)) == (
        Decimal(120),
        ["budget.not_on_budget_line"],
    )


def test_engagement_totals_add_up_the_lines():
    summary = summarise([PROJECT, HOSTING], [EXPORT])
    assert (summary.budget, summary.forecast) == (Decimal(25400), Decimal(26200))


def test_approval_that_pushes_over_budget_is_flagged():
    check = check_approval(EXPORT, [PROJECT], [EXPORT])
    assert (check.pushes_over_budget, check.forecast_after) == (True, Decimal(20800))


def test_approval_within_reserve_is_not_flagged():
    on_reserve = ExtraCost("MW-2", "Koppeling Exact", Decimal(2400), budget_line_id="reserve")
    assert check_approval(on_reserve, [RESERVE], [on_reserve]).pushes_over_budget is False


def test_approval_check_ignores_other_open_requests():
    other = ExtraCost("MW-3", "Nieuwe huisstijl", Decimal(4000), budget_line_id="reserve")
    mine = ExtraCost("MW-2", "Koppeling Exact", Decimal(2400), budget_line_id="reserve")
    assert check_approval(mine, [RESERVE], [other, mine]).forecast_after == Decimal(2400)


def test_approval_check_counts_other_approved_requests():
    other = ExtraCost(
        "MW-3", "Huisstijl", Decimal(4000), ExtraCostStatus.APPROVED, budget_line_id="reserve"
    )
    mine = ExtraCost("MW-2", "Koppeling Exact", Decimal(2400), budget_line_id="reserve")
    assert check_approval(mine, [RESERVE], [other, mine]).pushes_over_budget is True


def test_only_reported_extra_costs_can_be_checked_for_approval():
    approved = transition_extra_cost(EXPORT, ExtraCostStatus.APPROVED, date(2026, 2, 3))
    with pytest.raises(DomainError):
        check_approval(approved, [PROJECT], [approved])


def test_approval_records_who_and_when():
    approved = transition_extra_cost(
        EXPORT, ExtraCostStatus.APPROVED, date(2026, 2, 3), "An Peeters"
    )
    assert (approved.decided_by, approved.approved_on) == ("An Peeters", date(2026, 2, 3))


def test_rejected_extra_cost_cannot_be_invoiced():
    rejected = transition_extra_cost(EXPORT, ExtraCostStatus.REJECTED, date(2026, 2, 3))
    with pytest.raises(DomainError) as caught:
        transition_extra_cost(rejected, ExtraCostStatus.INVOICED, date(2026, 3, 1))
    assert caught.value.code == "extra_cost.bad_transition"


def test_rejected_extra_cost_can_be_reported_again():
    rejected = transition_extra_cost(EXPORT, ExtraCostStatus.REJECTED, date(2026, 2, 3), "An")
    again = transition_extra_cost(rejected, ExtraCostStatus.REPORTED, date(2026, 2, 10))
    assert (again.status, again.decided_on) == (ExtraCostStatus.REPORTED, None)


def test_invoiced_extra_cost_is_final():
    invoiced = transition_extra_cost(EXPORT, ExtraCostStatus.INVOICED, date(2026, 3, 1))
    with pytest.raises(DomainError):
        transition_extra_cost(invoiced, ExtraCostStatus.APPROVED, date(2026, 3, 2))


def test_monthly_series_accumulates_invoices():
    invoices = [
        Allocation("inv-1", "1", Decimal(450), date(2026, 1, 31), budget_line_id="hosting"),
        Allocation("inv-2", "1", Decimal(450), date(2026, 2, 28), budget_line_id="hosting"),
    ]
    series = monthly_series([HOSTING], [], invoices, date(2026, 1, 1), date(2026, 3, 1))
    assert [p.invoiced_cumulative for p in series] == [Decimal(450), Decimal(900), Decimal(900)]


def test_monthly_series_accumulates_recurring_budget():
    series = monthly_series([HOSTING], [], [], date(2026, 1, 1), date(2026, 3, 1))
    assert [p.budget_cumulative for p in series] == [Decimal(450), Decimal(900), Decimal(1350)]


def test_invoiced_part_of_an_extra_cost_is_not_counted_twice():
    on_reserve = ExtraCost("MW-2", "Koppeling Exact", Decimal(2400), budget_line_id="reserve")
    approved = transition_extra_cost(on_reserve, ExtraCostStatus.APPROVED, date(2026, 2, 3), "An")
    half = Allocation("inv-5", "1", Decimal(1200), date(2026, 3, 31), extra_cost_id="MW-2")
    line = first(summarise([RESERVE], [approved], [half]), "reserve")
    assert (line.invoiced, line.approved, line.forecast) == (
        Decimal(1200),
        Decimal(1200),
        Decimal(2400),
    )
