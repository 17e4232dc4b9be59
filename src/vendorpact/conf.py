"""Runtime configuration read from the environment (no Django imports: used by settings)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def data_dir() -> Path:
    return private_dir(Path(os.environ.get("VENDORPACT_DATA_DIR", "./var")).resolve())


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


def secret_key(directory: Path) -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the data dir."""
    from_env = os.environ.get("SECRET_KEY")
    if from_env:
        return from_env
    key_file = directory / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()
