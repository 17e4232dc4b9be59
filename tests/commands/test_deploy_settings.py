"""Production settings from the environment, each read by a fresh Python process (settings are
evaluated once per process)."""

import os
import secrets
import stat
import subprocess
import sys

from django.core.files.uploadedfile import SimpleUploadedFile

PRODUCTION = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "vendorpact.example.be",
    "CSRF_TRUSTED_ORIGINS": "https://vendorpact.example.be",
    "SECURE_COOKIES": "1",
    "BEHIND_PROXY": "1",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
}


def _environment(data_dir, **extra) -> dict:
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests for their own process only.
    names_to_drop = set(PRODUCTION) | {
        "DEBUG",
        "DATABASE_URL",
        "VENDORPACT_MEDIA_DIR",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    }
    base = {k: v for k, v in os.environ.items() if k not in names_to_drop}
    base.pop("DJANGO_SETTINGS_MODULE", None)
    return base | {"VENDORPACT_DATA_DIR": str(data_dir)} | extra


def _python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_in_a_production_configuration(tmp_path):
    code = "import sys; from vendorpact.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "manage", "check", "--deploy", "--fail-level", "WARNING"],
        env=_environment(tmp_path / "data", **PRODUCTION),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_without_the_production_variables_check_deploy_warns(tmp_path):
    code = "import sys; from vendorpact.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "manage", "check", "--deploy"],
        env=_environment(tmp_path / "data", SECRET_KEY=PRODUCTION["SECRET_KEY"]),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "security.W004" in result.stdout + result.stderr  # no HSTS


SHOW_LINK = """
import django, os
os.environ["DJANGO_SETTINGS_MODULE"] = "vendorpact.settings"
django.setup()
from django.test import RequestFactory
request = RequestFactory().get(
    "/", HTTP_HOST="vendorpact.example.be", HTTP_X_FORWARDED_PROTO="https", secure=False
)
print(request.build_absolute_uri("/health/abc/"))
"""


def test_behind_a_proxy_token_links_are_https(tmp_path):
    env = _environment(tmp_path / "data", ALLOWED_HOSTS="vendorpact.example.be", BEHIND_PROXY="1")
    result = _python(SHOW_LINK, env)
    assert result.stdout.strip() == "https://vendorpact.example.be/health/abc/", result.stderr


def test_without_the_proxy_setting_the_forwarded_header_is_not_trusted(tmp_path):
    env = _environment(tmp_path / "data", ALLOWED_HOSTS="vendorpact.example.be")
    result = _python(SHOW_LINK, env)
    assert result.stdout.strip() == "http://vendorpact.example.be/health/abc/", result.stderr


def test_database_and_uploads_are_created_for_the_owner_only(tmp_path):
    data_dir = tmp_path / "data"
    env = _environment(data_dir, SECRET_KEY=PRODUCTION["SECRET_KEY"])
    code = "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'vendorpact.settings'; "
    code += "django.setup(); from django.db import connection; connection.ensure_connection()"
    result = _python(code, env)
    assert result.returncode == 0, result.stderr

    def mode(path):
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(data_dir / "vendorpact.sqlite3") == 0o600
    assert mode(data_dir / "uploads") == 0o700
    assert mode(data_dir) == 0o700


def test_uploaded_documents_are_stored_for_the_owner_only(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/documents/",
        {"file": SimpleUploadedFile("offerte.txt", b"Offerte webshop"), "kind": "quote"},
    )
    stored = engagement_a.documents.get().file
    assert stat.S_IMODE(os.stat(stored.path).st_mode) == 0o600


def test_importing_the_settings_creates_nothing(tmp_path):
    data_dir = tmp_path / "data"
    result = _python("import vendorpact.settings", _environment(data_dir))
    assert result.returncode == 0, result.stderr
    assert not data_dir.exists()


SHOW_KEY = """
import django, os
os.environ["DJANGO_SETTINGS_MODULE"] = "vendorpact.settings"
django.setup()
from django.conf import settings
print(settings.SECRET_KEY)
"""


def test_a_generated_secret_key_is_kept_for_the_owner_and_the_next_start(tmp_path):
    data_dir = tmp_path / "data"
    first = _python(SHOW_KEY, _environment(data_dir))
    second = _python(SHOW_KEY, _environment(data_dir))
    key = first.stdout.strip()
    assert len(key) >= 50, first.stderr
    assert second.stdout.strip() == key
    assert (data_dir / "secret_key").read_text().strip() == key
    assert stat.S_IMODE((data_dir / "secret_key").stat().st_mode) == 0o600
