"""The contract analyser's benchmarks import each other's pieces: a move must not break one."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

pytest.importorskip("sklearn")  # contracts_eval imports the training script
BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
MODULES = sorted(
    path.stem
    for path in BENCHMARKS.glob("*.py")
    if path.stem.startswith("contracts_") or path.stem == "cuad_item_errors"
)


@pytest.mark.parametrize("name", MODULES)
def test_contract_benchmark_imports(name, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    assert importlib.import_module(name).__doc__
