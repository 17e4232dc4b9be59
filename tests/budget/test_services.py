from datetime import date
from decimal import Decimal

import pytest

from vendorpact.budget import invoicing, services
from vendorpact.budget.figures import EngagementBudget
from vendorpact.budget.models import Invoice, InvoiceLine
from vendorpact.core.errors import DomainError


def test_approving_within_budget_records_who_and_when(tenancy, reported_cost):
    cost = services.approve_extra_cost(
        org=tenancy.org_a, actor=tenancy.alice, cost=reported_cost, on=date(2026, 3, 5)
    )
    assert (cost.status, cost.decided_by, cost.approved_on) == (
        "approved",
        "alice",
        date(2026, 3, 5),
    )


def test_approval_over_budget_needs_confirmation(tenancy, reported_cost):
    reported_cost.estimate = Decimal("20000")
    reported_cost.save()
    with pytest.raises(DomainError) as refused:
        services.approve_extra_cost(org=tenancy.org_a, actor=tenancy.alice, cost=reported_cost)
    assert refused.value.code == "budget.approval_over_budget"
    reported_cost.refresh_from_db()
    assert reported_cost.status == "reported"


def test_confirmed_approval_over_budget_goes_through(tenancy, reported_cost):
    reported_cost.estimate = Decimal("20000")
    reported_cost.save()
    cost = services.approve_extra_cost(
        org=tenancy.org_a, actor=tenancy.alice, cost=reported_cost, confirm_over_budget=True
    )
    assert cost.status == "approved"


def test_rejected_cost_cannot_be_invoiced(tenancy, reported_cost):
    services.set_extra_cost_status(
        org=tenancy.org_a, actor=tenancy.alice, cost=reported_cost, status="rejected"
    )
    with pytest.raises(DomainError):
        services.set_extra_cost_status(
            org=tenancy.org_a, actor=tenancy.alice, cost=reported_cost, status="invoiced"
        )


def test_recurring_line_without_start_is_refused(tenancy, engagement_a):
    with pytest.raises(DomainError):
        services.create_budget_line(
            org=tenancy.org_a,
            actor=tenancy.alice,
            engagement=engagement_a,
            data={
                "label": "Hosting",
                "kind": "recurring",
                "amount": Decimal(40),
                "period": "month",
            },
        )


def test_ubl_import_proposes_the_budget_line_quoted_by_reference(
    tenancy, engagement_a, development_line, ubl_bytes
):
    invoice = invoicing.import_ubl(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=ubl_bytes()
    )
    line = invoice.lines.get()
    assert (line.budget_line, line.match_state) == (development_line, "proposed")


def test_same_invoice_twice_is_refused_as_duplicate(tenancy, engagement_a, ubl_bytes):
    invoicing.import_ubl(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=ubl_bytes()
    )
    with pytest.raises(DomainError) as refused:
        invoicing.import_ubl(
            org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=ubl_bytes()
        )
    assert refused.value.code == "invoice.duplicate"
    assert Invoice.objects.count() == 1


def test_same_number_from_another_organisation_is_no_duplicate(tenancy, engagement_a, ubl_bytes):
    from vendorpact.engagements.models import Engagement
    from vendorpact.suppliers.models import Supplier

    supplier_b = Supplier.objects.create(organisation=tenancy.org_b, name="My Supplier")
    engagement_b = Engagement.objects.create(
        organisation=tenancy.org_b, supplier=supplier_b, title="Garagesoftware"
    )
    for org, engagement in ((tenancy.org_a, engagement_a), (tenancy.org_b, engagement_b)):
        invoicing.import_ubl(org=org, actor=tenancy.bob, engagement=engagement, data=ubl_bytes())
    assert Invoice.objects.count() == 2


def test_malformed_xml_is_refused_without_storing(tenancy, engagement_a):
    with pytest.raises(DomainError) as refused:
        invoicing.import_ubl(
            org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=b"<Invoice><ID>"
        )
    assert refused.value.code == "invoice.malformed_xml"
    assert not Invoice.objects.exists()


def test_a_validator_test_set_is_not_an_invoice(tenancy, engagement_a, ubl_bytes):
    with pytest.raises(DomainError) as refused:
        invoicing.import_ubl(
            org=tenancy.org_a,
            actor=tenancy.alice,
            engagement=engagement_a,
            data=ubl_bytes("invalid_peppol-unittest_NL-R-001.xml"),
        )
    assert refused.value.code == "invoice.not_an_invoice"


