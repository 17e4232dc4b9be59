"""Reading the audit trail of one organisation, and restoring a deleted row from it."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from auditlog.models import LogEntry
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.db import IntegrityError, transaction
from django.db.models import DateField, DateTimeField, FileField
from django.http import Http404
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext

RESTORE_DAYS = 30


class RestoreError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def entries_for_organisation(org):
    return (
        LogEntry.objects.filter(additional_data__organisation=org.pk)
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )


def entries_for_engagement(org, engagement):
    return entries_for_organisation(org).filter(additional_data__engagement=engagement.pk)


def get_entry_for_org(org, pk: int) -> LogEntry:
    entry = entries_for_organisation(org).filter(pk=pk).first()
    if entry is None:
        raise Http404
    return entry


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str
    field_is_name: bool = False  # no words for the field in this language: show its name


def changes_of(entry: LogEntry) -> list[Change]:
    """The field changes of an entry, with the field's name and its values as the pages show
    them: translated field names and choice labels, dates as dd/mm/yyyy."""
    model = entry.content_type.model_class()
    fields = {field.name: field for field in model._meta.concrete_fields} if model else {}
    changes = entry.changes_dict or {}
    return [
        _change(fields.get(name), name, values)
        for name, values in sorted(changes.items())
        if isinstance(values, list) and len(values) == 2
    ]


def _change(field, name: str, values: list) -> Change:
    label = _label(field, name)
    return Change(
        field=label or name,
        old=_shown(field, values[0]),
        new=_shown(field, values[1]),
        field_is_name=not label,
    )


def raw_changes_of(entry: LogEntry) -> list[Change]:
    """The field changes as stored (field names and values), for the CSV export."""
    changes = entry.changes_dict or {}
    return [
        Change(field=name, old=_plain(values[0]), new=_plain(values[1]))
        for name, values in sorted(changes.items())
        if isinstance(values, list) and len(values) == 2
    ]


def _label(field, name: str) -> str:
    """The field's words in the active language, or "" when the catalogs have none (a field
    declared without a translated verbose name): the page then shows the field's name as code."""
    verbose = str(field.verbose_name if field is not None else name.replace("_", " "))
    if (get_language() or "en")[:2] == "en":
        return capfirst(verbose)
    for text in (capfirst(verbose), verbose):  # the catalogs hold many labels capitalised
        translated = gettext(text)
        if translated != text:
            return capfirst(translated)
    return ""


def _plain(value) -> str:
    return "" if value in (None, "None") else str(value)


def _shown(field, value) -> str:
    text = _plain(value)
    if not text or field is None:
        return text
    if field.choices:
        return str(dict(field.flatchoices).get(text, text))
    try:
        if isinstance(field, DateTimeField):
            moment = timezone.localtime(datetime.fromisoformat(text))
            return moment.strftime("%d/%m/%Y %H:%M")
        if isinstance(field, DateField):
            return date.fromisoformat(text[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return text
    return text


def restorable(entry: LogEntry, now) -> bool:
    return (
        entry.action == LogEntry.Action.DELETE
        and bool(entry.serialized_data)
        and entry.timestamp >= now - timedelta(days=RESTORE_DAYS)
    )


@transaction.atomic
def restore_deleted(*, org, actor, entry: LogEntry):
    """Put a deleted row back as it was, with its id, within RESTORE_DAYS days. Rows deleted with
    it (its children) have their own entries and are restored one by one, parents first."""
    if not restorable(entry, timezone.now()):
        code = "audit.not_deleted" if entry.action != LogEntry.Action.DELETE else "audit.too_old"
        raise RestoreError(code)
    model = entry.content_type.model_class()
    # Any row with this id, whichever organisation owns it, blocks the restore: the base manager.
    if model is None or model._base_manager.filter(pk=entry.object_pk).exists():
        raise RestoreError("audit.already_there")
    # The content type names the model, also for rows logged before their model moved to
    # another app (the serialized label is then the former one).
    data = {**entry.serialized_data, "model": model._meta.label_lower}
    (restored,) = serializers.deserialize("python", [data])
    row = restored.object
    if getattr(row, "organisation_id", org.pk) != org.pk:
        raise Http404
    if _files_missing(row):
        raise RestoreError("audit.file_gone")
    try:
        with transaction.atomic():
            restored.save()
            _check_parents(row)
    except (IntegrityError, ObjectDoesNotExist) as error:
        raise RestoreError("audit.parent_missing") from error
    return row


def _check_parents(row) -> None:
    """SQLite checks foreign keys only at commit; look the parents up so that a missing one is
    refused here, on every database."""
    for field in row._meta.concrete_fields:
        if field.is_relation and getattr(row, field.attname) is not None:
            getattr(row, field.name)


def _files_missing(row) -> bool:
    for field in row._meta.concrete_fields:
        if isinstance(field, FileField):
            stored = getattr(row, field.name)
            if stored and not stored.storage.exists(stored.name):
                return True
    return False


CSV_HEADER = ["time", "user", "action", "object_type", "object", "field", "old", "new"]


def trail_csv(entries) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for entry in entries:
        base = [
            timezone.localtime(entry.timestamp).isoformat(timespec="seconds"),
            entry.actor.get_username() if entry.actor else "",
            entry.get_action_display(),
            entry.content_type.model,
            _neutral(entry.object_repr),
        ]
        changes = raw_changes_of(entry) or [Change("", "", "")]
        for change in changes:
            writer.writerow(base + [change.field, _neutral(change.old), _neutral(change.new)])
    return out.getvalue()


def _neutral(text: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: quote them."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
