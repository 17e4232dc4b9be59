"""Services copy only their declared fields from the parsed data (common.fields.assign_fields)."""

from vendorpact.common.fields import assign_fields
from vendorpact.suppliers.models import Supplier


def test_only_declared_fields_present_in_the_data_are_copied():
    supplier = Supplier(name="Old name", website="https://old.example")
    data = {"name": "Nieuwe naam", "organisation_id": 999, "notes": "x"}
    copied = assign_fields(supplier, data, ("website", "name"))
    assert copied == ["name"]
    assert supplier.name == "Nieuwe naam"
    assert supplier.website == "https://old.example"
    assert supplier.organisation_id is None
