"""Partial updates (PATCH): a field left out is kept as it is; ``null`` is accepted only for a
field that may be empty (an optional date, amount or link), any other null is a 422
``{"detail": "<field> may not be empty"}`` instead of a database error."""

from __future__ import annotations

from typing import ClassVar, get_args

from ninja import Schema
from pydantic import model_validator
from pydantic_core import PydanticCustomError


def nullable_fields(schema: type[Schema]) -> frozenset[str]:
    """The fields of a create schema whose type admits None."""
    return frozenset(
        name
        for name, field in schema.model_fields.items()
        if type(None) in get_args(field.annotation)
    )


class PatchSchema(Schema):
    may_be_null: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _refuse_null_for_required_fields(self):
        for name in type(self).model_fields:
            cleared = name in self.model_fields_set and getattr(self, name) is None
            if cleared and name not in self.may_be_null:
                raise PydanticCustomError(
                    "null_not_allowed", "{field} may not be empty", {"field": name}
                )
        return self
