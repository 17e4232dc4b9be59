"""`vendorpact agreement draft --terms terms.json --out FILE`: a cooperation agreement or an
addendum drafted from terms.json (docs/agreement-terms.md), as DOCX, PDF or Markdown.
`vendorpact agreement options`: the options of terms.json and what each choice means.

Bad input prints one line per problem ("field: why") on stderr, exits 2 and writes no file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vendorpact.core.agreements import OPTIONS, generate, render_markdown, terms_from_dict
from vendorpact.core.agreements.model import Problem
from vendorpact.core.agreements.terms_json import json_path
from vendorpact.core.checklist import expected_items

FORMATS = ("docx", "pdf", "md")
LANGS = ("nl", "en", "fr")
MODES = ("full", "addendum")
BAD_INPUT_EXIT = 2


def register(subparsers) -> None:
    parser = subparsers.add_parser("agreement", help="draft agreements from agreed terms")
    actions = parser.add_subparsers(dest="agreement_command", metavar="ACTION", required=True)
    draft = actions.add_parser(
        "draft",
        help="draft a cooperation agreement or an addendum from terms.json",
        description="Draft a cooperation agreement (or an addendum for the items a supplier "
        "contract leaves open) from terms.json, in Dutch, English or French.",
    )
    draft.add_argument("--terms", required=True, metavar="FILE", help="terms JSON file")
    draft.add_argument("--lang", choices=LANGS, default="nl", help="language (default: nl)")
    draft.add_argument("--mode", choices=MODES, default="full", help="default: full")
    draft.add_argument(
        "--format", choices=FORMATS, help="output format (default: from --out, else docx)"
    )
    draft.add_argument(
        "--items",
        help="addendum: comma-separated checklist item ids (default: --items-from, else the "
        "terms' 'items')",
    )
    draft.add_argument(
        "--items-from",
        metavar="REPORT",
        help="addendum: the expected items a `vendorpact check --format json` report of the "
        "supplier's contract does not show as covered",
    )
    draft.add_argument("--out", required=True, metavar="FILE", help="file to write")
    draft.set_defaults(func=run_draft)
    options = actions.add_parser(
        "options", help="list the options of terms.json and what each choice means"
    )
    options.add_argument("--lang", choices=LANGS, default="en", help="language (default: en)")
    options.set_defaults(func=run_options)


def run_options(args: argparse.Namespace) -> int:
    for option in OPTIONS:
        print(f"options.{option.id}: {option.labels[args.lang]} (default: {option.default})")
        for choice in option.choices:
            print(f"  {choice.value}: {choice.labels[args.lang]}. {choice.effects[args.lang]}")
    return 0


def run_draft(args: argparse.Namespace) -> int:
    data, problems = _read_terms(Path(args.terms))
    terms = None
    if not problems:
        terms, problems = terms_from_dict(data)
    if problems:
        return _report(problems)
    items, problems = _addendum_items(args, data, terms.kind)
    if problems:
        return _report(problems)
    result = generate(terms, args.lang, args.mode, items if args.mode == "addendum" else None)
    if result.problems:
        return _report([Problem(json_path(p.field), p.reason) for p in result.problems])
    out = Path(args.out)
    fmt = args.format or _format_from_suffix(out)
    content = _render(result.agreement, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(content)
    settled = len(result.agreement.settles)
    print(f"{out}: {args.mode} agreement ({terms.kind}, {args.lang}) settling {settled} items")
    return 0


def _read_terms(path: Path) -> tuple[dict | None, list[Problem]]:
    try:
        return json.loads(path.read_text(encoding="utf-8")), []
    except FileNotFoundError:
        return None, [Problem("--terms", f"file not found: {path}")]
    except json.JSONDecodeError as exc:
        return None, [Problem("--terms", f"not valid JSON (line {exc.lineno}: {exc.msg})")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem("--terms", f"cannot be read ({exc})")]


def _addendum_items(args, data: dict, kind: str) -> tuple[list[str], list[Problem]]:
    """--items, else the open items of --items-from, else the terms' own "items"."""
    if args.items:
        return [item.strip() for item in args.items.split(",") if item.strip()], []
    if args.items_from:
        return _open_items(Path(args.items_from), kind)
    return list(data.get("items", [])), []


def _open_items(path: Path, kind: str) -> tuple[list[str], list[Problem]]:
    """Items a check report calls missing or partial and that are expected for the kind."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [], [Problem("--items-from", f"cannot be read as a check report ({exc})")]
    if isinstance(report, list):
        report = report[0] if len(report) == 1 else {}
    if not isinstance(report, dict) or not isinstance(report.get("items"), list):
        return [], [Problem("--items-from", "is not the JSON report of one checked document")]
    open_ids = [
        item["id"]
        for item in report["items"]
        if item.get("status") in ("missing", "partial") and item["id"] in expected_ids(kind)
    ]
    if not open_ids:
        return [], [Problem("--items-from", "the report shows every expected item as covered")]
    return open_ids, []


def expected_ids(kind: str) -> set[str]:
    return {item.id for item in expected_items(kind)}


def _format_from_suffix(out: Path) -> str:
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "docx"


def _render(agreement, fmt: str) -> bytes:
    # the DOCX and PDF libraries load only when needed: every CLI command imports this module
    if fmt == "md":
        return render_markdown(agreement).encode("utf-8")
    if fmt == "docx":
        from vendorpact.agreements.docx_renderer import render_docx

        return render_docx(agreement)
    from vendorpact.agreements.pdf_renderer import render_pdf

    return render_pdf(agreement)


def _report(problems: list[Problem]) -> int:
    for problem in problems:
        print(f"{problem.field}: {problem.reason}", file=sys.stderr)
    return BAD_INPUT_EXIT
