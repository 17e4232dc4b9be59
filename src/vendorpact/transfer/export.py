"""One organisation as one ZIP: manifest.json, data/<app.model>.json, files/..., csv/<table>.csv."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from importlib.metadata import version as package_version
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone
from django.utils.duration import duration_iso_string

from vendorpact.orgs.models import Organisation
from vendorpact.transfer.csv_tables import write_csv_tables
from vendorpact.transfer.graph import (
    FORMAT_VERSION,
    exported_fields,
    is_user_model,
    label_of,
    tenant_models,
)

ORGANISATION_FIELDS = (
    "name",
    "slug",
    "vat_number",
    "street",
    "postal_code",
    "city",
    "country",
    "reply_to_email",
)


@dataclass(frozen=True)
class ExportSummary:
    rows: dict[str, int]
    files: int


def json_value(value):
    """A field value as JSON: numbers, text, lists and dicts as they are; the rest as ISO text."""
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return duration_iso_string(value)
    return value


def user_reference(user) -> dict:
    return {"username": user.get_username(), "email": user.email}


def _file_fields(model) -> list[models.FileField]:
    return [field for field in exported_fields(model) if isinstance(field, models.FileField)]


def _users_of(queryset, fields) -> dict[int, object]:
    """The users the rows of `queryset` refer to, by id (one query per model)."""
    names = [
        field.attname
        for field in fields
        if field.is_relation and is_user_model(field.related_model)
    ]
    ids = {pk for name in names for pk in queryset.values_list(name, flat=True) if pk is not None}
    return {user.pk: user for user in get_user_model().objects.filter(pk__in=ids)} if ids else {}


def export_row(obj, fields, users) -> dict:
    row = {"export_id": obj.pk}
    for field in fields:
        if field.is_relation:
            target = getattr(obj, field.attname)
            if target is not None and is_user_model(field.related_model):
                target = user_reference(users[target])
            row[field.name] = target
        elif isinstance(field, models.FileField):
            row[field.name] = getattr(obj, field.attname).name or ""
        else:
            row[field.name] = json_value(field.value_from_object(obj))
    return row


def organisation_data(org: Organisation) -> dict[str, list[dict]]:
    """Every tenant-owned row of `org`, per model label, in primary-key order."""
    data = {}
    for model in tenant_models():
        fields = exported_fields(model)
        rows = model._base_manager.filter(organisation=org).order_by("pk")
        users = _users_of(rows, fields)
        data[label_of(model)] = [export_row(obj, fields, users) for obj in rows]
    return data


def stored_files(data: dict[str, list[dict]]) -> list[dict]:
    """(model, export id, field, stored name) of every uploaded file the rows refer to."""
    files = []
    for model in tenant_models():
        for field in _file_fields(model):
            for row in data[label_of(model)]:
                if row[field.name]:
                    files.append(
                        {
                            "model": label_of(model),
                            "export_id": row["export_id"],
                            "field": field.name,
                            "path": "files/" + row[field.name],
                            "storage": field.storage,
                            "name": row[field.name],
                        }
                    )
    return files


def write_export(org: Organisation, out) -> ExportSummary:
    """Write the ZIP of `org` to the path or binary file `out`."""
    data = organisation_data(org)
    files = stored_files(data)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest_files = []
        for entry in files:
            with entry["storage"].open(entry["name"], "rb") as handle:
                content = handle.read()
            archive.writestr(entry["path"], content)
            manifest_files.append(
                {
                    "path": entry["path"],
                    "model": entry["model"],
                    "export_id": entry["export_id"],
                    "field": entry["field"],
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "size": len(content),
                }
            )
        for label, rows in data.items():
            archive.writestr(f"data/{label}.json", _dump(rows))
        write_csv_tables(archive, data)
        manifest = {
            "format": "vendorpact-organisation-export",
            "format_version": FORMAT_VERSION,
            "exported_at": timezone.now().isoformat(),
            "vendorpact_version": package_version("vendorpact"),
            "organisation": {name: getattr(org, name) for name in ORGANISATION_FIELDS},
            "models": {label: len(rows) for label, rows in data.items()},
            "files": manifest_files,
        }
        archive.writestr("manifest.json", _dump(manifest))
    return ExportSummary(rows={k: len(v) for k, v in data.items()}, files=len(manifest_files))


def _dump(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False)
