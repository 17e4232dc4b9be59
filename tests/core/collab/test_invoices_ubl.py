import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpact.core.invoices import (
    MESSAGES,
    DocumentKind,
    InvoiceError,
    duplicate_key,
    message,
    parse_ubl,
)

BARE_SAMPLES = [
    "UBLBE_BE0000000196_V01-15000001.xml",
    "UBLBE_BE0000000196_V01-15000002.xml",
    "UBLBE_BE0000000196_V01-15000004.xml",
    "UBLBE_BE0000000196_V01-15000008.xml",
    "UBLBE_BE0000000196_V01-15000018.xml",
    "UBLBE_BE0000000196_V01-15000023.xml",
    "UBLBE_BE0000000196_V01-15000030.xml",
    "peppol_Allowance-example.xml",
    "peppol_NO_Norwegian-example-1.xml",
    "peppol_Vat-category-S.xml",
    "peppol_base-creditnote-correction.xml",
    "peppol_base-example.xml",
    "peppol_base-negative-inv-correction.xml",
]
# file -> (kind, number, currency, lines, excl. VAT, VAT, incl. VAT, payable), from the README
EXPECTED = {
    "UBLBE_BE0000000196_V01-15000001.xml": (
        "invoice",
        "V01/15000001",
        "EUR",
        1,
        "400",
        "84",
        "484",
        "484",
    ),
    "UBLBE_BE0000000196_V01-15000002.xml": (
        "credit_note",
        "V01/15000002",
        "EUR",
        1,
        "-400",
        "-84",
        "-484",
        "-484",
    ),
    "UBLBE_BE0000000196_V01-15000004.xml": (
        "invoice",
        "V01/15000004",
        "EUR",
        4,
        "3000",
        "456",
        "3456",
        "3456",
    ),
    "UBLBE_BE0000000196_V01-15000008.xml": (
        "invoice",
        "V01/15000008",
        "EUR",
        1,
        "400",
        "0",
        "400",
        "400",
    ),
    "UBLBE_BE0000000196_V01-15000018.xml": (
        "invoice",
        "V01/15000018",
        "EUR",
        4,
        "73.51",
        "15.44",
        "88.95",
        "88.95",
    ),
    "UBLBE_BE0000000196_V01-15000023.xml": (
        "invoice",
        "V01/15000023",
        "USD",
        1,
        "400",
        "84",
        "484",
        "484",
    ),
    "UBLBE_BE0000000196_V01-15000030.xml": (
        "invoice",
        "V01/15000030",
        "EUR",
        1,
        "80",
        "16.80",
        "96.80",
        "96.80",
    ),
    "peppol_Allowance-example.xml": (
        "invoice",
        "Snippet1",
        "EUR",
        3,
        "5900",
        "1225",
        "7125",
        "6125",
    ),
    "peppol_NO_Norwegian-example-1.xml": (
        "invoice",
        "TOSL108",
        "NOK",
        5,
        "1436.5",
        "365.28",
        "1801.78",
        "802",
    ),
    "peppol_Vat-category-S.xml": ("invoice", "Snippet1", "EUR", 3, "7000", "1550", "8550", "8550"),
    "peppol_base-creditnote-correction.xml": (
        "credit_note",
        "Snippet1",
        "EUR",
        2,
        "-1325",
        "-331.25",
        "-1656.25",
        "-1656.25",
    ),
    "peppol_base-example.xml": (
        "invoice",
        "Snippet1",
        "EUR",
        2,
        "1325",
        "331.25",
        "1656.25",
        "1656.25",
    ),
    "peppol_base-negative-inv-correction.xml": (
        "invoice",
        "Correction1",
        "EUR",
        2,
        "-1325",
        "-331.25",
        "-1656.25",
        "-1656.25",
    ),
}

