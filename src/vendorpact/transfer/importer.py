"""Load an export ZIP as a NEW organisation: ids remapped, slug made unique, files checked."""

from __future__ import annotations

import hashlib
import json
import posixpath
import secrets
import zipfile
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import models, transaction

from vendorpact.orgs.models import Organisation
from vendorpact.orgs.services import unique_slug
from vendorpact.sla.results import request_recompute
from vendorpact.transfer.export import ORGANISATION_FIELDS
from vendorpact.transfer.graph import (
    CURRENT_LABELS,
    FORMAT_VERSION,
    FORMER_LABELS,
    TransferError,
    exported_fields,
    is_user_model,
    label_of,
    skipped_fields,
    tenant_models,
)


@dataclass
class ImportResult:
    organisation: Organisation
    rows: dict[str, int] = dataclass_field(default_factory=dict)
    files: int = 0
    warnings: list[str] = dataclass_field(default_factory=list)


@dataclass
class _Run:
    org: Organisation
    result: ImportResult
    new_ids: dict[str, dict[int, int]] = dataclass_field(default_factory=dict)
    users: dict[str, object] = dataclass_field(default_factory=dict)
    saved_files: list[tuple[object, str]] = dataclass_field(default_factory=list)


def read_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError) as error:
        raise TransferError("not a VendorPact export (no readable manifest.json)") from error
    if manifest.get("format") != "vendorpact-organisation-export":
        raise TransferError("not a VendorPact organisation export")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise TransferError(f"unsupported export format version {manifest.get('format_version')}")
    return manifest


def check_files(archive: zipfile.ZipFile, manifest: dict) -> dict[tuple[str, int, str], bytes]:
    """Every listed file, its SHA-256 checked; keyed by (model, export id, field)."""
    contents = {}
    for entry in manifest.get("files", []):
        try:
            content = archive.read(entry["path"])
        except KeyError as error:
            raise TransferError(f"{entry['path']} is missing from the export") from error
        if hashlib.sha256(content).hexdigest() != entry["sha256"]:
            raise TransferError(f"{entry['path']} does not match its SHA-256")
        model = CURRENT_LABELS.get(entry["model"], entry["model"])
        contents[(model, entry["export_id"], entry["field"])] = content
    return contents


def import_organisation(source) -> ImportResult:
    """Import the export at the path or binary file `source` as a new organisation."""
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile as error:
        raise TransferError("not a ZIP file") from error
    with archive:
        manifest = read_manifest(archive)
        files = check_files(archive, manifest)
        return _import(archive, manifest, files)


def _import(archive, manifest, files) -> ImportResult:
    saved: list[tuple[object, str]] = []
    try:
        with transaction.atomic():
            org = _create_organisation(manifest["organisation"])
            run = _Run(org=org, result=ImportResult(organisation=org), saved_files=saved)
            for model in tenant_models():
                rows = _rows(archive, label_of(model))
                _import_model(run, model, rows, files)
            for engagement in org.engagements.all():
                request_recompute(engagement)  # the stored SLA figures are derived, not imported
            return run.result
    except Exception:
        for storage, name in saved:
            storage.delete(name)
        raise


def _create_organisation(data: dict) -> Organisation:
    values = {name: data.get(name, "") for name in ORGANISATION_FIELDS if name != "slug"}
    slug = unique_slug(data.get("slug") or data.get("name") or "org")
    return Organisation.objects.create(slug=slug, **values)


def _rows(archive: zipfile.ZipFile, label: str) -> list[dict]:
    """The rows of one model; an export written before the model moved to its app keeps them
    under the former label."""
    for name in (label, FORMER_LABELS.get(label)):
        if name is None:
            continue
        try:
            return json.loads(archive.read(f"data/{name}.json"))
        except KeyError:
            continue
    return []


def _user(run: _Run, reference: dict | None):
    if reference is None:
        return None
    username = reference["username"]
    if username not in run.users:
        run.users[username] = get_user_model().objects.filter(username=username).first()
    return run.users[username]


def _import_model(run: _Run, model, rows: list[dict], files) -> None:
    label = label_of(model)
    fields = exported_fields(model)
    self_references = [f for f in fields if f.is_relation and f.related_model is model]
    kept, instances = [], []
    for row in rows:
        obj = _instance(run, model, fields, row, files)
        if obj is not None:
            kept.append(row)
            instances.append(obj)
    model._base_manager.bulk_create(instances)
    run.new_ids[label] = {
        row["export_id"]: obj.pk for row, obj in zip(kept, instances, strict=True)
    }
    _restore_automatic_times(model, fields, kept, instances)
    _link_self_references(run, model, self_references, kept, instances)
    run.result.rows[label] = len(instances)


def _instance(run: _Run, model, fields, row: dict, files):
    obj = model(organisation=run.org)
    for field in fields:
        value = row.get(field.name)
        if field.is_relation:
            if is_user_model(field.related_model):
                user = _user(run, value)
                if user is None and not field.null:
                    run.result.warnings.append(
                        f"{label_of(model)} {row['export_id']} skipped: no user "
                        f"{value['username']!r} in this installation"
                    )
                    return None
                setattr(obj, field.attname, user.pk if user else None)
            elif field.related_model is not model:
                setattr(obj, field.attname, _new_id(run, field, value))
        elif not isinstance(field, models.FileField):
            setattr(obj, field.attname, field.to_python(value))
    for field in skipped_fields(model):
        if field.unique:
            setattr(obj, field.attname, secrets.token_hex(32)[: field.max_length])
    for field in fields:
        if isinstance(field, models.FileField) and row.get(field.name):
            _store_file(run, obj, field, row, files)
    return obj


def _new_id(run: _Run, field, old_id):
    if old_id is None:
        return None
    new_id = run.new_ids[label_of(field.related_model)].get(old_id)
    if new_id is None and not field.null:
        raise TransferError(f"{field.model._meta.label_lower}.{field.name} refers to a lost row")
    return new_id


def _store_file(run: _Run, obj, field, row: dict, files) -> None:
    key = (label_of(type(obj)), row["export_id"], field.name)
    if key not in files:
        raise TransferError(f"the file of {key[0]} {key[1]} is missing from the export")
    content = files[key]
    recorded = getattr(obj, "sha256", "") if field.name == "file" else ""
    if recorded and recorded != hashlib.sha256(content).hexdigest():
        raise TransferError(f"the file of {key[0]} {key[1]} does not match its recorded SHA-256")
    name = field.generate_filename(obj, posixpath.basename(row[field.name]))
    stored = field.storage.save(name, ContentFile(content))
    run.saved_files.append((field.storage, stored))
    setattr(obj, field.attname, stored)
    run.result.files += 1


def _restore_automatic_times(model, fields, rows, instances) -> None:
    """auto_now / auto_now_add fields were stamped on insert; give them their exported values."""
    automatic = [
        f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    if not automatic:
        return
    for row, obj in zip(rows, instances, strict=True):
        values = {f.attname: f.to_python(row.get(f.name)) for f in automatic}
        model._base_manager.filter(pk=obj.pk).update(**values)


def _link_self_references(run: _Run, model, self_references, rows, instances) -> None:
    """References between rows of the same model, set once every row has its new id."""
    if not self_references:
        return
    new_ids = run.new_ids[label_of(model)]
    for row, obj in zip(rows, instances, strict=True):
        values = {f.attname: new_ids.get(row[f.name]) for f in self_references if row.get(f.name)}
        if values:
            model._base_manager.filter(pk=obj.pk).update(**values)
