"""`vendorpact export ORG --out FILE` and `vendorpact import FILE`: one organisation as a ZIP."""

from __future__ import annotations

import sys
from pathlib import Path

from vendorpact.commands.web import migrate, setup_django

REFUSED_EXIT = 2


def run_export(args) -> int:
    setup_django()
    from vendorpact.orgs.models import Organisation
    from vendorpact.transfer.export import write_export

    org = Organisation.objects.filter(slug=args.organisation).first()
    if org is None:
        print(f"error: no organisation {args.organisation!r}", file=sys.stderr)
        return REFUSED_EXIT
    summary = write_export(org, Path(args.out))
    rows = sum(summary.rows.values())
    print(f"Exported {org.name}: {rows} records and {summary.files} files to {args.out}")
    return 0


def run_import(args) -> int:
    setup_django()
    migrate()
    from vendorpact.transfer.graph import TransferError
    from vendorpact.transfer.importer import import_organisation

    path = Path(args.file)
    if not path.is_file():
        print(f"error: no file {path}", file=sys.stderr)
        return REFUSED_EXIT
    try:
        result = import_organisation(path)
    except TransferError as error:
        print(f"error: {error}; nothing was imported", file=sys.stderr)
        return REFUSED_EXIT
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    rows = sum(result.rows.values())
    print(f"Imported {result.organisation.name}: {rows} records and {result.files} files")
    print(result.organisation.slug)
    return 0


def register(subparsers) -> None:
    export = subparsers.add_parser(
        "export", help="export one organisation (records, documents, CSV tables) as a ZIP"
    )
    export.add_argument("organisation", help="the organisation's short name (slug)")
    export.add_argument("--out", required=True, help="the ZIP file to write")
    export.set_defaults(func=run_export)

    load = subparsers.add_parser(
        "import", help="import an export ZIP as a new organisation; prints its slug last"
    )
    load.add_argument("file")
    load.set_defaults(func=run_import)
