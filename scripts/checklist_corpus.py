"""The documents the checklist model (scripts/train_checklist_model.py) learns from: our own
development documents and the first six held-out batches, each with its labelled item statuses.

Read from the test fixtures under tests/core/contracts, whatever shape a module keeps them in:
lists of UnseenDocument, `DEV_DOCUMENTS = {name: (text, labels)}`, or `DOCUMENTS = {name: text}`
beside `LABELS = {name: labels}`. Held-out batches 7 and later are never read here: they stay
unseen by the model, the measure of how it does on documents it never saw
(benchmarks/contracts_eval_checklist.py).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "core" / "contracts"
TRAINING_BATCHES = (
    "unseen_documents",
    "unseen_documents_2",
    "unseen_documents_3",
    "unseen_documents_4",
    "unseen_documents_5",
    "unseen_documents_6",
)
DEVELOPMENT_TEST_MODULES = (
    "test_dev_docs_budget_dev_documents",
    "test_dev_docs_project_dev_documents",
    "test_dev_docs_service_dev_documents",
    "test_dev_docs_terms_dev_documents",
)
STATUSES = frozenset(("covered", "partial", "missing"))


@dataclass(frozen=True)
class LabelledText:
    name: str
    text: str
    items: dict[str, str]  # item id -> covered / partial / missing (labelled items only)


def development_modules() -> list[str]:
    names = sorted(path.stem for path in FIXTURES.glob("dev_docs_*_documents.py"))
    return [*names, *DEVELOPMENT_TEST_MODULES]


def training_documents() -> list[LabelledText]:
    """Every labelled document of the development modules and batches 1-6, by unique name,
    sorted by name (the folds depend on that order only)."""
    found: dict[str, LabelledText] = {}
    for module_name in (*development_modules(), *TRAINING_BATCHES):
        module = importlib.import_module(f"tests.core.contracts.{module_name}")
        for document in documents_of(vars(module)):
            if document.items and document.name not in found:
                found[document.name] = document
    return [found[name] for name in sorted(found)]


def documents_of(namespace: dict) -> list[LabelledText]:
    documents = []
    for value in namespace.values():
        if isinstance(value, list | tuple):
            documents.extend(_from_unseen(entry) for entry in value if _is_unseen(entry))
    pairs = namespace.get("DEV_DOCUMENTS")
    if isinstance(pairs, dict):
        for name, pair in pairs.items():
            if isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str):
                documents.append(LabelledText(name, pair[0], _statuses(pair[1])))
    texts, labels = namespace.get("DOCUMENTS"), namespace.get("LABELS")
    if isinstance(texts, dict) and isinstance(labels, dict):
        for name, text in texts.items():
            if isinstance(text, str) and name in labels:
                documents.append(LabelledText(name, text, _statuses(labels[name])))
    return documents


def _is_unseen(entry) -> bool:
    return hasattr(entry, "name") and hasattr(entry, "text") and hasattr(entry, "items")


def _from_unseen(entry) -> LabelledText:
    return LabelledText(entry.name, entry.text, _statuses(entry.items))


def _statuses(labels: dict) -> dict[str, str]:
    """Only the item labels (a few modules keep risks or figures in the same dict)."""
    return {
        key: value
        for key, value in labels.items()
        if isinstance(value, str) and value in STATUSES and not key.startswith("risk.")
    }
