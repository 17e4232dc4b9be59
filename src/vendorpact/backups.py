"""Backups of the database and the uploaded files into one tar archive, and their restore.

An archive holds `manifest.json` (format version, VendorPact version, database engine, creation
time, SHA-256 and size of every member), the database (`database/vendorpact.sqlite3`, made with
SQLite's online backup API, or `database/vendorpact.pgdump`, a `pg_dump` custom-format dump) and
every file under MEDIA_ROOT as `media/<relative path>`. A restore goes only into an empty database
and an empty media folder, and checks every member against the manifest before writing anything.
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version as package_version
from pathlib import Path, PurePosixPath

import psycopg

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEDIA_PREFIX = "media/"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DATABASE_MEMBERS = {SQLITE: "database/vendorpact.sqlite3", POSTGRESQL: "database/vendorpact.pgdump"}
CHUNK_BYTES = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why, for the operator."""


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass
class Manifest:
    engine: str
    created_at: str
    vendorpact_version: str
    members: list[Member] = field(default_factory=list)
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        payload = {
            "format_version": self.format_version,
            "vendorpact_version": self.vendorpact_version,
            "database_engine": self.engine,
            "created_at": self.created_at,
            "members": [vars(member) for member in self.members],
        }
        return json.dumps(payload, indent=2).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        try:
            payload = json.loads(data)
            return cls(
                engine=payload["database_engine"],
                created_at=payload["created_at"],
                vendorpact_version=payload["vendorpact_version"],
                members=[Member(**member) for member in payload["members"]],
                format_version=payload["format_version"],
            )
        except (ValueError, KeyError, TypeError) as error:
            raise BackupError(f"the archive's manifest.json cannot be read ({error})") from error

    @property
    def media_members(self) -> list[Member]:
        return [member for member in self.members if member.name.startswith(MEDIA_PREFIX)]


@dataclass(frozen=True)
class RestoreSummary:
    manifest: Manifest
    database_bytes: int
    media_files: int
    media_bytes: int


def engine_of(database: dict) -> str:
    """SQLITE or POSTGRESQL for a Django DATABASES entry; anything else is refused."""
    engine = database["ENGINE"]
    if engine.endswith("sqlite3"):
        return SQLITE
    if "postgresql" in engine:
        return POSTGRESQL
    raise BackupError(f"backups support SQLite and PostgreSQL, not {engine}")


def vendorpact_version() -> str:
    return package_version("vendorpact")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


# --- creating a backup ---------------------------------------------------------------------------


