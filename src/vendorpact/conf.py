"""Runtime configuration read from the environment (no Django imports: used by settings).

Reading it has no side effect: the folders, the SQLite file and the secret key are created by
`prepare_data_dir` when Django starts (`vendorpact.web` app's `ready`), and the secret key also
on its first use."""

from __future__ import annotations

import functools
import os
import secrets
from pathlib import Path


def data_dir() -> Path:
    """Where the database, uploads, static files and generated secret key live (not created)."""
    return Path(os.environ.get("VENDORPACT_DATA_DIR", "./var")).resolve()


def media_dir(data: Path) -> Path:
    return Path(os.environ.get("VENDORPACT_MEDIA_DIR", data / "uploads"))


def sqlite_file(database: dict) -> Path | None:
    """The file of a file-based SQLite database; None for another engine or an in-memory one."""
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return None
    name = str(database["NAME"])
    return None if name.startswith((":memory:", "file:")) else Path(name)


def prepare_data_dir(
    *, data: Path, media_root: Path, static_root: Path, database_file: Path | None
) -> None:
    """Create the data and uploads folders (owner only), the static folder, the SQLite file
    (owner only, before SQLite creates it with the umask's permissions; its -wal/-shm files
    follow) and, unless SECRET_KEY is set, the secret-key file. Existing ones are kept."""
    private_dir(data)
    private_dir(media_root)
    static_root.mkdir(parents=True, exist_ok=True)
    if database_file is not None:
        private_file(database_file)
    if not os.environ.get("SECRET_KEY"):
        secret_key(data)


def private_dir(path: Path) -> Path:
    """``path``, created readable by its owner only (0700) when it does not exist yet; an
    existing folder keeps the permissions its administrator gave it."""
    if not path.exists():
        path.mkdir(parents=True, mode=0o700, exist_ok=True)
        path.chmod(0o700)  # whatever the umask
    return path


def private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (0600) if it does not exist yet
    (e.g. the SQLite database before SQLite creates it with the umask's 0644)."""
    private_dir(path.parent)
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)
    path.chmod(0o600)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


@functools.cache
def secret_key(directory: Path) -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the data dir."""
    from_env = os.environ.get("SECRET_KEY")
    if from_env:
        return from_env
    key_file = directory / "secret_key"
    if not key_file.exists():
        _write_new_key(key_file)
    return key_file.read_text().strip()


def _write_new_key(key_file: Path) -> None:
    """A new random key, readable by its owner only; when another process wrote one first
    (two workers starting at once), that one is kept, so every process signs with the same."""
    private_dir(key_file.parent)
    draft = key_file.with_name(f".{key_file.name}.{os.getpid()}")
    descriptor = os.open(draft, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "w") as stream:
        stream.write(secrets.token_urlsafe(50))
    try:
        os.link(draft, key_file)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
