"""Export -> import as a new organisation -> export again loses nothing (demo data)."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from django.db import models

from vendorpact.demo import load_demo
from vendorpact.orgs.models import Organisation
from vendorpact.sla.models import MonthResult, TicketResult
from vendorpact.transfer.export import write_export
from vendorpact.transfer.graph import SKIPPED_FIELDS, label_of, tenant_models, tenant_references
from vendorpact.transfer.importer import import_organisation

ORG_FOLDER = re.compile(r"^org_\d+/")


def export_bytes(org) -> bytes:
    out = io.BytesIO()
    write_export(org, out)
    return out.getvalue()


def comparable(zip_bytes: bytes) -> dict:
    """The exported data with ids replaced by each row's position and the organisation's folder
    dropped from file names: what must survive a round trip unchanged."""
    archive = zipfile.ZipFile(io.BytesIO(zip_bytes))
    data = {
        label_of(model): json.loads(archive.read(f"data/{label_of(model)}.json"))
        for model in tenant_models()
    }
    position = {
        label: {row["export_id"]: index for index, row in enumerate(rows)}
        for label, rows in data.items()
    }
    result = {}
    for model in tenant_models():
        label = label_of(model)
        references = {f.name: label_of(f.related_model) for f in tenant_references(model)}
        file_fields = {
            f.name for f in model._meta.concrete_fields if isinstance(f, models.FileField)
        }
        rows = []
        for row in data[label]:
            row = dict(row, export_id=position[label][row["export_id"]])
            for name, target in references.items():
                if row[name] is not None:
                    row[name] = position[target][row[name]]
            for name in file_fields:
                row[name] = ORG_FOLDER.sub("", row[name])
            rows.append(row)
        result[label] = rows
    manifest = json.loads(archive.read("manifest.json"))
    result["files"] = sorted(
        (entry["model"], position[entry["model"]][entry["export_id"]], entry["sha256"])
        for entry in manifest["files"]
    )
    return result


@pytest.fixture
def demo_org(db):
    return load_demo()


def test_round_trip_as_new_organisation_loses_nothing(demo_org):
    first = export_bytes(demo_org)
    result = import_organisation(io.BytesIO(first))
    assert result.organisation.pk != demo_org.pk
    second = export_bytes(result.organisation)
    assert comparable(second) == comparable(first)


def test_demo_export_covers_the_main_kinds_of_rows(demo_org):
    data = comparable(export_bytes(demo_org))
    for label in ("suppliers.supplier", "engagements.engagement", "budget.budgetline"):
        assert data[label], label
    assert data["files"], "the demo's uploaded documents are in the export"


def test_round_trip_into_an_empty_database_loses_nothing(demo_org, django_user_model):
    first = export_bytes(demo_org)
    usernames = list(django_user_model.objects.values_list("username", flat=True))
    Organisation.objects.all().delete()
    result = import_organisation(io.BytesIO(first))
    assert Organisation.objects.count() == 1
    assert comparable(export_bytes(result.organisation)) == comparable(first)
    assert usernames  # the demo user still exists, so memberships are kept


def test_imported_slug_is_made_unique(demo_org):
    result = import_organisation(io.BytesIO(export_bytes(demo_org)))
    assert result.organisation.slug == f"{demo_org.slug}-2"


def test_secrets_are_not_exported(demo_org):
    archive = zipfile.ZipFile(io.BytesIO(export_bytes(demo_org)))
    for label, names in SKIPPED_FIELDS.items():
        for row in json.loads(archive.read(f"data/{label}.json")):
            assert not set(names) & set(row)
    for name in archive.namelist():
        assert b"pbkdf2" not in archive.read(name) and b"md5$" not in archive.read(name)


def test_imported_organisation_gets_the_same_stored_sla_figures(demo_org):
    def monthly(org):
        rows = MonthResult.objects.filter(organisation=org).order_by("month")
        return [(r.month, r.tickets, r.response_late, r.resolution_late) for r in rows]

    imported = import_organisation(io.BytesIO(export_bytes(demo_org))).organisation
    assert monthly(imported) == monthly(demo_org) != []
    assert TicketResult.objects.filter(organisation=imported).count() == (
        TicketResult.objects.filter(organisation=demo_org).count()
    )
