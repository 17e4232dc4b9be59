"""Invoice import from CSV: one row per invoice line, invoice header columns repeated.

Rows are grouped into invoices by (supplier, invoice number). An invoice with any bad row is
left out as a whole (importing half an invoice would distort the budget), and every bad row is
reported with its line number, column and a reason code.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from vendorpact.core.invoices.model import (
    DocumentKind,
    Invoice,
    InvoiceError,
    InvoiceLine,
    Party,
)
from vendorpact.core.textfiles import decode_bytes

REQUIRED_COLUMNS = ("supplier_name", "invoice_number", "issue_date", "description", "line_amount")
OPTIONAL_COLUMNS = (
    "supplier_vat",
    "due_date",
    "currency",
    "document_type",
    "line_id",
    "quantity",
    "unit_price",
    "vat_rate",
    "vat_amount",
    "order_reference",
    "contract_reference",
)
# Dutch and French spellings a Belgian or Dutch bookkeeping export may use.
ALIASES = {
    "leverancier": "supplier_name",
    "supplier": "supplier_name",
    "fournisseur": "supplier_name",
    "btw_nummer": "supplier_vat",
    "btw": "supplier_vat",
    "vat": "supplier_vat",
    "factuurnummer": "invoice_number",
    "invoice": "invoice_number",
    "numero_facture": "invoice_number",
    "factuurdatum": "issue_date",
    "datum": "issue_date",
    "date": "issue_date",
    "vervaldatum": "due_date",
    "munt": "currency",
    "valuta": "currency",
    "type": "document_type",
    "lijn": "line_id",
    "omschrijving": "description",
    "beschrijving": "description",
    "aantal": "quantity",
    "eenheidsprijs": "unit_price",
    "prijs": "unit_price",
    "bedrag": "line_amount",
    "bedrag_excl_btw": "line_amount",
    "amount": "line_amount",
    "btw_tarief": "vat_rate",
    "btw_bedrag": "vat_amount",
    "bestelbon": "order_reference",
    "contract": "contract_reference",
}
CREDIT_TYPES = {"credit_note", "creditnote", "creditnota", "credit", "note_de_credit", "381"}
INVOICE_TYPES = {"", "invoice", "factuur", "facture", "380"}
HEADER_FIELDS = ("issue_date", "due_date", "currency", "document_type", "supplier_vat")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class CsvRowError:
    line: int  # line number in the file, header is line 1
    code: str
    column: str = ""
    value: str = ""


@dataclass(frozen=True)
class CsvImport:
    invoices: tuple[Invoice, ...]
    errors: tuple[CsvRowError, ...]
    unknown_columns: tuple[str, ...]


def parse_invoice_csv(data: bytes | str) -> CsvImport:
    """Parse a CSV export.

    Raises InvoiceError("invoice.csv_missing_columns", detail) when required columns are absent;
    the detail names the missing columns and any unknown ones.
    """
    text = _decode(data)
    if not text.strip():
        raise InvoiceError("invoice.csv_empty")
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text))
    try:
        header = next(reader)
    except csv.Error as exc:
        raise InvoiceError("invoice.csv_malformed", f"line 1: {exc}") from exc
    columns, unknown = _map_header(header)
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        detail = "missing: " + ", ".join(missing)
        if unknown:
            detail += "; unknown: " + ", ".join(unknown)
        raise InvoiceError("invoice.csv_missing_columns", detail)
    rows, errors = _read_rows(reader, columns)
    invoices, group_errors = _group(rows)
    all_errors = sorted(errors + group_errors, key=lambda error: error.line)
    return CsvImport(tuple(invoices), tuple(all_errors), tuple(unknown))


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    return decode_bytes(data, errors="replace")


def _sniff_delimiter(text: str) -> str:
    first_line = text.splitlines()[0]
    return max((";", ",", "\t"), key=first_line.count)


def _normalise_column(name: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")
    return ALIASES.get(key, key)


def _map_header(header: list[str]) -> tuple[dict[str, int], list[str]]:
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    columns: dict[str, int] = {}
    unknown = []
    for index, name in enumerate(header):
        canonical = _normalise_column(name)
        if canonical in known and canonical not in columns:
            columns[canonical] = index
        elif name.strip():
            unknown.append(name.strip())
    return columns, unknown


@dataclass(frozen=True)
class _Row:
    line: int
    values: dict


def _read_rows(reader, columns: dict[str, int]) -> tuple[list[_Row], list[CsvRowError]]:
    rows, errors = [], []
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InvoiceError("invoice.csv_malformed", f"line {reader.line_num}: {exc}") from exc
        if not any(cell.strip() for cell in raw):
            continue
        cells = {name: (raw[i].strip() if i < len(raw) else "") for name, i in columns.items()}
        try:
            rows.append(_Row(reader.line_num, _convert(cells)))
        except _CellError as exc:
            errors.append(CsvRowError(reader.line_num, exc.code, exc.column, exc.value))
    return rows, errors


class _CellError(Exception):
    def __init__(self, code: str, column: str, value: str) -> None:
        super().__init__(code)
        self.code, self.column, self.value = code, column, value


def _convert(cells: dict[str, str]) -> dict:
    for name in REQUIRED_COLUMNS:
        if not cells.get(name):
            raise _CellError("csv.required_empty", name, "")
    values: dict = dict(cells)
    values["issue_date"] = _parse_date(cells["issue_date"], "issue_date")
    due = cells.get("due_date")
    values["due_date"] = _parse_date(due, "due_date") if due else None
    for name in ("line_amount", "quantity", "unit_price", "vat_rate", "vat_amount"):
        raw = cells.get(name, "")
        values[name] = _parse_amount(raw, name) if raw else None
    document_type = cells.get("document_type", "").lower().replace(" ", "_")
    if document_type not in CREDIT_TYPES | INVOICE_TYPES:
        raise _CellError("csv.bad_document_type", "document_type", cells["document_type"])
    values["kind"] = (
        DocumentKind.CREDIT_NOTE if document_type in CREDIT_TYPES else DocumentKind.INVOICE
    )
    values["currency"] = (cells.get("currency") or "EUR").upper()
    if not re.fullmatch(r"[A-Z]{3}", values["currency"]):
        raise _CellError("csv.bad_currency", "currency", cells.get("currency", ""))
    return values


def _parse_amount(raw: str, column: str = "amount") -> Decimal:
    """'1.234,56', '1,234.56', '€ -12,5' and '1234.5' all parse; comma alone is a decimal mark."""
    text = re.sub(r"[€$£\s\u00a0]|EUR|USD", "", raw)
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    elif text.count(",") > 1 or text.count(".") > 1:
        text = text.replace(",", "").replace(".", "")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise _CellError("csv.bad_amount", column, raw) from exc
    if not number.is_finite():
        raise _CellError("csv.bad_amount", column, raw)
    return number


def _parse_date(raw: str, column: str = "date") -> date:
    """ISO dates and day-first dates (31/12/2026, 31-12-2026, 31.12.2026)."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(raw.strip(), pattern).date()
        except ValueError:
            continue
    raise _CellError("csv.bad_date", column, raw)


