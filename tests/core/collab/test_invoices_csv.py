import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpact.core.invoices import MESSAGES, DocumentKind, InvoiceError, parse_invoice_csv

HEADER = "supplier_name;invoice_number;issue_date;description;line_amount;vat_rate\n"


def test_rows_of_one_invoice_are_grouped():
    result = parse_invoice_csv(
        HEADER
        + "Webbureau Acme BV;F-2026-014;31/01/2026;Onderhoud januari;450,00;21\n"
        + "Webbureau Acme BV;F-2026-014;31/01/2026;Meerwerk koppeling Exact;2.400,00;21\n"
    )
    assert [len(i.lines) for i in result.invoices] == [2]


def test_totals_are_computed_from_lines_and_vat_rate():
    result = parse_invoice_csv(
        HEADER + "Webbureau Acme BV;F-2026-014;31/01/2026;Onderhoud januari;450,00;21\n"
    )
    invoice = result.invoices[0]
    assert (invoice.total_excl_vat, invoice.vat_total, invoice.total_incl_vat) == (
        Decimal("450.00"),
        Decimal("94.50"),
        Decimal("544.50"),
    )


def test_dutch_column_names_are_recognised():
    result = parse_invoice_csv(
        "Leverancier;Factuurnummer;Factuurdatum;Omschrijving;Bedrag\n"
        "Webbureau Acme BV;F-1;2026-02-28;Hosting februari;95\n"
    )
    assert result.invoices[0].lines[0].description == "Hosting februari"


def test_comma_separated_file_with_dot_decimals_parses():
    result = parse_invoice_csv(
        "supplier_name,invoice_number,issue_date,description,line_amount\n"
        'Acme Ltd,INV-7,2026-02-28,"Consulting, 2 days",1234.50\n'
    )
    assert result.invoices[0].total_excl_vat == Decimal("1234.50")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("€ 95,5", "95.5"), ("-12", "-12")],
)
def test_amount_notations_are_understood(raw: str, expected: str):
    result = parse_invoice_csv(HEADER + f"Acme;F-1;2026-02-28;Hosting;{raw};21\n")
    assert result.invoices[0].lines[0].line_amount == Decimal(expected)


def test_missing_required_columns_are_named():
    with pytest.raises(InvoiceError) as caught:
        parse_invoice_csv("supplier_name;datum;omschrijving\nAcme;2026-01-01;Hosting\n")
    assert (caught.value.code, caught.value.detail) == (
        "invoice.csv_missing_columns",
        "missing: invoice_number, line_amount",
    )


def test_unknown_columns_are_named_next_to_missing_ones():
    with pytest.raises(InvoiceError) as caught:
        parse_invoice_csv("supplier_name;issue_date;description;line_amount;factuur_nr\n")
    assert caught.value.detail == "missing: invoice_number; unknown: factuur_nr"


def test_unknown_columns_are_reported_when_the_header_is_usable():
    result = parse_invoice_csv(
        HEADER.replace("\n", ";kostenplaats\n") + "Acme;F-1;2026-02-28;Hosting;95;21;IT\n"
    )
    assert result.unknown_columns == ("kostenplaats",)


def test_empty_file_is_refused():
    with pytest.raises(InvoiceError) as caught:
        parse_invoice_csv(b"")
    assert caught.value.code == "invoice.csv_empty"


def test_bad_date_is_reported_with_line_and_column():
    result = parse_invoice_csv(
        HEADER + "Acme;F-1;2026-02-28;Hosting;95;21\n" + "Acme;F-2;30/02/2026;Hosting;95;21\n"
    )
    assert [(e.line, e.code, e.column) for e in result.errors] == [
        (3, "csv.bad_date", "issue_date")
    ]


def test_bad_amount_is_reported_with_its_value():
    result = parse_invoice_csv(HEADER + "Acme;F-1;2026-02-28;Hosting;veel;21\n")
    assert [(e.code, e.value) for e in result.errors] == [("csv.bad_amount", "veel")]


def test_empty_required_cell_is_reported():
    result = parse_invoice_csv(HEADER + "Acme;;2026-02-28;Hosting;95;21\n")
    assert [(e.code, e.column) for e in result.errors] == [("csv.required_empty", "invoice_number")]


def test_good_invoices_are_kept_next_to_bad_rows():
    result = parse_invoice_csv(
        HEADER + "Acme;F-1;2026-02-28;Hosting;95;21\n" + "Acme;F-2;2026-02-28;Hosting;x;21\n"
    )
    assert [i.number for i in result.invoices] == ["F-1"]


def test_invoice_with_conflicting_dates_is_left_out():
    result = parse_invoice_csv(
        HEADER + "Acme;F-1;2026-02-28;Hosting;95;21\n" + "Acme;F-1;2026-03-01;Onderhoud;450;21\n"
    )
    assert (result.invoices, [e.code for e in result.errors]) == ((), ["csv.inconsistent_invoice"])


def test_credit_note_rows_become_negative():
    result = parse_invoice_csv(
        "supplier_name;invoice_number;issue_date;description;line_amount;document_type\n"
        "Acme;C-1;2026-03-05;Creditnota hosting;95;creditnota\n"
    )
    invoice = result.invoices[0]
    assert (invoice.kind, invoice.total_excl_vat) == (DocumentKind.CREDIT_NOTE, Decimal(-95))


def test_blank_lines_are_skipped():
    result = parse_invoice_csv(HEADER + "\n;;;;;\nAcme;F-1;2026-02-28;Hosting;95;21\n")
    assert (len(result.invoices), result.errors) == (1, ())


def test_windows_1252_file_is_read():
    data = (HEADER + "Société Générale IT;F-9;01.03.2026;Hébergement;95;21\n").encode("cp1252")
    result = parse_invoice_csv(data)
    assert (result.invoices[0].supplier.name, result.invoices[0].issue_date) == (
        "Société Générale IT",
        date(2026, 3, 1),
    )


def test_oversized_field_is_a_clear_error():
    huge = "x" * 200_000  # beyond the csv module's field size limit
    with pytest.raises(InvoiceError) as caught:
        parse_invoice_csv(HEADER + f'Acme;F-1;2026-02-28;"{huge}";95;21\n')
    assert (caught.value.code, caught.value.detail.startswith("line 2")) == (
        "invoice.csv_malformed",
        True,
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_result_or_an_invoice_error(text: str):
    try:
        result = parse_invoice_csv(HEADER + text)
    except InvoiceError:
        return
    assert isinstance(result.errors, tuple)


def test_every_csv_code_has_texts():
    source = Path(parse_invoice_csv.__code__.co_filename).read_text()
    codes = set(re.findall(r'"((?:csv|invoice)\.[a-z_]+)"', source))
    assert codes - set(MESSAGES) == set()
