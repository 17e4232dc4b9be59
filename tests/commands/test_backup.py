"""`vendorpact backup` / `vendorpact restore`: round trips on SQLite and PostgreSQL, refusals."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from tests.conftest import minimal_pdf
from vendorpact import demo
from vendorpact.backups import BackupError, create_backup, restore_backup
from vendorpact.cli import main
from vendorpact.engagements.models import Engagement
from vendorpact.engagements.services import upload_document

pytestmark = pytest.mark.django_db(transaction=True)
on_sqlite = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="SQLite round trip"
)
on_postgresql = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs DATABASE_URL=postgres://... (scripts/with-postgres.sh)",
)


@pytest.fixture
def demo_with_upload(settings):
    org = demo.load_demo()
    engagement = Engagement.objects.filter(organisation=org).order_by("pk").first()
    user = org.memberships.first().user
    pdf = SimpleUploadedFile("sla.pdf", minimal_pdf("Service level"), "application/pdf")
    upload_document(org=org, actor=user, engagement=engagement, uploaded=pdf, kind="sla")
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def archive(demo_with_upload, tmp_path):
    out = tmp_path / "backup.tar.gz"
    connection.ensure_connection()
    create_backup(
        out,
        database=connection.settings_dict,
        sqlite_connection=connection.connection if connection.vendor == "sqlite" else None,
        media_root=demo_with_upload,
    )
    return out


def media_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def live_sqlite_tables() -> dict[str, list]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        names = [name for (name,) in cursor.fetchall()]
        return {
            name: sorted(cursor.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }


def file_sqlite_tables(path: Path) -> dict[str, list]:
    # The same type conversions as Django's connection (dates, decimals, booleans).
    restored = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
    names = [n for (n,) in restored.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    tables = {
        n: sorted(restored.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names
    }
    restored.close()
    return tables


@on_sqlite
def test_restore_in_a_fresh_data_dir_brings_back_every_row(archive, tmp_path):
    data_dir = tmp_path / "fresh"
    result = run_cli(["restore", str(archive)], data_dir)
    assert result.returncode == 0, result.stderr
    restored = file_sqlite_tables(data_dir / "vendorpact.sqlite3")
    live = live_sqlite_tables()
    assert len(live["suppliers_supplier"]) > 0 and len(live["engagements_document"]) > 0
    assert restored == live


@on_sqlite
def test_restore_brings_back_every_uploaded_file_byte_for_byte(archive, demo_with_upload, tmp_path):
    data_dir = tmp_path / "fresh"
    result = run_cli(["restore", str(archive)], data_dir)
    assert result.returncode == 0, result.stderr
    assert media_bytes(data_dir / "uploads") == media_bytes(demo_with_upload)
    assert f"{len(media_bytes(demo_with_upload))} uploaded files" in result.stdout


def run_cli(arguments: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "VENDORPACT_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    env.pop("VENDORPACT_MEDIA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "vendorpact", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def manifest_of(archive: Path) -> dict:
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("manifest.json"))


def test_manifest_lists_size_and_sha256_of_every_member(archive, demo_with_upload):
    manifest = manifest_of(archive)
    with tarfile.open(archive) as tar:
        contents = {m.name: tar.extractfile(m).read() for m in tar if m.name != "manifest.json"}
    assert {m["name"] for m in manifest["members"]} == set(contents)
    for member in manifest["members"]:
        data = contents[member["name"]]
        assert (member["size"], member["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())
    uploaded = {"media/" + name for name in media_bytes(demo_with_upload)}
    assert uploaded <= set(contents) and len(uploaded) >= 1
    assert manifest["format_version"] == 1 and manifest["vendorpact_version"]


def tampered_copy(archive: Path, out: Path) -> Path:
    """The same archive with one byte of the uploaded PDF changed (manifest untouched)."""
    with tarfile.open(archive) as source, tarfile.open(out, "w:gz") as target:
        for info in source:
            data = source.extractfile(info).read()
            if info.name.endswith(".pdf"):
                data = data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
            target.addfile(info, io.BytesIO(data))
    return out


def test_tampered_archive_is_refused_before_anything_is_written(archive, tmp_path):
    tampered = tampered_copy(archive, tmp_path / "tampered.tar.gz")
    target_db = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "t" / "db.sqlite3")}
    with pytest.raises(BackupError, match="SHA-256"):
        restore_backup(tampered, database=target_db, media_root=tmp_path / "t" / "uploads")
    assert not (tmp_path / "t").exists()


def test_restore_command_refuses_a_non_empty_target_with_exit_2(archive, capsys):
    assert main(["restore", str(archive)]) == 2
    error = capsys.readouterr().err
    assert "already holds" in error and "nothing was restored" in error


@on_sqlite
def test_restore_refuses_a_database_with_tables(archive, tmp_path):
    existing = tmp_path / "db.sqlite3"
    with sqlite3.connect(existing) as db:
        db.execute("CREATE TABLE suppliers_supplier (id integer primary key)")
    target_db = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(existing)}
    with pytest.raises(BackupError, match="already holds 1 tables"):
        restore_backup(archive, database=target_db, media_root=tmp_path / "uploads")
    assert not (tmp_path / "uploads").exists()


@on_sqlite
def test_restore_refuses_an_uploads_folder_with_files(archive, tmp_path):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "old.pdf").write_bytes(b"%PDF-1.4 old")
    target_db = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "db.sqlite3")}
    with pytest.raises(BackupError, match="uploads folder"):
        restore_backup(archive, database=target_db, media_root=uploads)
    assert not (tmp_path / "db.sqlite3").exists()


def test_backup_command_writes_an_archive_with_the_uploads(demo_with_upload, tmp_path, capsys):
    out = tmp_path / "cli.tar.gz"
    assert main(["backup", "--out", str(out)]) == 0
    names = {member["name"] for member in manifest_of(out)["members"]}
    assert {"media/" + name for name in media_bytes(demo_with_upload)} <= names
    assert names & {"database/vendorpact.sqlite3", "database/vendorpact.pgdump"}


# --- PostgreSQL ----------------------------------------------------------------------------------


@pytest.fixture
def second_database():
    settings = connection.settings_dict
    name = settings["NAME"] + "_restored"
    admin = {"dbname": "postgres", "user": settings["USER"], "host": settings["HOST"]}
    admin["port"] = str(settings["PORT"])
    with psycopg.connect(**admin, autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}"')
    yield {**settings, "NAME": name}
    with psycopg.connect(**admin, autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def postgresql_tables(database: dict) -> dict[str, list]:
    arguments = {"dbname": database["NAME"], "user": database["USER"], "host": database["HOST"]}
    with psycopg.connect(**arguments, port=str(database["PORT"])) as db:
        names = [
            n
            for (n,) in db.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        ]
        return {n: sorted(db.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


@on_postgresql
def test_postgresql_round_trip_restores_every_row(archive, second_database, tmp_path):
    summary = restore_backup(archive, database=second_database, media_root=tmp_path / "uploads")
    live = postgresql_tables(connection.settings_dict)
    assert len(live["suppliers_supplier"]) > 0
    assert postgresql_tables(second_database) == live
    assert summary.media_files == len(media_bytes(tmp_path / "uploads")) >= 1
