"""The layering of vendorpact: every module imports only its own app or the layers below it.

An AST scan of every module under src/vendorpact (like tests/core/test_boundary.py, which keeps
`core` free of Django). Read LAYERS from the bottom up: a module may import a module of its own
app or of any app listed before it, never one listed after it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import vendorpact

PACKAGE_DIR = Path(vendorpact.__file__).parent

# Bottom first. Within a group the order is strict too (an app may import the apps before it).
LAYERS = (
    ("core",),  # pure Python domain, no Django (tests/core/test_boundary.py)
    ("conf", "settings", "formats"),  # project configuration read by Django
    ("common",),  # texts, fields, deletion, versioning, charts, throttling, API shapes
    ("orgs",),
    ("suppliers",),
    ("engagements",),
    (
        "analysis",
        "sla",
        "budget",
        "planning",
        "supplier_requests",
        "concerns",
        "health",
        "relations",  # migration history only (a model path in it moved to supplier_requests)
        "agreements",
    ),  # domain apps
    ("reminders", "reports", "portfolio", "checkup", "transfer", "audit"),  # read the domain apps
    ("web", "api"),  # dashboard and navigation; API router assembly
    ("urls", "wsgi"),  # the site's wiring
    ("backups", "demo", "commands", "cli", "__main__"),  # command line
)
RANK = {name: rank for rank, name in enumerate(name for layer in LAYERS for name in layer)}
# Listed so that their place is decided before they exist.
FUTURE_APPS: set[str] = set()
# Top-level modules that import no other vendorpact module (urls includes apps by name).
IMPORT_NOTHING = {"conf", "formats", "urls", "wsgi", "backups"}
# The command line defers imports until Django is set up (see commands/__init__.py).
DEFERRED_IMPORTS_ALLOWED = {"cli", "commands"}
# AppConfig.ready() runs once every model is loaded: Django's place for registrations that need
# the models (the audit trail registers every tenant model there).
DEFERRED_IMPORT_MODULES = {"vendorpact.audit.apps"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. vendorpact.budget.views
    target: str  # the imported vendorpact module, e.g. vendorpact.engagements.access
    line: int
    in_function: bool

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}"


def app_of(module: str) -> str:
    """The top-level part of vendorpact a module belongs to: `budget`, `urls`, `cli`..."""
    return module.split(".")[1]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(dotted: str) -> bool:
    relative = Path(*dotted.split("."))
    base = PACKAGE_DIR.parent / relative
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imported_targets(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The vendorpact modules an import statement loads (a `from m import name` loads m, or
    m.name when name is a submodule)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        source = ".".join(base + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    submodules = [f"{source}.{alias.name}" for alias in node.names]
    return [name for name in submodules if is_module(name)] or [source]


def imports_in(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import of a vendorpact module in `source`, marked when it sits in a function."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                for target in imported_targets(child, package):
                    if target.startswith("vendorpact."):
                        found.append(Import(module, target, child.lineno, in_function))
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            visit(child, inside)

    visit(ast.parse(source), False)
    return found


def scanned_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(
        found
        for module, path in scanned_modules().items()
        for found in imports_in(path.read_text(), module, path.name == "__init__.py")
    )


def is_views_module(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return last == "views" or last.endswith("_views")


def is_url_module(module: str) -> bool:
    return module.rsplit(".", 1)[-1].endswith("urls")


def layer_violations(imports) -> list[str]:
    return [
        str(found) for found in imports if RANK[app_of(found.target)] > RANK[app_of(found.module)]
    ]


def views_violations(imports) -> list[str]:
    """Views are imported only by their own app's views and URL modules."""
    return [
        str(found)
        for found in imports
        if is_views_module(found.target)
        and not (
            app_of(found.target) == app_of(found.module)
            and (is_views_module(found.module) or is_url_module(found.module))
        )
    ]


def deferred_import_violations(imports) -> list[str]:
    return [
        str(found)
        for found in imports
        if found.in_function
        and app_of(found.module) not in DEFERRED_IMPORTS_ALLOWED
        and found.module not in DEFERRED_IMPORT_MODULES
    ]


def test_every_import_goes_to_the_same_app_or_a_lower_layer():
    assert layer_violations(all_imports()) == []


def test_no_module_imports_another_apps_views():
    assert views_violations(all_imports()) == []


def test_no_imports_inside_functions_outside_the_command_line():
    assert deferred_import_violations(all_imports()) == []


def test_the_scan_sees_every_app_and_every_app_has_a_layer():
    found = {app_of(module) for module in scanned_modules() if module != "vendorpact"}
    listed = set(RANK)
    assert found == listed - FUTURE_APPS
    importing = {app_of(each.module) for each in all_imports()}
    assert importing >= found - IMPORT_NOTHING


def test_the_checks_catch_an_upward_import_a_views_import_and_a_deferred_import():
    source = (
        "from vendorpact.web import views\n"
        "from vendorpact.engagements.views import engagement_list\n"
        "def prefill():\n"
        "    from vendorpact.budget.models import BudgetLine\n"
    )
    imports = imports_in(source, "vendorpact.orgs.services")
    assert layer_violations(imports) == [
        "vendorpact.orgs.services:1 imports vendorpact.web.views",
        "vendorpact.orgs.services:2 imports vendorpact.engagements.views",
        "vendorpact.orgs.services:4 imports vendorpact.budget.models",
    ]
    assert views_violations(imports) == [
        "vendorpact.orgs.services:1 imports vendorpact.web.views",
        "vendorpact.orgs.services:2 imports vendorpact.engagements.views",
    ]
    assert deferred_import_violations(imports) == [
        "vendorpact.orgs.services:4 imports vendorpact.budget.models"
    ]
