"""vendorpact.core is the pure domain: it must not import Django or the web apps."""

import ast
from pathlib import Path

import vendorpact.core

CORE_DIR = Path(vendorpact.core.__file__).parent
FORBIDDEN = (
    "django",
    "ninja",
    "vendorpact.orgs",
    "vendorpact.suppliers",
    "vendorpact.engagements",
    "vendorpact.api",
    "vendorpact.common",
    "vendorpact.web",
)


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_core_imports_no_django_or_web_apps():
    offenders = [
        f"{path.relative_to(CORE_DIR)}: {module}"
        for path in CORE_DIR.rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in FORBIDDEN or module.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_boundary_scan_sees_the_core_modules():
    scanned = {p.name for p in CORE_DIR.rglob("*.py")}
    assert {"checklist.py", "advice.py", "terms.py"} <= scanned
