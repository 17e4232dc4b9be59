"""The example terms shipped in docs/examples, loaded as Terms."""

import json
from pathlib import Path

from vendorpact.core.agreements import terms_from_dict

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples"
KINDS = ("project", "maintenance", "saas", "tm")
LANGS = ("nl", "en", "fr")


def example_data(kind: str) -> dict:
    return json.loads((EXAMPLES / f"agreement-{kind}.json").read_text(encoding="utf-8"))


def example_terms(kind: str, **changes):
    data = example_data(kind)
    data.update(changes)
    terms, problems = terms_from_dict(data)
    assert problems == []
    return terms
