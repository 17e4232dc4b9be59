"""Typed numbers and dates in every form, and the range rules that the models and services share.

The reading rules are in vendorpact.core.numbers_input; this module gives them to Django:
`NumberField` (and `WholeNumberField` for counts) for the forms, `NumberRangeValidator` and
`PlausibleDateValidator` for the model fields, `check_fields()` for the services (API).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.text import format_lazy
from django.utils.translation import get_language

from vendorpact.common.messages import text_for
from vendorpact.core.numbers_input import (
    EARLIEST_DATE,
    PERCENT,
    RANGES,
    NumberInputError,
    date_range_error,
    format_number_input,
    latest_plausible_date,
    parse_number,
)
from vendorpact.core.vat import VatError, parse_vat

EXAMPLES = {"en": "1,234.56", "nl": "1.234,56", "fr": "1.234,56"}
PERCENT_EXAMPLES = {"en": "99.5", "nl": "99,5", "fr": "99,5"}


def current_lang() -> str:
    return (get_language() or "nl")[:2]


@deconstructible
class NumberRangeValidator:
    """Refuses a number outside one of core.numbers_input.RANGES (e.g. "range.percent")."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.number_range = RANGES[code]

    def __call__(self, value) -> None:
        if value is None:
            return
        code = self.number_range.error(value)
        if code:
            raise ValidationError(text_for(code), code=code)

    def __eq__(self, other) -> bool:
        return isinstance(other, NumberRangeValidator) and other.code == self.code


@deconstructible
class PlausibleDateValidator:
    """Refuses a date before 1990 or more than 50 years ahead (a typo such as 0226 or 2206)."""

    def __call__(self, value) -> None:
        if value is None:
            return
        today = timezone.localdate()
        if date_range_error(value, today):
            raise ValidationError(
                text_for(
                    "date.implausible",
                    earliest=EARLIEST_DATE,
                    latest=latest_plausible_date(today),
                ),
                code="date.implausible",
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, PlausibleDateValidator)


def assign_fields(instance, data: dict, allowed) -> list[str]:
    """Copy the keys of `data` that are in `allowed` (a service's declared field list) onto
    `instance`; returns the names copied, in `allowed` order, for `save_fields`/`check_fields`."""
    names = [name for name in allowed if name in data]
    for name in names:
        setattr(instance, name, data[name])
    return names


def check_fields(instance, fields=None) -> None:
    """Run every rule of a model instance's own fields (required, length, choices, URL scheme,
    number and date ranges, no control characters) before it is saved; one ValidationError that
    names each field (`name: …`), so that the API refuses what the forms refuse. With `fields`,
    only those are checked (a PATCH that leaves the rest alone)."""
    problems = []
    for field in instance._meta.concrete_fields:
        if field.is_relation or field.primary_key or not field.editable:
            continue
        if fields is not None and field.name not in fields and field.attname not in fields:
            continue
        value = getattr(instance, field.attname)
        try:
            _refuse_control_characters(field, value)
            field.clean(value, instance)
        except ValidationError as error:
            problems.append(f"{field.name}: {' '.join(error.messages)}")
    if problems:
        raise ValidationError(problems)


LINE_BREAKS = {"\n", "\r", "\t"}


def _refuse_control_characters(field, value) -> None:
    """NUL and other control characters never belong in text; line breaks only in long text."""
    if not isinstance(value, str):
        return
    allowed = LINE_BREAKS if isinstance(field, models.TextField) else set()
    if any(unicodedata.category(char) == "Cc" and char not in allowed for char in value):
        raise ValidationError(text_for("text.control_characters"), code="text.control_characters")


class NumberInput(forms.TextInput):
    """A text input (a browser's type=number refuses the decimal comma) that shows the value
    in the user's notation: 99,5 in Dutch and French, 99.5 in English."""

    def __init__(self, attrs=None, inputmode: str = "decimal"):
        super().__init__({"inputmode": inputmode, **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
            return format_number_input(value, current_lang())
        return super().format_value(value)


class NumberField(forms.DecimalField):
    """A number in the user's notation (core.numbers_input.parse_number), as a Decimal;
    `number_range` is a code of core.numbers_input.RANGES ("range.percent", …)."""

    widget = NumberInput
    whole = False

    def __init__(self, *, number_range: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.number_range = number_range
        if number_range:
            self.validators.append(NumberRangeValidator(number_range))

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal | int | float):
            return Decimal(str(value))
        try:
            return parse_number(str(value), current_lang())
        except NumberInputError as error:
            raise ValidationError(self._refusal(error.code), code=error.code) from error

    def _refusal(self, code: str) -> str:
        lang = current_lang()
        if self.whole and code == "number.invalid":
            return text_for("number.whole")
        if code == "number.grouping":
            return text_for(code, example=EXAMPLES.get(lang, EXAMPLES["nl"]))
        if self.number_range == PERCENT.code:
            return text_for("number.invalid_percent", example=PERCENT_EXAMPLES.get(lang, "99,5"))
        return text_for(code, example=EXAMPLES.get(lang, EXAMPLES["nl"]))


class WholeNumberField(NumberField):
    """A count (days, months): the same reading, but only whole numbers, as an int."""

    whole = True

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", NumberInput(inputmode="numeric"))
        super().__init__(**kwargs)

    def to_python(self, value):
        number = super().to_python(value)
        if number is not None and number != number.to_integral_value():
            raise ValidationError(text_for("number.whole"), code="number.whole")
        return number

    def clean(self, value):
        number = super().clean(value)
        return None if number is None else int(number)


class VatNumberFormMixin:
    """Normalises `vat_number` for the form's `country` (BE 0403.170.701 -> BE0403170701) or adds
    the VAT check's message to the field."""

    def clean(self):
        cleaned = super().clean()
        raw = cleaned.get("vat_number", "")
        if raw:
            try:
                cleaned["vat_number"] = parse_vat(raw, cleaned.get("country") or "BE").full
            except VatError as error:
                self.add_error("vat_number", text_for(error.code, country=error.country))
        return cleaned


def label_inputs_in_row(form, row_label="") -> None:
    """A form shown as one table row has no <label> per input: each input gets its field's label
    (and the row's name, when the same fields repeat per row) as its accessible name."""
    for field in form.fields.values():
        if field.widget.is_hidden or not field.label:
            continue
        name = format_lazy("{} – {}", field.label, row_label) if row_label else field.label
        field.widget.attrs["aria-label"] = name
