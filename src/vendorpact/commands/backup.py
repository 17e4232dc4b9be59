"""`vendorpact backup --out FILE` and `vendorpact restore FILE`: the database and the uploads."""

from __future__ import annotations

import sys
from pathlib import Path

from vendorpact.commands.web import setup_django

REFUSED_EXIT = 2


def run_backup(args) -> int:
    setup_django()
    from django.conf import settings
    from django.db import connection

    from vendorpact.backups import SQLITE, BackupError, create_backup, engine_of

    out = Path(args.out)
    try:
        sqlite_connection = None
        if engine_of(connection.settings_dict) == SQLITE:
            connection.ensure_connection()
            sqlite_connection = connection.connection
        manifest = create_backup(
            out,
            database=connection.settings_dict,
            sqlite_connection=sqlite_connection,
            media_root=Path(settings.MEDIA_ROOT),
        )
    except BackupError as error:
        print(f"error: {error}", file=sys.stderr)
        return REFUSED_EXIT
    files = len(manifest.media_members)
    print(f"Backed up the {manifest.engine} database and {files} uploaded files to {out}")
    return 0


def run_restore(args) -> int:
    setup_django()
    from django.conf import settings
    from django.db import connection

    from vendorpact.backups import BackupError, restore_backup

    try:
        summary = restore_backup(
            Path(args.file), database=connection.settings_dict, media_root=Path(settings.MEDIA_ROOT)
        )
    except BackupError as error:
        print(f"error: {error}; nothing was restored", file=sys.stderr)
        return REFUSED_EXIT
    manifest = summary.manifest
    print(
        f"Restored the backup of {manifest.created_at} (VendorPact {manifest.vendorpact_version}):"
    )
    print(f"  {manifest.engine} database ({summary.database_bytes:,} bytes)")
    print(
        f"  {summary.media_files} uploaded files ({summary.media_bytes:,} bytes) into "
        f"{settings.MEDIA_ROOT}"
    )
    print("Start `vendorpact serve`: it applies the migrations of this version if needed.")
    return 0


def register(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup", help="write the database and the uploaded files into one archive"
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="archive to write (.tar.gz)")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", help="restore a backup into an empty database and uploads folder"
    )
    restore.add_argument("file", metavar="FILE", help="archive written by `vendorpact backup`")
    restore.set_defaults(func=run_restore)
