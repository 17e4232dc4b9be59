from datetime import date
from decimal import Decimal

from vendorpact.core.budget import (
    BudgetKind,
    BudgetLine,
    ExtraCost,
    ExtraCostStatus,
    Period,
    RateUnit,
    closeness,
    description_similarity,
    propose_matches,
)
from vendorpact.core.invoices import DocumentKind, Invoice, InvoiceLine, Party

LINES = [
    BudgetLine(
        "project",
        "Implementatie webshop",
        BudgetKind.ONE_OFF,
        Decimal(20000),
        reference="PO-2026-17",
    ),
    BudgetLine(
        "hosting",
        "Onderhoud en hosting",
        BudgetKind.RECURRING,
        Decimal(450),
        Period.MONTH,
        start=date(2026, 1, 1),
    ),
    BudgetLine(
        "dev",
        "Ontwikkeling in regie",
        BudgetKind.RATE,
        Decimal(95),
        rate_unit=RateUnit.HOUR,
        cap=Decimal(9500),
    ),
]
EXTRAS = [
    ExtraCost(
        "MW-3", "Koppeling met boekhoudpakket Exact", Decimal(2400), budget_line_id="project"
    ),
    ExtraCost("MW-4", "Extra exportrapport", Decimal(800), ExtraCostStatus.REJECTED),
]


def invoice_with(*lines: InvoiceLine, order_reference: str = "") -> Invoice:
    total = sum((line.line_amount for line in lines), Decimal(0))
    return Invoice(
        kind=DocumentKind.INVOICE,
        number="F-2026-031",
        issue_date=date(2026, 3, 31),
        due_date=None,
        currency="EUR",
        supplier=Party("Webbureau Acme BV", vat="BE0123456789"),
        customer=Party("Bakkerij Peeters BV"),
        total_excl_vat=total,
        vat_total=Decimal(0),
        total_incl_vat=total,
        payable=total,
        lines=lines,
        order_reference=order_reference,
    )


def line(description: str, amount: str, **extra) -> InvoiceLine:
    return InvoiceLine(
        id=extra.pop("id", "1"),
        description=description,
        quantity=extra.pop("quantity", Decimal(1)),
        unit_price=extra.pop("unit_price", None),
        line_amount=Decimal(amount),
        **extra,
    )


def best_target(proposal):
    return (proposal.best.target_kind, proposal.best.target_id) if proposal.best else None


def test_extra_cost_number_in_description_matches_the_extra_cost():
    invoice = invoice_with(line("Koppeling Exact volgens meerwerk MW-3", "2400"))
    assert best_target(propose_matches(invoice, LINES, EXTRAS)[0]) == ("extra_cost", "MW-3")


def test_monthly_fee_matches_the_recurring_line():
    invoice = invoice_with(line("Onderhoud maart 2026", "450"))
    assert best_target(propose_matches(invoice, LINES, EXTRAS)[0]) == ("budget_line", "hosting")


def test_quarterly_invoice_of_monthly_fee_matches_the_recurring_line():
    invoice = invoice_with(line("Hosting Q1", "1350"))
    assert best_target(propose_matches(invoice, LINES, EXTRAS)[0]) == ("budget_line", "hosting")


def test_hours_at_the_agreed_rate_match_the_rate_line():
    hours = line(
        "Ontwikkeling maart", "1140", quantity=Decimal(12), unit_price=Decimal(95), unit_code="HUR"
    )
    assert best_target(propose_matches(invoice_with(hours), LINES, EXTRAS)[0]) == (
        "budget_line",
        "dev",
    )


def test_order_reference_on_the_invoice_points_to_the_budget_line():
    invoice = invoice_with(line("Oplevering fase 1", "8000"), order_reference="PO 2026/17")
    assert best_target(propose_matches(invoice, LINES, EXTRAS)[0]) == ("budget_line", "project")


def test_rejected_extra_cost_is_never_proposed():
    invoice = invoice_with(line("Extra exportrapport", "800"))
    proposal = propose_matches(invoice, LINES, EXTRAS)[0]
    candidates = [proposal.best, *proposal.alternatives]
    assert all(c is None or c.target_id != "MW-4" for c in candidates)


def test_unrelated_line_gets_no_proposal():
    invoice = invoice_with(line("Verplaatsingskosten", "37.50"))
    assert propose_matches(invoice, LINES, EXTRAS)[0].best is None


def test_one_proposal_per_invoice_line():
    invoice = invoice_with(
        line("Hosting maart", "450", id="1"), line("Hosting april", "450", id="2")
    )
    assert [p.invoice_line_id for p in propose_matches(invoice, LINES, EXTRAS)] == ["1", "2"]


def test_reasons_explain_the_match():
    invoice = invoice_with(line("Koppeling Exact volgens meerwerk MW-3", "2400"))
    reasons = propose_matches(invoice, LINES, EXTRAS)[0].best.reasons
    assert reasons == ("match.reference", "match.description", "match.amount")


def test_already_invoiced_extra_cost_scores_lower():
    invoiced = ExtraCost(
        "MW-3", "Koppeling met boekhoudpakket Exact", Decimal(2400), ExtraCostStatus.INVOICED
    )
    invoice = invoice_with(line("Koppeling Exact MW-3", "2400"))
    open_score = propose_matches(invoice, [], EXTRAS)[0].best.score
    invoiced_score = propose_matches(invoice, [], [invoiced])[0].best.score
    assert invoiced_score < open_score


def test_description_similarity_matches_plurals_and_compounds():
    assert description_similarity("Licenties Microsoft 365", "Microsoft 365 licentie") == 1.0


def test_description_similarity_ignores_stopwords_and_accents():
    assert description_similarity("Hébergement du site", "hebergement site") == 1.0


def test_closeness_is_zero_at_half_the_amount():
    assert closeness(Decimal(50), Decimal(100)) == 0.0