def test_csv_import_skips_the_duplicate_and_keeps_the_rest(tenancy, engagement_a):
    csv = (
        b"supplier_name;supplier_vat;invoice_number;issue_date;description;line_amount\n"
        b"Pixelwerf BV;BE0712345630;2026-001;2026-02-28;Voorschot;5000\n"
        b"Pixelwerf BV;BE0712345630;2026-002;2026-03-31;Tweede schijf;4000\n"
    )
    first = invoicing.import_csv(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=csv
    )
    again = invoicing.import_csv(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=csv
    )
    assert (len(first.imported), len(again.imported), again.duplicates) == (
        2,
        0,
        ["2026-001", "2026-002"],
    )


def test_matching_a_line_to_an_unapproved_cost_warns(tenancy, engagement_a, reported_cost):
    invoice = invoicing.create_manual_invoice(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        header={"number": "2026-0077", "issue_date": date(2026, 4, 2)},
        lines=[{"description": "Koppeling betaalterminal", "amount": Decimal("1200")}],
    )
    invoicing.match_line(
        org=tenancy.org_a,
        actor=tenancy.alice,
        line=invoice.lines.get(),
        target=f"extra_cost:{reported_cost.pk}",
    )
    codes = [w.code for w in EngagementBudget(engagement_a).summary().warnings]
    assert "budget.extra_invoiced_without_approval" in codes


def test_confirmed_match_counts_as_invoiced_on_the_line(
    tenancy, engagement_a, development_line, ubl_bytes
):
    invoice = invoicing.import_ubl(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=ubl_bytes()
    )
    line = invoice.lines.get()
    invoicing.match_line(org=tenancy.org_a, actor=tenancy.alice, line=line, target=line.target_key)
    summary = EngagementBudget(engagement_a).summary()
    assert summary.lines[0].invoiced == Decimal("400")


def test_match_target_of_another_engagement_is_refused(tenancy, engagement_a, supplier_a):
    from vendorpact.budget.services import create_budget_line
    from vendorpact.engagements.models import Engagement

    other = Engagement.objects.create(organisation=tenancy.org_a, supplier=supplier_a, title="SEO")
    foreign_line = create_budget_line(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=other,
        data={"label": "SEO", "kind": "one_off", "amount": Decimal(900)},
    )
    invoice = invoicing.create_manual_invoice(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        header={"number": "9", "issue_date": date(2026, 4, 2)},
        lines=[{"description": "SEO", "amount": Decimal("900")}],
    )
    with pytest.raises(DomainError):
        invoicing.match_line(
            org=tenancy.org_a,
            actor=tenancy.alice,
            line=invoice.lines.get(),
            target=f"budget_line:{foreign_line.pk}",
        )
    assert InvoiceLine.objects.get().budget_line is None


def test_over_budget_warning_names_both_amounts(tenancy, reported_cost):
    from django.utils import translation

    from vendorpact.budget.messages import warning_text

    reported_cost.estimate = Decimal("9000")
    reported_cost.save()
    check = EngagementBudget(reported_cost.engagement).approval_check(reported_cost)
    with translation.override("en"):
        text = warning_text(check.warnings[0], {})
    assert "€9,000.00" in text and "€3,000.00" in text


def test_approved_estimate_cannot_be_raised_afterwards(tenancy, reported_cost):
    cost = services.approve_extra_cost(org=tenancy.org_a, actor=tenancy.alice, cost=reported_cost)
    with pytest.raises(DomainError) as refused:
        services.update_extra_cost(
            org=tenancy.org_a, actor=tenancy.alice, cost=cost, data={"estimate": Decimal(5000)}
        )
    assert refused.value.code == "extra_cost.decided"


def test_foreign_currency_invoice_is_kept_out_of_the_budget(
    tenancy, engagement_a, development_line, ubl_bytes
):
    invoice = invoicing.import_ubl(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data=ubl_bytes("UBLBE_BE0000000196_V01-15000023.xml"),
    )
    assert "invoice.other_currency" in invoice.warning_codes
    assert EngagementBudget(engagement_a).summary().invoiced == 0
