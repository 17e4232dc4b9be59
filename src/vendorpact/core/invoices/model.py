"""Invoice dataclasses shared by the UBL and CSV importers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class InvoiceError(Exception):
    """A document that cannot be imported. `code` is a message code, `detail` a plain hint."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


@dataclass(frozen=True)
class Party:
    name: str
    vat: str = ""
    endpoint: str = ""  # "scheme:id", e.g. "0208:0000000196"
    company_id: str = ""
    country: str = ""


@dataclass(frozen=True)
class AllowanceCharge:
    """Document-level allowance (negative amount) or charge (positive amount)."""

    reason: str
    amount: Decimal


@dataclass(frozen=True)
class InvoiceLine:
    id: str
    description: str
    quantity: Decimal
    unit_price: Decimal | None
    line_amount: Decimal  # excl. VAT, signed (negative on credit notes)
    unit_code: str = ""
    vat_rate: Decimal | None = None
    order_line_reference: str = ""
    document_reference: str = ""
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class Invoice:
    """One imported invoice or credit note. Amounts are signed: a credit note is negative."""

    kind: DocumentKind
    number: str
    issue_date: date
    due_date: date | None
    currency: str
    supplier: Party
    customer: Party
    total_excl_vat: Decimal
    vat_total: Decimal
    total_incl_vat: Decimal
    payable: Decimal
    lines: tuple[InvoiceLine, ...]
    order_reference: str = ""
    contract_reference: str = ""
    project_reference: str = ""
    buyer_reference: str = ""
    billing_references: tuple[str, ...] = ()
    allowance_charges: tuple[AllowanceCharge, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    source: str = ""  # "ubl" or "csv"
    warnings: tuple[str, ...] = field(default=())

    @property
    def is_credit_note(self) -> bool:
        return self.kind is DocumentKind.CREDIT_NOTE


def compact_identifier(value: str) -> str:
    """Uppercase, without spaces, dots, dashes: 'BE 0123.456.789' -> 'BE0123456789'."""
    return re.sub(r"[\s.\-/]", "", value).upper()


def duplicate_key(invoice: Invoice) -> tuple[str, str]:
    """(supplier identity, invoice number) used to refuse duplicates.

    Supplier identity is the VAT number, else the Peppol endpoint, else the lower-cased name.
    """
    supplier = invoice.supplier
    identity = (
        compact_identifier(supplier.vat)
        or compact_identifier(supplier.endpoint)
        or " ".join(supplier.name.lower().split())
    )
    return identity, invoice.number.strip().upper()