INVOICE_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>2026/0042</cbc:ID>
  <cbc:IssueDate>{issue_date}</cbc:IssueDate>
  <cbc:DueDate>2026-03-31</cbc:DueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:OrderReference><cbc:ID>PO-2026-17</cbc:ID></cac:OrderReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="0208">0123456789</cbc:EndpointID>
    {supplier_name}
    <cac:PartyTaxScheme><cbc:CompanyID>BE0123456789</cbc:CompanyID>
      <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Bakkerij Peeters BV</cbc:Name></cac:PartyName>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">94.50</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">450.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">{excl}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">544.50</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">544.50</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine>
    <cbc:ID>1</cbc:ID>
    <cbc:InvoicedQuantity unitCode="MON">1</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">450.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Onderhoud en hosting februari</cbc:Name></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">450.00</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
</Invoice>
"""
SUPPLIER_NAME = "<cac:PartyName><cbc:Name>Webbureau Acme BV</cbc:Name></cac:PartyName>"


def make_invoice(issue_date="2026-03-01", supplier_name=SUPPLIER_NAME, excl="450.00") -> str:
    return INVOICE_TEMPLATE.format(issue_date=issue_date, supplier_name=supplier_name, excl=excl)


@pytest.mark.parametrize("name", BARE_SAMPLES)
def test_every_bare_sample_parses_with_the_readme_figures(invoices_dir: Path, name: str):
    invoice = parse_ubl((invoices_dir / name).read_bytes())
    kind, number, currency, lines, excl, vat, incl, payable = EXPECTED[name]
    actual = (
        str(invoice.kind),
        invoice.number,
        invoice.currency,
        len(invoice.lines),
        invoice.total_excl_vat,
        invoice.vat_total,
        invoice.total_incl_vat,
        invoice.payable,
    )
    expected = (kind, number, currency, lines, *(Decimal(v) for v in (excl, vat, incl, payable)))
    assert actual == expected


@pytest.mark.parametrize("name", BARE_SAMPLES)
def test_every_bare_sample_has_lines_that_add_up(invoices_dir: Path, name: str):
    invoice = parse_ubl((invoices_dir / name).read_bytes())
    assert "invoice.totals_mismatch" not in invoice.warnings


def test_belgian_supplier_identity_is_read(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "UBLBE_BE0000000196_V01-15000001.xml").read_bytes())
    supplier = invoice.supplier
    assert (supplier.name, supplier.vat, supplier.endpoint) == (
        "My Supplier Company N.V.",
        "BE0000000196",
        "0208:0000000196",
    )


def test_customer_and_dates_are_read(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "UBLBE_BE0000000196_V01-15000001.xml").read_bytes())
    assert (invoice.customer.name, str(invoice.issue_date), str(invoice.due_date)) == (
        "My Customer Company S.A.",
        "2018-04-09",
        "2018-05-09",
    )


def test_order_and_contract_references_are_read(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "peppol_NO_Norwegian-example-1.xml").read_bytes())
    assert (invoice.order_reference, invoice.contract_reference) == ("123", "Contract321")


def test_line_fields_are_read(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "peppol_base-example.xml").read_bytes())
    line = invoice.lines[0]
    assert (line.id, line.description, line.quantity, line.unit_price, line.line_amount) == (
        "1",
        "item name: Description of item",
        Decimal(7),
        Decimal(400),
        Decimal(2800),
    )


def test_order_line_reference_is_read(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "peppol_base-example.xml").read_bytes())
    assert invoice.lines[0].order_line_reference == "123"


def test_unit_price_is_divided_by_base_quantity(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "peppol_Allowance-example.xml").read_bytes())
    # line 3: PriceAmount 200 per BaseQuantity 2
    assert invoice.lines[2].unit_price == Decimal(100)


def test_credit_note_lines_are_negative(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "UBLBE_BE0000000196_V01-15000002.xml").read_bytes())
    assert (invoice.kind, invoice.lines[0].line_amount) == (DocumentKind.CREDIT_NOTE, Decimal(-400))


def test_credit_note_keeps_its_invoice_reference(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "UBLBE_BE0000000196_V01-15000002.xml").read_bytes())
    assert invoice.billing_references == ("V01/15000001",)


def test_vat_is_taken_in_document_currency_not_tax_currency(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "UBLBE_BE0000000196_V01-15000023.xml").read_bytes())
    assert invoice.vat_total == Decimal(84)  # not the 68.61 EUR tax-currency total


def test_document_level_allowance_is_negative(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "UBLBE_BE0000000196_V01-15000030.xml").read_bytes())
    assert [a.amount for a in invoice.allowance_charges] == [Decimal(-20)]


def test_negative_invoice_gets_a_warning(invoices_dir: Path):
    invoice = parse_ubl((invoices_dir / "peppol_base-negative-inv-correction.xml").read_bytes())
    assert "invoice.negative_invoice" in invoice.warnings


@pytest.mark.parametrize(
    "name", ["invalid_peppol-unittest_NL-R-001.xml", "invalid_peppol-unittest_NL-R-007.xml"]
)
def test_validator_test_set_is_not_an_invoice(invoices_dir: Path, name: str):
    with pytest.raises(InvoiceError) as caught:
        parse_ubl((invoices_dir / name).read_bytes())
    assert (caught.value.code, caught.value.detail) == ("invoice.not_an_invoice", "testSet")


def test_schematron_invalid_credit_note_without_reference_is_imported_with_warning(
    invoices_dir: Path, vefa_documents
):
    documents = vefa_documents(invoices_dir / "invalid_peppol-unittest_NL-R-001.xml")
    invalid = next(doc for outcome, doc in documents if outcome == "error")
    assert "invoice.credit_note_without_reference" in parse_ubl(invalid).warnings


def test_schematron_valid_credit_note_has_no_reference_warning(invoices_dir: Path, vefa_documents):
    documents = vefa_documents(invoices_dir / "invalid_peppol-unittest_NL-R-001.xml")
    valid = next(doc for outcome, doc in documents if outcome == "success")
    assert "invoice.credit_note_without_reference" not in parse_ubl(valid).warnings


def test_schematron_invalid_invoice_without_payment_means_gets_warning(
    invoices_dir: Path, vefa_documents
):
    documents = vefa_documents(invoices_dir / "invalid_peppol-unittest_NL-R-007.xml")
    invoice = parse_ubl(documents[1][1])  # test 2: the invoice without PaymentMeans
    assert (documents[1][0], "invoice.no_payment_means" in invoice.warnings) == ("error", True)


def test_schematron_invalid_negative_credit_note_gets_warning(invoices_dir: Path, vefa_documents):
    documents = vefa_documents(invoices_dir / "invalid_peppol-unittest_NL-R-007.xml")
    credit_note = parse_ubl(documents[3][1])  # test 4: credit note with payable -227.00
    assert "invoice.credit_note_negative_total" in credit_note.warnings


def test_sbdh_envelope_is_unwrapped():
    envelope = (
        '<StandardBusinessDocument xmlns="http://www.unece.org/cefact/namespaces/'
        'StandardBusinessDocumentHeader"><StandardBusinessDocumentHeader/>'
        + make_invoice().split("?>", 1)[1]
        + "</StandardBusinessDocument>"
    )
    assert parse_ubl(envelope).number == "2026/0042"


def test_generated_invoice_parses_with_supplier_vat():
    assert parse_ubl(make_invoice()).supplier.vat == "BE0123456789"


def test_malformed_xml_is_refused():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(make_invoice()[:-40])
    assert caught.value.code == "invoice.malformed_xml"


def test_empty_upload_is_malformed():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(b"   ")
    assert caught.value.code == "invoice.malformed_xml"


def test_non_xml_upload_is_malformed():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(b"%PDF-1.7\n1 0 obj <<>> endobj")
    assert caught.value.code == "invoice.malformed_xml"


def test_other_xml_document_is_not_an_invoice():
    order = '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>'
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(order)
    assert (caught.value.code, caught.value.detail) == ("invoice.not_an_invoice", "Order")


def test_entity_expansion_is_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Invoice>&lol2;</Invoice>'
    )
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(bomb)
    assert caught.value.code == "invoice.unsafe_xml"


def test_external_entity_is_refused():
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<Invoice>&xxe;</Invoice>"
    )
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(xxe)
    assert caught.value.code == "invoice.unsafe_xml"


def test_doctype_without_entities_is_refused():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl('<?xml version="1.0"?><!DOCTYPE Invoice SYSTEM "x.dtd"><Invoice/>')
    assert caught.value.code == "invoice.unsafe_xml"


def test_missing_issue_date_names_the_field():
    broken = make_invoice().replace("<cbc:IssueDate>2026-03-01</cbc:IssueDate>", "")
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(broken)
    assert (caught.value.code, caught.value.detail) == ("invoice.missing_field", "IssueDate")


def test_missing_supplier_name_names_the_field():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(make_invoice(supplier_name=""))
    assert (caught.value.code, caught.value.detail) == ("invoice.missing_field", "supplier.name")


def test_invalid_date_is_a_bad_value():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(make_invoice(issue_date="31/02/2026"))
    assert caught.value.code == "invoice.bad_value"


def test_non_numeric_amount_is_a_bad_value():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(make_invoice(excl="vierhonderd"))
    assert caught.value.code == "invoice.bad_value"


def test_invoice_without_lines_is_refused():
    start = make_invoice().index("<cac:InvoiceLine>")
    end = make_invoice().index("</cac:InvoiceLine>") + len("</cac:InvoiceLine>")
    broken = make_invoice()[:start] + make_invoice()[end:]
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(broken)
    assert (caught.value.code, caught.value.detail) == ("invoice.missing_field", "InvoiceLine")


def test_totals_that_do_not_add_up_get_a_warning():
    assert "invoice.totals_mismatch" in parse_ubl(make_invoice(excl="500.00")).warnings


def test_duplicate_key_ignores_vat_number_formatting():
    invoice = parse_ubl(make_invoice())
    same = replace(invoice, supplier=replace(invoice.supplier, vat="BE 0123.456.789"))
    assert duplicate_key(invoice) == duplicate_key(same)


def test_duplicate_key_differs_per_invoice_number():
    invoice = parse_ubl(make_invoice())
    assert duplicate_key(invoice) != duplicate_key(replace(invoice, number="2026/0043"))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=len(make_invoice()) - 1), st.binary(max_size=8))
def test_corrupted_invoice_gives_an_invoice_or_an_invoice_error(position: int, noise: bytes):
    data = make_invoice().encode()
    corrupted = data[:position] + noise + data[position + len(noise) :]
    try:
        parse_ubl(corrupted)
    except InvoiceError as error:
        assert error.code.startswith("invoice.")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_never_crash_the_parser(data: bytes):
    try:
        parse_ubl(data)
    except InvoiceError as error:
        assert error.code.startswith("invoice.")


def test_unknown_encoding_in_declaration_is_malformed():
    with pytest.raises(InvoiceError) as caught:
        parse_ubl(make_invoice().replace('encoding="UTF-8"', 'encoding="U-TF-8"').encode())
    assert caught.value.code == "invoice.malformed_xml"


def test_every_code_the_parser_can_raise_or_warn_has_texts():
    source = (Path(parse_ubl.__code__.co_filename)).read_text()
    codes = set(re.findall(r'"(invoice\.[a-z_]+)"', source))
    assert codes - set(MESSAGES) == set()


def test_message_fills_in_the_detail():
    assert message("invoice.missing_field", "nl", "IssueDate") == (
        "Verplicht gegeven ontbreekt: IssueDate."
    )
