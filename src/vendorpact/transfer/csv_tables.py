"""A CSV per main table for spreadsheet users: the same rows and columns as the JSON, references
as export ids, users as usernames. UTF-8 with a byte-order mark so spreadsheets detect it."""

from __future__ import annotations

import csv
import io
import json
import zipfile

# File name (without .csv) -> model label. Tables of a model that no longer exists are left out.
CSV_TABLES = {
    "suppliers": "suppliers.supplier",
    "supplier-contacts": "suppliers.contact",
    "engagements": "engagements.engagement",
    "documents": "engagements.document",
    "checklist": "engagements.checklistentry",
    "budget-lines": "budget.budgetline",
    "extra-costs": "budget.extracost",
    "invoices": "budget.invoice",
    "invoice-lines": "budget.invoiceline",
    "milestones": "planning.milestone",
    "meetings": "planning.meeting",
    "concerns": "concerns.concern",
    "supplier-requests": "supplier_requests.supplierrequest",
    "tickets": "sla.ticket",
    "outages": "sla.downtime",
}


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and "username" in value:
        return value["username"]
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def table_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if rows:
        columns = list(rows[0])
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row[column]) for column in columns])
    return "\ufeff" + out.getvalue()


def write_csv_tables(archive: zipfile.ZipFile, data: dict[str, list[dict]]) -> None:
    for name, label in CSV_TABLES.items():
        if label in data:
            archive.writestr(f"csv/{name}.csv", table_csv(data[label]))