def _group(rows: list[_Row]) -> tuple[list[Invoice], list[CsvRowError]]:
    groups: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    for row in rows:
        key = (row.values["supplier_name"].lower(), row.values["invoice_number"].upper())
        groups[key].append(row)
    invoices, errors = [], []
    for group in groups.values():
        conflict = _header_conflict(group)
        if conflict:
            errors.append(conflict)
        else:
            invoices.append(_build_invoice(group))
    return invoices, errors


def _header_conflict(group: list[_Row]) -> CsvRowError | None:
    first = group[0].values
    for row in group[1:]:
        for name in HEADER_FIELDS:
            if row.values.get(name) != first.get(name):
                value = str(row.values[name])
                return CsvRowError(row.line, "csv.inconsistent_invoice", name, value)
    return None


def _build_invoice(group: list[_Row]) -> Invoice:
    first = group[0].values
    sign = Decimal(-1) if first["kind"] is DocumentKind.CREDIT_NOTE else Decimal(1)
    lines = tuple(_build_line(row, position, sign) for position, row in enumerate(group, 1))
    excl = sum((line.line_amount for line in lines), Decimal(0))
    vat = sum((_line_vat(row, sign) for row in group), Decimal(0))
    supplier = Party(name=first["supplier_name"], vat=first.get("supplier_vat", ""))
    return Invoice(
        kind=first["kind"],
        number=first["invoice_number"],
        issue_date=first["issue_date"],
        due_date=first["due_date"],
        currency=first["currency"],
        supplier=supplier,
        customer=Party(name=""),
        total_excl_vat=excl,
        vat_total=vat,
        total_incl_vat=excl + vat,
        payable=excl + vat,
        lines=lines,
        order_reference=first.get("order_reference", ""),
        contract_reference=first.get("contract_reference", ""),
        source="csv",
    )


def _build_line(row: _Row, position: int, sign: Decimal) -> InvoiceLine:
    values = row.values
    quantity = values["quantity"] if values["quantity"] is not None else Decimal(1)
    return InvoiceLine(
        id=values.get("line_id") or str(position),
        description=" ".join(values["description"].split()),
        quantity=sign * abs(quantity) if sign < 0 else quantity,
        unit_price=values["unit_price"],
        line_amount=sign * abs(values["line_amount"]) if sign < 0 else values["line_amount"],
        vat_rate=values["vat_rate"],
        order_line_reference=values.get("order_reference", ""),
    )


def _line_vat(row: _Row, sign: Decimal) -> Decimal:
    values = row.values
    if values["vat_amount"] is not None:
        amount = values["vat_amount"]
    elif values["vat_rate"] is not None:
        amount = (values["line_amount"] * values["vat_rate"] / 100).quantize(CENT, ROUND_HALF_UP)
    else:
        return Decimal(0)
    return sign * abs(amount) if sign < 0 else amount
