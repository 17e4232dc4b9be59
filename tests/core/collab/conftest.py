"""Fixtures for the pure-core collaboration tests (no Django needed)."""

from __future__ import annotations

import os
from pathlib import Path
from xml.etree import ElementTree

import defusedxml.ElementTree as safe_et
import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
VEFA_NS = "{http://difi.no/xsd/vefa/validator/1.0}"


@pytest.fixture(autouse=True)
def _media_in_tmp():
    """The root conftest's autouse fixture needs pytest-django's `settings`; these tests run
    with `-p no:django`, so it is overridden here by name."""


def shared_dir() -> Path:
    """../shared/data, or VENDORPACT_SHARED_DIR/data (the variable names the shared folder, as
    for every other test, benchmark and script)."""
    override = os.environ.get("VENDORPACT_SHARED_DIR")
    return (Path(override) if override else REPO_ROOT.parent / "shared") / "data"


@pytest.fixture
def invoices_dir() -> Path:
    folder = shared_dir() / "invoices"
    if not folder.is_dir():
        pytest.skip(f"shared invoice samples not found at {folder}")
    return folder


def _vefa_documents(path: Path) -> list[tuple[str, bytes]]:
    """The UBL documents inside a VEFA validator test set, with 'success' or 'error'."""
    root = safe_et.parse(path).getroot()
    result = []
    for test in root.iter(f"{VEFA_NS}test"):
        outcome = "error" if test.find(f"{VEFA_NS}assert/{VEFA_NS}error") is not None else "success"
        document = next(child for child in test if not child.tag.startswith(VEFA_NS))
        result.append((outcome, ElementTree.tostring(document, encoding="utf-8")))
    return result


@pytest.fixture
def vefa_documents():
    return _vefa_documents
