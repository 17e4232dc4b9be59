"""Optimistic concurrency: saves that write only the fields they change and bump `version`.

A service saves with `save_fields(instance, fields=..., expected_version=...)`: one
`UPDATE ... SET <fields>, version = version + 1 WHERE pk = ? [AND version = ?]`. Two people who
change different fields both keep their change; one who names the version they started from and
lost the race gets StaleVersion (the web form shows what changed; the API answers 412).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.db.models import F, Model
from django.db.models.signals import pre_save
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from vendorpact.core.money import format_eur


class StaleVersion(Exception):
    """The row changed since the version the caller started from; `current` is the row now."""

    def __init__(self, current: Model) -> None:
        super().__init__(f"{type(current).__name__} {current.pk} is at version {current.version}")
        self.current = current


def save_fields(instance: Model, *, fields, expected_version: int | None = None) -> None:
    """Write `fields` of `instance` (and updated_at) in one atomic UPDATE that increments the
    version, only when the stored version still is `expected_version` (when given); then reload
    the instance. Nothing to write is no write at all."""
    fields = list(dict.fromkeys(fields))
    model = type(instance)
    rows = model._base_manager.filter(pk=instance.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    if not fields:
        if expected_version is not None and not rows.exists():
            raise StaleVersion(model._base_manager.get(pk=instance.pk))
        return
    values = {name: getattr(instance, name) for name in fields}
    # The write below is a queryset UPDATE, which sends no signals; announce it as the save it is,
    # so that the audit trail records the old and new values (rolled back with a stale write).
    pre_save.send(sender=model, instance=instance, raw=False, using=rows.db, update_fields=fields)
    if any(field.name == "updated_at" for field in model._meta.concrete_fields):
        values["updated_at"] = timezone.now()
    if rows.update(version=F("version") + 1, **values) == 0:
        raise StaleVersion(model._base_manager.get(pk=instance.pk))
    instance.refresh_from_db()


def parse_version(raw: str | None) -> int | None:
    """A version from a hidden form field or an If-Match header (`"3"`, `W/"3"`, `3`); None when
    absent or `*` (any version); -1 (matches nothing) for anything unreadable."""
    if raw is None or raw.strip() in ("", "*"):
        return None
    value = raw.strip().removeprefix("W/").strip('"')
    return int(value) if value.isdigit() else -1


def etag(instance: Model) -> str:
    return f'"{instance.version}"'


def shown_value(instance: Model, name: str) -> str:
    """A field's current value as a person reads it (choices by label, dates dd/mm/yyyy, amounts
    in euro)."""
    field = instance._meta.get_field(name)
    if field.choices:
        return str(getattr(instance, f"get_{name}_display")())
    value = getattr(instance, name)
    if value is None or value == "":
        return "–"
    if isinstance(value, Decimal):
        return format_eur(value, (get_language() or "nl")[:2])
    if isinstance(value, date | datetime):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    return str(value)


def stale_message(current: Model, labels: dict[str, str], names: list[str]) -> str:
    """“Changed by someone else since you opened it”, with the current value of each field in
    `names` (the fields where the saved record and the form differ)."""
    message = _(
        "This was changed by someone else since you opened it; nothing was saved. "
        "Save again to keep what is in the form."
    )
    if not names:
        return message
    shown = "; ".join(f"{labels[name]}: “{shown_value(current, name)}”" for name in names)
    return f"{message} {_('Now saved:')} {shown}"


def changed_values(form) -> dict:
    """The cleaned values of the fields the person changed in a bound ModelForm."""
    return {name: form.cleaned_data[name] for name in form.changed_data if name != "version"}


def refuse_stale_form(form, stale: StaleVersion) -> None:
    """Put the conflict on a bound ModelForm: a form error listing the fields whose saved value
    differs from the form, and the current version in its hidden field (saving again then
    deliberately keeps the form's values)."""
    current = stale.current
    names = [name for name in form.fields if name != "version" and _differs(form, current, name)]
    labels = {name: str(form.fields[name].label or name) for name in names}
    form.data = form.data.copy()
    form.data[form.add_prefix("version")] = str(current.version)
    form.add_error(None, stale_message(current, labels, names))


def _differs(form, current: Model, name: str) -> bool:
    """Whether the form's value for `name` differs from the saved one (Django's own comparison,
    as for `form.changed_data`)."""
    field = form.fields[name]
    saved = getattr(current, current._meta.get_field(name).attname)
    submitted = field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
    return field.has_changed(saved, submitted)
