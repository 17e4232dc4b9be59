"""The invoice CSV import reads the budget once per file and stores invoices and lines in
bulk: the number of queries does not grow with the number of invoices (beyond one insert per
batch of rows the database takes at once: SQLite about 50 invoice lines)."""

from __future__ import annotations

from tests.scale import count_queries
from vendorpact.budget import invoicing
from vendorpact.budget.models import Invoice, InvoiceLine

HEADER = (
    b"supplier_name;supplier_vat;invoice_number;issue_date;description;line_amount;"
    b"order_reference\n"
)


def csv_of(numbers, reference="") -> bytes:
    """One invoice per number, each with two lines (1000 + 250 excl. VAT)."""
    rows = b"".join(
        f"Pixelwerf BV;BE0712345630;{n};2026-03-31;Sprint;1000;{reference}\n"
        f"Pixelwerf BV;BE0712345630;{n};2026-03-31;Projectleiding;250;{reference}\n".encode()
        for n in numbers
    )
    return HEADER + rows


def import_csv(tenancy, engagement, data):
    return invoicing.import_csv(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, data=data, name="f.csv"
    )


def test_query_count_does_not_grow_with_the_number_of_invoices(
    tenancy, engagement_a, development_line
):
    import_csv(tenancy, engagement_a, csv_of(["W-0"]))  # the engagement's supplier is cached
    small, result_small = count_queries(
        lambda: import_csv(tenancy, engagement_a, csv_of([f"A-{n}" for n in range(4)]))
    )
    large, result_large = count_queries(
        lambda: import_csv(tenancy, engagement_a, csv_of([f"B-{n}" for n in range(20)]))
    )
    assert (len(result_small.imported), len(result_large.imported)) == (4, 20)
    assert InvoiceLine.objects.filter(invoice__number__startswith="B-").count() == 40
    assert small == large


def test_bulk_import_proposes_the_budget_line_quoted_by_reference(
    tenancy, engagement_a, development_line
):
    # The development line's reference is YR127129 (tests/budget/conftest.py).
    import_csv(tenancy, engagement_a, csv_of(["2026-101", "2026-102"], reference="YR127129"))
    lines = InvoiceLine.objects.filter(invoice__engagement=engagement_a)
    assert [(line.budget_line, line.match_state) for line in lines] == [
        (development_line, "proposed")
    ] * 4


def test_an_invoice_stored_meanwhile_counts_as_duplicate(tenancy, engagement_a, monkeypatch):
    # Another import stores 2026-002 between the duplicate check and the bulk insert: the
    # insert is refused as a whole and the invoices are stored one by one instead.
    import_csv(tenancy, engagement_a, csv_of(["2026-002"]))
    monkeypatch.setattr(
        invoicing, "without_duplicates", lambda org, invoices, duplicates: list(invoices)
    )
    result = import_csv(tenancy, engagement_a, csv_of(["2026-001", "2026-002", "2026-003"]))
    assert [invoice.number for invoice in result.imported] == ["2026-001", "2026-003"]
    assert result.duplicates == ["2026-002"]
    assert Invoice.objects.count() == 3
