"""Peppol BIS Billing 3.0 / UBL 2.1 Invoice and CreditNote parsing.

We extract business data for budget follow-up; we are not a Peppol validator. Schematron rules
are checked by the sender's access point. A few things that matter for follow-up are reported
as warning codes on the Invoice (e.g. a credit note without invoice reference) instead of
refusing the document.

Decision on schematron-invalid documents (the shared `invalid_*` samples): a validator test set
as uploaded (root `testSet`) is refused with "invoice.not_an_invoice"; a well-formed Invoice or
CreditNote that breaks a business rule but has the fields we need is imported, with warning codes
such as "invoice.credit_note_without_reference" or "invoice.no_payment_means". Refusing it would
leave a real, received invoice out of the budget.

Safety: DTDs, entities and external references are refused ("invoice.unsafe_xml"); documents
over MAX_BYTES are refused ("invoice.too_large").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal, DecimalException, InvalidOperation
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from vendorpact.core.invoices.model import (
    AllowanceCharge,
    DocumentKind,
    Invoice,
    InvoiceError,
    InvoiceLine,
    Party,
)

MAX_BYTES = 20 * 1024 * 1024

NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
NS_SBDH = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"
NS = {"cac": NS_CAC, "cbc": NS_CBC}

ROOTS = {
    f"{{{NS_INVOICE}}}Invoice": DocumentKind.INVOICE,
    f"{{{NS_CREDIT_NOTE}}}CreditNote": DocumentKind.CREDIT_NOTE,
}


def parse_ubl(data: bytes | str) -> Invoice:
    """Parse one UBL Invoice or CreditNote (bare, or inside a Peppol SBDH envelope)."""
    root = _parse_xml(data)
    document = _find_document(root)
    kind = ROOTS[document.tag]
    return _read_invoice(document, kind)


def _parse_xml(data: bytes | str) -> Element:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_BYTES:
        raise InvoiceError("invoice.too_large", f"{len(raw)} bytes")
    if not raw.strip():
        raise InvoiceError("invoice.malformed_xml", "empty document")
    try:
        return safe_et.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InvoiceError("invoice.unsafe_xml", type(exc).__name__) from exc
    except (ParseError, LookupError, ValueError) as exc:
        # LookupError: an unknown encoding in the XML declaration
        raise InvoiceError("invoice.malformed_xml", str(exc)) from exc


def _find_document(root: Element) -> Element:
    if root.tag in ROOTS:
        return root
    if root.tag == f"{{{NS_SBDH}}}StandardBusinessDocument":
        for child in root:
            if child.tag in ROOTS:
                return child
    raise InvoiceError("invoice.not_an_invoice", _local_name(root.tag))


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(node: Element | None, path: str) -> str:
    if node is None:
        return ""
    found = node.find(path, NS)
    if found is None or found.text is None:
        return ""
    return found.text.strip()


def _required_text(node: Element, path: str, name: str) -> str:
    value = _text(node, path)
    if not value:
        raise InvoiceError("invoice.missing_field", name)
    return value


def _decimal(value: str, name: str) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation as exc:
        raise InvoiceError("invoice.bad_value", f"{name}: {value!r}") from exc
    if not number.is_finite():
        raise InvoiceError("invoice.bad_value", f"{name}: {value!r}")
    return number


def _optional_decimal(node: Element | None, path: str, name: str) -> Decimal | None:
    value = _text(node, path)
    return _decimal(value, name) if value else None


def _date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvoiceError("invoice.bad_value", f"{name}: {value!r}") from exc


def _optional_date(node: Element | None, path: str, name: str) -> date | None:
    value = _text(node, path)
    return _date(value, name) if value else None


def _read_party(document: Element, path: str, role: str) -> Party:
    party = document.find(path, NS)
    if party is None:
        raise InvoiceError("invoice.missing_field", role)
    name = _text(party, "cac:PartyName/cbc:Name") or _text(
        party, "cac:PartyLegalEntity/cbc:RegistrationName"
    )
    if not name:
        raise InvoiceError("invoice.missing_field", f"{role}.name")
    endpoint = party.find("cbc:EndpointID", NS)
    endpoint_text = ""
    if endpoint is not None and endpoint.text and endpoint.text.strip():
        scheme = endpoint.get("schemeID", "")
        endpoint_text = f"{scheme}:{endpoint.text.strip()}" if scheme else endpoint.text.strip()
    return Party(
        name=name,
        vat=_vat_number(party),
        endpoint=endpoint_text,
        company_id=_text(party, "cac:PartyLegalEntity/cbc:CompanyID"),
        country=_text(party, "cac:PostalAddress/cac:Country/cbc:IdentificationCode"),
    )


def _vat_number(party: Element) -> str:
    for scheme in party.findall("cac:PartyTaxScheme", NS):
        if _text(scheme, "cac:TaxScheme/cbc:ID").upper() == "VAT":
            return _text(scheme, "cbc:CompanyID")
    return ""


def _vat_total(document: Element, currency: str) -> Decimal | None:
    """The TaxTotal in the document currency (a second one may be in the tax currency)."""
    for total in document.findall("cac:TaxTotal", NS):
        amount = total.find("cbc:TaxAmount", NS)
        if amount is None or not (amount.text or "").strip():
            continue
        if amount.get("currencyID", currency) == currency:
            return _decimal(amount.text.strip(), "TaxTotal/TaxAmount")
    return None


def _read_lines(document: Element, kind: DocumentKind, sign: Decimal) -> tuple[InvoiceLine, ...]:
    if kind is DocumentKind.INVOICE:
        line_tag, quantity_tag = "cac:InvoiceLine", "cbc:InvoicedQuantity"
    else:
        line_tag, quantity_tag = "cac:CreditNoteLine", "cbc:CreditedQuantity"
    lines = []
    for position, node in enumerate(document.findall(line_tag, NS), start=1):
        lines.append(_read_line(node, quantity_tag, sign, position))
    if not lines:
        raise InvoiceError("invoice.missing_field", line_tag.split(":")[1])
    return tuple(lines)


def _read_line(node: Element, quantity_tag: str, sign: Decimal, position: int) -> InvoiceLine:
    label = f"line {position}"
    amount = _decimal(
        _required_text(node, "cbc:LineExtensionAmount", f"{label}.LineExtensionAmount"),
        f"{label}.LineExtensionAmount",
    )
    quantity_node = node.find(quantity_tag, NS)
    quantity = _optional_decimal(node, quantity_tag, f"{label}.quantity") or Decimal(1)
    name = _text(node, "cac:Item/cbc:Name")
    description = _text(node, "cac:Item/cbc:Description")
    return InvoiceLine(
        id=_text(node, "cbc:ID") or str(position),
        description=_join_description(name, description),
        quantity=sign * quantity,
        unit_price=_unit_price(node, label),
        line_amount=sign * amount,
        unit_code=quantity_node.get("unitCode", "") if quantity_node is not None else "",
        vat_rate=_optional_decimal(node, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", label),
        order_line_reference=_text(node, "cac:OrderLineReference/cbc:LineID"),
        document_reference=_text(node, "cac:DocumentReference/cbc:ID"),
        period_start=_optional_date(node, "cac:InvoicePeriod/cbc:StartDate", label),
        period_end=_optional_date(node, "cac:InvoicePeriod/cbc:EndDate", label),
    )


def _join_description(name: str, description: str) -> str:
    name, description = " ".join(name.split()), " ".join(description.split())
    if name and description and description != name:
        return f"{name}: {description}"
    return name or description


def _unit_price(node: Element, label: str) -> Decimal | None:
    price = _optional_decimal(node, "cac:Price/cbc:PriceAmount", f"{label}.PriceAmount")
    base = _optional_decimal(node, "cac:Price/cbc:BaseQuantity", f"{label}.BaseQuantity")
    if price is None or not base:
        return price
    try:
        return price / base
    except DecimalException as exc:
        raise InvoiceError("invoice.bad_value", f"{label}.PriceAmount") from exc


def _read_allowance_charges(document: Element, sign: Decimal) -> tuple[AllowanceCharge, ...]:
    result = []
    for node in document.findall("cac:AllowanceCharge", NS):
        amount = _decimal(_required_text(node, "cbc:Amount", "AllowanceCharge/Amount"), "Amount")
        is_charge = _text(node, "cbc:ChargeIndicator").lower() == "true"
        reason = _text(node, "cbc:AllowanceChargeReason") or _text(
            node, "cbc:AllowanceChargeReasonCode"
        )
        signed = amount if is_charge else -amount
        result.append(AllowanceCharge(reason=reason, amount=sign * signed))
    return tuple(result)


def _read_invoice(document: Element, kind: DocumentKind) -> Invoice:
    sign = Decimal(-1) if kind is DocumentKind.CREDIT_NOTE else Decimal(1)
    currency = _required_text(document, "cbc:DocumentCurrencyCode", "DocumentCurrencyCode")
    totals = document.find("cac:LegalMonetaryTotal", NS)
    if totals is None:
        raise InvoiceError("invoice.missing_field", "LegalMonetaryTotal")
    excl = _money(totals, "TaxExclusiveAmount")
    incl = _money(totals, "TaxInclusiveAmount")
    payable = _money(totals, "PayableAmount")
    vat = _vat_total(document, currency)
    invoice = Invoice(
        kind=kind,
        number=_required_text(document, "cbc:ID", "ID"),
        issue_date=_date(_required_text(document, "cbc:IssueDate", "IssueDate"), "IssueDate"),
        due_date=_optional_date(document, "cbc:DueDate", "DueDate")
        or _optional_date(document, "cac:PaymentMeans/cbc:PaymentDueDate", "PaymentDueDate"),
        currency=currency,
        supplier=_read_party(document, "cac:AccountingSupplierParty/cac:Party", "supplier"),
        customer=_read_party(document, "cac:AccountingCustomerParty/cac:Party", "customer"),
        total_excl_vat=sign * excl,
        vat_total=sign * (vat if vat is not None else incl - excl),
        total_incl_vat=sign * incl,
        payable=sign * payable,
        lines=_read_lines(document, kind, sign),
        order_reference=_text(document, "cac:OrderReference/cbc:ID"),
        contract_reference=_text(document, "cac:ContractDocumentReference/cbc:ID"),
        project_reference=_text(document, "cac:ProjectReference/cbc:ID"),
        buyer_reference=_text(document, "cbc:BuyerReference"),
        billing_references=_billing_references(document),
        allowance_charges=_read_allowance_charges(document, sign),
        period_start=_optional_date(document, "cac:InvoicePeriod/cbc:StartDate", "InvoicePeriod"),
        period_end=_optional_date(document, "cac:InvoicePeriod/cbc:EndDate", "InvoicePeriod"),
        source="ubl",
    )
    return _with_warnings(invoice, document, raw_payable=payable)


def _billing_references(document: Element) -> tuple[str, ...]:
    path = "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"
    return tuple(ref.text.strip() for ref in document.findall(path, NS) if (ref.text or "").strip())


def _money(totals: Element, name: str) -> Decimal:
    return _decimal(_required_text(totals, f"cbc:{name}", f"LegalMonetaryTotal/{name}"), name)


def _with_warnings(invoice: Invoice, document: Element, raw_payable: Decimal) -> Invoice:
    warnings = []
    if invoice.is_credit_note and not invoice.billing_references:
        warnings.append("invoice.credit_note_without_reference")
    if invoice.is_credit_note and raw_payable < 0:
        warnings.append("invoice.credit_note_negative_total")
    if not invoice.is_credit_note and invoice.payable < 0:
        warnings.append("invoice.negative_invoice")
    if document.find("cac:PaymentMeans", NS) is None and invoice.payable != 0:
        warnings.append("invoice.no_payment_means")
    if not _lines_add_up(invoice):
        warnings.append("invoice.totals_mismatch")
    if not warnings:
        return invoice
    return replace(invoice, warnings=tuple(warnings))


def _lines_add_up(invoice: Invoice) -> bool:
    """Lines + document allowances/charges should equal the total excl. VAT (to the cent)."""
    lines = sum((line.line_amount for line in invoice.lines), Decimal(0))
    adjustments = sum((item.amount for item in invoice.allowance_charges), Decimal(0))
    return abs(lines + adjustments - invoice.total_excl_vat) < Decimal("0.01")