def create_backup(out: Path, *, database: dict, sqlite_connection, media_root: Path) -> Manifest:
    """Write the archive `out`: the database first, then the media files (a file uploaded while
    the backup runs is at worst present without its database row, never the other way round).
    `sqlite_connection` is the open sqlite3 connection to copy from (SQLite only)."""
    engine = engine_of(database)
    with tempfile.TemporaryDirectory(prefix="vendorpact-backup-") as staging:
        dump = Path(staging) / "database"
        if engine == SQLITE:
            dump_sqlite(sqlite_connection, dump)
        else:
            dump_postgresql(database, dump)
        manifest = Manifest(
            engine=engine,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            vendorpact_version=vendorpact_version(),
        )
        partial = out.with_name(out.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            manifest.members.append(add_file(archive, dump, DATABASE_MEMBERS[engine]))
            for path in media_files(media_root):
                name = MEDIA_PREFIX + path.relative_to(media_root).as_posix()
                manifest.members.append(add_file(archive, path, name))
            add_bytes(archive, MANIFEST_NAME, manifest.to_json())
        os.replace(partial, out)
    return manifest


def dump_sqlite(connection: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of a live SQLite database (the online backup API)."""
    destination = sqlite3.connect(target)
    try:
        connection.backup(destination)
    finally:
        destination.close()


def dump_postgresql(database: dict, target: Path) -> None:
    run_postgres_tool(
        "pg_dump", ["--format=custom", "--no-owner", f"--file={target}"], database=database
    )


def media_files(media_root: Path) -> list[Path]:
    if not media_root.is_dir():
        return []
    return sorted(path for path in media_root.rglob("*") if path.is_file())


def add_file(archive: tarfile.TarFile, path: Path, name: str) -> Member:
    """Add the file as read once into memory, so its hash and its bytes are the same version."""
    data = path.read_bytes()
    add_bytes(archive, name, data)
    return Member(name=name, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(data))


# --- restoring -----------------------------------------------------------------------------------


def restore_backup(archive: Path, *, database: dict, media_root: Path) -> RestoreSummary:
    """Restore into an empty database and media folder, after checking every member."""
    engine = engine_of(database)
    refuse_unless_empty(database, engine, media_root)
    with tempfile.TemporaryDirectory(prefix="vendorpact-restore-") as staging:
        manifest = unpack_verified(archive, Path(staging))
        if manifest.engine != engine:
            raise BackupError(
                f"the backup holds a {manifest.engine} database; this installation uses {engine}"
            )
        dump = Path(staging) / DATABASE_MEMBERS[engine]
        if engine == SQLITE:
            restore_sqlite(dump, Path(database["NAME"]))
        else:
            restore_postgresql(dump, database)
        for member in manifest.media_members:
            copy_media_file(Path(staging) / member.name, media_root, member.name)
    media = manifest.media_members
    return RestoreSummary(
        manifest=manifest,
        database_bytes=dump_size(manifest, engine),
        media_files=len(media),
        media_bytes=sum(member.size for member in media),
    )


def dump_size(manifest: Manifest, engine: str) -> int:
    return next(m.size for m in manifest.members if m.name == DATABASE_MEMBERS[engine])


def refuse_unless_empty(database: dict, engine: str, media_root: Path) -> None:
    tables = sqlite_tables(database) if engine == SQLITE else postgresql_tables(database)
    if tables:
        raise BackupError(
            f"the database {database['NAME']} already holds {len(tables)} tables; "
            "restore only into an empty database"
        )
    if media_files(media_root):
        raise BackupError(
            f"the uploads folder {media_root} already holds files; restore only into an empty one"
        )


def sqlite_tables(database: dict) -> list[str]:
    path = Path(database["NAME"])
    if not path.exists() or path.stat().st_size == 0:
        return []
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        connection.close()
    return [name for (name,) in rows]


def postgresql_tables(database: dict) -> list[str]:
    with psycopg.connect(**postgres_connection_arguments(database)) as connection:
        rows = connection.execute(POSTGRES_TABLES_QUERY).fetchall()
    return [name for (name,) in rows]


POSTGRES_TABLES_QUERY = (
    "SELECT table_name FROM information_schema.tables "
    "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
)


def postgres_connection_arguments(database: dict) -> dict[str, str]:
    arguments = {
        "dbname": database.get("NAME"),
        "user": database.get("USER"),
        "password": database.get("PASSWORD"),
        "host": database.get("HOST"),
        "port": str(database.get("PORT") or ""),
    }
    return {key: value for key, value in arguments.items() if value}


def unpack_verified(archive: Path, staging: Path) -> Manifest:
    """Extract every member into `staging` and check it against the manifest: the same names
    (no member missing, none added), the same sizes and SHA-256 hashes."""
    try:
        with tarfile.open(archive, "r:*") as tar:
            names = [extract_member(tar, info, staging) for info in tar]
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"{archive} is not a readable VendorPact backup ({error})") from error
    if MANIFEST_NAME not in names:
        raise BackupError(f"{archive} has no manifest.json: not a VendorPact backup")
    manifest = Manifest.from_json((staging / MANIFEST_NAME).read_bytes())
    if manifest.format_version != FORMAT_VERSION:
        raise BackupError(f"backup format {manifest.format_version} is not supported")
    check_members(manifest, [name for name in names if name != MANIFEST_NAME], staging)
    return manifest


def extract_member(tar: tarfile.TarFile, info: tarfile.TarInfo, staging: Path) -> str:
    name = safe_member_name(info)
    target = staging / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with tar.extractfile(info) as source, target.open("wb") as destination:
        shutil.copyfileobj(source, destination)
    return name


def safe_member_name(info: tarfile.TarInfo) -> str:
    path = PurePosixPath(info.name)
    if not info.isfile() or path.is_absolute() or ".." in path.parts:
        raise BackupError(f"the archive member {info.name!r} is not allowed in a backup")
    return path.as_posix()


def check_members(manifest: Manifest, names: list[str], staging: Path) -> None:
    listed = {member.name for member in manifest.members}
    if set(names) != listed or len(names) != len(listed):
        extra = sorted(set(names) - listed)
        missing = sorted(listed - set(names))
        raise BackupError(
            f"the archive does not match its manifest (extra {extra}, missing {missing})"
        )
    if not any(name in listed for name in DATABASE_MEMBERS.values()):
        raise BackupError("the archive holds no database")
    for member in manifest.members:
        path = staging / member.name
        if path.stat().st_size != member.size or sha256_of(path) != member.sha256:
            raise BackupError(
                f"{member.name} does not match its SHA-256 in the manifest: "
                "the archive is damaged or was altered"
            )


def restore_sqlite(dump: Path, target: Path) -> None:
    """Put the database file in place (an empty file or leftovers of an empty one are replaced)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(dump, partial)
    os.replace(partial, target)


def restore_postgresql(dump: Path, database: dict) -> None:
    run_postgres_tool(
        "pg_restore",
        ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", str(dump)],
        database=database,
        database_flag=True,
    )


def copy_media_file(source: Path, media_root: Path, member_name: str) -> None:
    target = media_root / member_name.removeprefix(MEDIA_PREFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


# --- PostgreSQL client tools ---------------------------------------------------------------------


def postgres_tool(name: str) -> str:
    """The tool on PATH, else in the newest /usr/lib/postgresql/<version>/bin."""
    on_path = shutil.which(name)
    if on_path:
        return on_path
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if not candidates:
        raise BackupError(f"{name} not found on PATH nor in /usr/lib/postgresql/*/bin")
    return candidates[-1]


def run_postgres_tool(
    name: str, arguments: list[str], *, database: dict, database_flag: bool = False
) -> str:
    """Run a PostgreSQL client tool against the database; connection details go through the
    environment (PGHOST, ...), so the password never shows in a process list."""
    command = [postgres_tool(name), *arguments]
    if database_flag:
        command.insert(1, f"--dbname={database['NAME']}")
    result = subprocess.run(
        command, env=postgres_environment(database), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{name} failed: {result.stderr.strip()}")
    return result.stdout


def postgres_environment(database: dict) -> dict[str, str]:
    settings = {
        "PGDATABASE": database.get("NAME"),
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGHOST": database.get("HOST"),
        "PGPORT": str(database.get("PORT") or ""),
    }
    return {**os.environ, **{key: value for key, value in settings.items() if value}}
