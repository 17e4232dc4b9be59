"""Writes on suppliers and their contacts, each in one transaction."""

from __future__ import annotations

from django.db import transaction

from vendorpact.common.deletion import delete_with_files
from vendorpact.common.fields import assign_fields, check_fields
from vendorpact.common.versioning import save_fields
from vendorpact.core.vat import parse_vat
from vendorpact.suppliers.models import Contact, Supplier

SUPPLIER_FIELDS = (
    "name",
    "country",
    "vat_number",
    "street",
    "postal_code",
    "city",
    "website",
    "notes",
)
CONTACT_FIELDS = ("name", "role", "email", "phone")


def normalise_vat(raw: str, country: str) -> str:
    """Compact, prefixed VAT number; raises core.vat.VatError with a code when invalid."""
    if not raw.strip():
        return ""
    return parse_vat(raw, default_country=country).full


@transaction.atomic
def create_supplier(*, org, actor, data: dict) -> Supplier:
    values = {key: data[key] for key in SUPPLIER_FIELDS if key in data}
    values["vat_number"] = normalise_vat(values.get("vat_number", ""), values.get("country", "BE"))
    supplier = Supplier(organisation=org, **values)
    check_fields(supplier)
    supplier.save()
    return supplier


def suppliers_with_same_vat(*, org, supplier: Supplier) -> list[Supplier]:
    """The organisation's other suppliers with this supplier's VAT number: a reason to warn
    (perhaps the same company entered twice), not to refuse (e.g. two divisions)."""
    if not supplier.vat_number:
        return []
    others = Supplier.objects.filter(organisation=org, vat_number=supplier.vat_number)
    return list(others.exclude(pk=supplier.pk).order_by("name"))


@transaction.atomic
def update_supplier(
    *, org, actor, supplier: Supplier, data: dict, expected_version: int | None = None
) -> Supplier:
    """Write only the fields in `data`; with `expected_version`, only if nobody saved the
    supplier since that version (StaleVersion otherwise)."""
    fields = assign_fields(supplier, data, SUPPLIER_FIELDS)
    if "vat_number" in fields or "country" in fields:
        supplier.vat_number = normalise_vat(supplier.vat_number, supplier.country)
        fields.append("vat_number")
    check_fields(supplier, fields)
    save_fields(supplier, fields=fields, expected_version=expected_version)
    return supplier


@transaction.atomic
def delete_supplier(*, org, actor, supplier: Supplier) -> None:
    delete_with_files(supplier)


@transaction.atomic
def add_contact(*, org, actor, supplier: Supplier, data: dict) -> Contact:
    values = {key: data[key] for key in CONTACT_FIELDS if key in data}
    contact = Contact(organisation=org, supplier=supplier, **values)
    check_fields(contact)
    contact.save()
    return contact


@transaction.atomic
def delete_contact(*, org, actor, contact: Contact) -> None:
    contact.delete()
