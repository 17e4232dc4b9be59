"""Django settings for VendorPact; everything deployment-specific comes from the environment."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.functional import lazy

from vendorpact import conf

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = conf.data_dir()

# Importing the settings creates nothing: the `web` app's ready() creates the data folders and
# the secret-key file (conf.prepare_data_dir); the key is read on first use.
SECRET_KEY = lazy(conf.secret_key, str)(DATA_DIR)
DEBUG = conf.env_bool("DEBUG", False)
ALLOWED_HOSTS = conf.env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = conf.env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the API docs' Swagger UI from our own static files, not a CDN
    "vendorpact.common",
    "vendorpact.web",
    "vendorpact.orgs",
    "vendorpact.suppliers",
    "vendorpact.engagements",
    "vendorpact.api",
    "vendorpact.analysis",
    "vendorpact.budget",
    "vendorpact.planning",
    "vendorpact.relations",  # migration history only (its models moved to the next three)
    "vendorpact.supplier_requests",
    "vendorpact.concerns",
    "vendorpact.health",
    "vendorpact.reminders",
    "vendorpact.sla",
    "vendorpact.agreements",
    "vendorpact.reports",
    "auditlog",
    "vendorpact.audit",
    "vendorpact.portfolio",
    "vendorpact.checkup",
]

MIDDLEWARE = [
    "vendorpact.web.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "vendorpact.common.data_versions.DataVersionMiddleware",
    "vendorpact.common.tenancy.TenantGuardMiddleware",
    "vendorpact.audit.middleware.AuditActorMiddleware",
    "vendorpact.web.middleware.UserLanguageMiddleware",
    "vendorpact.api.language.ApiLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "vendorpact.urls"
WSGI_APPLICATION = "vendorpact.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "vendorpact.web.context_processors.organisation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'vendorpact.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes): after this many failed logins for one user name from one address
# that pair is locked out for a while (429 with a message, and a warning in the log).
AXES_FAILURE_LIMIT = int(os.environ.get("VENDORPACT_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("VENDORPACT_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Wrong API tokens per client address and minute before that address gets 429 for the minute.
VENDORPACT_API_TOKEN_FAILURES_PER_MINUTE = int(
    os.environ.get("VENDORPACT_API_TOKEN_FAILURES_PER_MINUTE", "10")
)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Brussels")
FORMAT_MODULE_PATH = ["vendorpact.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_ROOT = conf.media_dir(DATA_DIR)
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Background work (document analysis; later large imports and reports) is queued in the database and
# run by `vendorpact worker` (django-tasks with its database backend): it survives restarts and any
# number of workers on any machine can share the queue.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("VENDORPACT_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# /healthz fails when a ready task has waited longer than this (no worker running?).
VENDORPACT_HEALTH_QUEUE_MAX_WAIT_SECONDS = int(
    os.environ.get("VENDORPACT_HEALTH_QUEUE_MAX_WAIT_SECONDS", "300")
)
# Documents up to this size are analysed during the upload request; larger ones by the worker.
VENDORPACT_ANALYSE_INLINE_MAX_BYTES = int(
    os.environ.get("VENDORPACT_ANALYSE_INLINE_MAX_BYTES", str(2 * 1024 * 1024))
)
# SLA terms for engagements with up to this many tickets are evaluated during the request;
# larger ones by the worker.
VENDORPACT_SLA_INLINE_MAX_TICKETS = int(os.environ.get("VENDORPACT_SLA_INLINE_MAX_TICKETS", "5000"))
# The monthly report of an organisation with at least this many running engagements is built by
# the worker and stored (page and PDF); a stored build is reused this long for the same month and
# language on the same day.
VENDORPACT_REPORT_TASK_MIN_ENGAGEMENTS = int(
    os.environ.get("VENDORPACT_REPORT_TASK_MIN_ENGAGEMENTS", "50")
)
VENDORPACT_REPORT_RUN_FRESH_SECONDS = int(
    os.environ.get("VENDORPACT_REPORT_RUN_FRESH_SECONDS", "900")
)
# The tenant guard (common/tenancy.py): a request or task querying a tenant-owned model without
# an organisation "raise"s (development, tests), "log"s an error line (production) or is "off".
VENDORPACT_TENANT_GUARD = os.environ.get("VENDORPACT_TENANT_GUARD", "raise" if DEBUG else "log")
# A cache shared by every process (rate limits, lock-outs): the database unless Redis is named.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "vendorpact_cache",
        }
    )
}

VENDORPACT_MAX_UPLOAD_MB = int(os.environ.get("VENDORPACT_MAX_UPLOAD_MB", "25"))
# Rows one ticket, downtime or invoice import may hold; a larger file is refused before parsing.
VENDORPACT_IMPORT_MAX_ROWS = int(os.environ.get("VENDORPACT_IMPORT_MAX_ROWS", "200000"))
# Ticket, downtime and invoice files with up to this many rows are imported during the request;
# larger ones by the worker, in chunks of VENDORPACT_IMPORT_CHUNK_ROWS records per transaction
# (progress shown on the import's page; other users' writes never wait long for the lock).
VENDORPACT_IMPORT_INLINE_MAX_ROWS = int(os.environ.get("VENDORPACT_IMPORT_INLINE_MAX_ROWS", "2000"))
VENDORPACT_IMPORT_CHUNK_ROWS = int(os.environ.get("VENDORPACT_IMPORT_CHUNK_ROWS", "1000"))
# Requests per minute per client on the token pages that need no account (health check, context
# sheet, calendar feed).
VENDORPACT_PUBLIC_RATE_PER_MINUTE = int(os.environ.get("VENDORPACT_PUBLIC_RATE_PER_MINUTE", "60"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = conf.env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "VendorPact <noreply@localhost>")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = conf.env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
# No inline script anywhere: behaviour lives in static files (web/static/vendorpact/app.js). Inline
# style attributes remain allowed; charts are inline SVG.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
# Behind a reverse proxy that ends TLS and sets X-Forwarded-Proto: trust that header, so
# request.is_secure() holds and the token links built with build_absolute_uri are https.
# Only set it when the proxy always sets (or strips) the header itself.
if conf.env_bool("BEHIND_PROXY") or conf.env_bool("USE_X_FORWARDED_PROTO"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many reverse proxies in front of VendorPact append to X-Forwarded-For: the client address
# for rate limits and login lock-outs is read that many entries from the right (0: REMOTE_ADDR).
VENDORPACT_PROXY_COUNT = int(
    os.environ.get("TRUSTED_PROXY_COUNT", "1" if conf.env_bool("BEHIND_PROXY") else "0")
)
AXES_CLIENT_IP_CALLABLE = "vendorpact.common.throttle.client_ip"
# The audit trail keeps a changed row's old and new values and a deleted row's last state.
AUDITLOG_STORE_JSON_CHANGES = True
# The trail reads the stored row by pk before an update: through the base manager, which the
# tenant guard leaves alone (the row being saved was fetched through access already).
AUDITLOG_USE_BASE_MANAGER = True
SECURE_SSL_REDIRECT = conf.env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = conf.env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = conf.env_bool("SECURE_HSTS_PRELOAD", False)

# Log lines on standard error: JSON objects (one per line, with the request's or task's fields)
# for log collectors, or plain text with LOG_FORMAT=text (the default with DEBUG).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # requests and task runs, one line each
        "vendorpact.request": {"level": os.environ.get("REQUEST_LOG_LEVEL", "INFO")},
        "vendorpact.task": {"level": os.environ.get("TASK_LOG_LEVEL", "INFO")},
        "django_tasks_db": {"level": os.environ.get("TASK_LOG_LEVEL", "INFO")},
        # WeasyPrint reports every SVG presentation attribute it maps itself; only errors matter.
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
    },
}
