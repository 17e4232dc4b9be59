"""A small checker for the JSON Schema subset that terms.schema.json uses: type, const, enum,
required, properties, additionalProperties false, items, minimum, maximum, minLength, pattern,
format date, oneOf and local $ref. Each problem names the field path and why."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("terms.schema.json")
TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


@cache
def terms_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def check(data, schema: dict | None = None) -> list[tuple[str, str]]:
    """[(field path, reason)] for every way `data` breaks the schema; [] when it is valid."""
    root = schema or terms_schema()
    problems: list[tuple[str, str]] = []
    _check(data, root, root, "", problems)
    return problems


def _check(value, schema: dict, root: dict, path: str, problems: list) -> None:
    if "$ref" in schema:
        schema = _resolve(root, schema["$ref"])
    if "oneOf" in schema:
        matching = [s for s in schema["oneOf"] if not _errors(value, s, root, path)]
        if len(matching) != 1:
            problems.append((path or "(root)", "has the wrong shape"))
        return
    if "const" in schema and value != schema["const"]:
        problems.append((path or "(root)", f"must be {schema['const']!r}"))
        return
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"])
        problems.append((path, f"must be one of: {allowed}"))
        return
    expected = schema.get("type")
    if expected and not _is_type(value, expected):
        problems.append((path or "(root)", f"must be of type {expected}"))
        return
    if isinstance(value, dict):
        _check_object(value, schema, root, path, problems)
    elif isinstance(value, list):
        for index, element in enumerate(value):
            _check(element, schema.get("items", {}), root, f"{path}[{index}]", problems)
    elif isinstance(value, str):
        _check_string(value, schema, path, problems)
    elif isinstance(value, (int, float)):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append((path, f"must be at least {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            problems.append((path, f"must be at most {schema['maximum']}"))


def _check_object(value: dict, schema: dict, root: dict, path: str, problems: list) -> None:
    properties = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            problems.append((_join(path, name), "is required"))
    for name, element in value.items():
        if name in properties:
            _check(element, properties[name], root, _join(path, name), problems)
        elif schema.get("additionalProperties") is False:
            problems.append((_join(path, name), "is not a known field"))


def _check_string(value: str, schema: dict, path: str, problems: list) -> None:
    if len(value) < schema.get("minLength", 0):
        problems.append((path, "must not be empty"))
    if "pattern" in schema and not re.search(schema["pattern"], value):
        problems.append((path, f"must match {schema['pattern']}"))
    if schema.get("format") == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            problems.append((path, "must be a date as YYYY-MM-DD"))


def _is_type(value, expected: str) -> bool:
    if isinstance(value, bool) and expected in ("integer", "number"):
        return False
    return isinstance(value, TYPES[expected])


def _errors(value, schema: dict, root: dict, path: str) -> list:
    found: list = []
    _check(value, schema, root, path, found)
    return found


def _resolve(root: dict, ref: str) -> dict:
    node = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
