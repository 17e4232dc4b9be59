"""The `vendorpact` command line: serve, worker, demo, createuser, manage, check, sla, token,
backup, restore, agreement, export, import."""

from __future__ import annotations

import argparse
import importlib
import sys

# Sub-command modules; each exposes register(subparsers) and sets `func` on its parser.
COMMAND_MODULES = (
    "vendorpact.commands.server",
    "vendorpact.commands.web",
    "vendorpact.commands.check",
    "vendorpact.commands.sla",
    "vendorpact.commands.token",
    "vendorpact.commands.backup",
    "vendorpact.commands.agreement",
    "vendorpact.commands.transfer",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vendorpact",
        description="VendorPact: manage IT suppliers, agreements and service levels.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "manage":
        from vendorpact.commands.web import run_manage

        return run_manage(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    return args.func(args) or 0


if __name__ == "__main__":
    sys.exit(main())
