"""Invoice import: Peppol BIS Billing 3.0 / UBL 2.1 XML and CSV, into `Invoice` dataclasses."""

from vendorpact.core.invoices.csv_import import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    CsvImport,
    CsvRowError,
    parse_invoice_csv,
)
from vendorpact.core.invoices.messages import MESSAGES, message
from vendorpact.core.invoices.model import (
    AllowanceCharge,
    DocumentKind,
    Invoice,
    InvoiceError,
    InvoiceLine,
    Party,
    compact_identifier,
    duplicate_key,
)
from vendorpact.core.invoices.ubl import parse_ubl

__all__ = [
    "MESSAGES",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "AllowanceCharge",
    "CsvImport",
    "CsvRowError",
    "DocumentKind",
    "Invoice",
    "InvoiceError",
    "InvoiceLine",
    "Party",
    "compact_identifier",
    "duplicate_key",
    "message",
    "parse_invoice_csv",
    "parse_ubl",
]
