from datetime import date
from decimal import Decimal

from vendorpact.core.budget import BudgetKind, Period, RateUnit, propose_budget_lines


def found(amount, kind, period=None, text="", currency="EUR"):
    return {
        "amount": amount,
        "currency": currency,
        "kind": kind,
        "period": period,
        "vat": "excl",
        "evidence": {"page": 3, "clause": "5.1", "text": text},
    }


def test_monthly_fee_becomes_a_recurring_line_from_the_start_date():
    amounts = [
        found(450.0, "recurring", "month", "De onderhoudsvergoeding bedraagt € 450 per maand.")
    ]
    proposals, _ = propose_budget_lines(amounts, start=date(2026, 1, 1))
    line = proposals[0].line
    assert (line.kind, line.amount, line.period, line.start) == (
        BudgetKind.RECURRING,
        Decimal("450.00"),
        Period.MONTH,
        date(2026, 1, 1),
    )


def test_daily_rate_is_recognised_from_the_quote():
    amounts = [found(750.0, "rate", text="Het dagtarief van een senior consultant is € 750.")]
    proposals, _ = propose_budget_lines(amounts)
    assert (proposals[0].line.kind, proposals[0].line.rate_unit) == (BudgetKind.RATE, RateUnit.DAY)


def test_rate_defaults_to_hourly():
    amounts = [found(95.0, "rate", text="Prestaties in regie: € 95 per uur.")]
    assert propose_budget_lines(amounts)[0][0].line.rate_unit is RateUnit.HOUR


def test_project_total_becomes_a_one_off_line():
    amounts = [found(20000.0, "total", text="De totale projectprijs bedraagt € 20.000 excl. btw.")]
    assert propose_budget_lines(amounts)[0][0].line.kind is BudgetKind.ONE_OFF


def test_amount_of_unclear_kind_is_skipped_with_a_reason():
    amounts = [found(2500.0, "amount", text="De prijs van de licenties is € 2.500.")]
    proposals, skipped = propose_budget_lines(amounts)
    assert (proposals, [s.reason for s in skipped]) == ((), ["prefill.kind_unclear"])


def test_weekly_recurring_amount_is_skipped():
    amounts = [found(100.0, "recurring", "week", "€ 100 per week")]
    assert [s.reason for s in propose_budget_lines(amounts)[1]] == ["prefill.weekly_period"]


def test_repeated_amount_is_proposed_once():
    amounts = [
        found(450.0, "recurring", "month", "€ 450 per maand"),
        found(450.0, "recurring", "month", "Zoals vermeld: € 450 per maand."),
    ]
    assert len(propose_budget_lines(amounts)[0]) == 1


def test_long_quote_is_shortened_into_the_label():
    text = (
        "De leverancier factureert voor hosting, back-up en monitoring samen " * 3
        + "€ 95 per maand."
    )
    label = propose_budget_lines([found(95.0, "recurring", "month", text)])[0][0].line.label
    assert (len(label) <= 80, label.endswith("…")) == (True, True)


def test_proposal_keeps_page_and_currency_as_evidence():
    proposal = propose_budget_lines([found(95.0, "rate", text="€ 95 per uur")])[0][0]
    assert (proposal.page, proposal.currency) == (3, "EUR")
