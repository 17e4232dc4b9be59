"""Exports written before `relations` was split into three apps still import completely: their
rows sit under data/relations.<model>.json and their files under the `relations.<model>` label."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from tests.transfer.test_round_trip import comparable, export_bytes
from vendorpact.demo import load_demo
from vendorpact.supplier_requests.models import SupplierRequest
from vendorpact.transfer.importer import import_organisation

# Spelled out (not read from the code): the labels the models had in the relations app.
MOVED = {
    "supplier_requests.contextsheet": "relations.contextsheet",
    "supplier_requests.contextsystem": "relations.contextsystem",
    "supplier_requests.contextsharelink": "relations.contextsharelink",
    "supplier_requests.supplierrequest": "relations.supplierrequest",
    "supplier_requests.requestattachment": "relations.requestattachment",
    "supplier_requests.sentmail": "relations.sentmail",
    "concerns.relationsettings": "relations.relationsettings",
    "concerns.concern": "relations.concern",
    "concerns.concernevent": "relations.concernevent",
    "concerns.exitplan": "relations.exitplan",
    "concerns.exittask": "relations.exittask",
    "health.healthcheck": "relations.healthcheck",
    "health.healthlink": "relations.healthlink",
    "health.healthresponse": "relations.healthresponse",
}


def as_written_before_the_split(zip_bytes: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(zip_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            label = name.removeprefix("data/").removesuffix(".json")
            if name.startswith("data/") and label in MOVED:
                name = f"data/{MOVED[label]}.json"
            elif name == "manifest.json":
                manifest = json.loads(content)
                manifest["models"] = {MOVED.get(k, k): v for k, v in manifest["models"].items()}
                for entry in manifest["files"]:
                    entry["model"] = MOVED.get(entry["model"], entry["model"])
                content = json.dumps(manifest).encode()
            target.writestr(name, content)
    return out.getvalue()


@pytest.fixture
def demo_org(db):
    return load_demo()


def test_export_from_before_the_split_imports_every_moved_row(demo_org):
    first = export_bytes(demo_org)
    old_style = as_written_before_the_split(first)
    names = zipfile.ZipFile(io.BytesIO(old_style)).namelist()
    assert "data/relations.supplierrequest.json" in names

    imported = import_organisation(io.BytesIO(old_style)).organisation

    assert SupplierRequest.objects.filter(organisation=imported).count() == 2  # the demo's two
    assert comparable(export_bytes(imported)) == comparable(first)
