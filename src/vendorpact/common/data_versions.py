"""Data versions: an opaque token per organisation that changes with every committed write to the
tables that cached figures are computed from, so a cache keyed by it is never stale.

Seeing every write. Model signals miss bulk update()/bulk_create()/delete() and raw SQL, so
`watch_writes` is installed as an execute wrapper on every database connection (CommonConfig
connects `install` to `connection_created`). A statement that may write (anything but a SELECT
and transaction control) and names a watched table (`watch_tables`, registered by the apps that
cache, e.g. the reminders) bumps a version once the transaction commits (`on_commit`; at once in
autocommit). Rolled-back writes bump nothing. Inside a test case's transaction, which never
commits, the bump happens at the write itself (see `_in_test_case`).

Which organisation. `DataVersionMiddleware` opens a scope per request; `note_organisation` (called
by orgs.access once the URL's organisation is resolved for a member) pins it. A write with one
known organisation bumps that organisation's version; any other write (tasks, management
commands, the CLI, token pages, a request that touched several organisations) bumps the global
version, which is part of every organisation's version.

Tokens are uuid4 strings in Django's cache (the shared database cache in production): a missing
token (never written, evicted, cache cleared) is replaced by a fresh one, so no eviction can bring
an old version back. Reading the versions of any number of organisations takes one cache read
(plus one write and read for missing tokens).

Not seen: SQL sent around Django's cursor wrapper (the raw DB-API connection, sqlite3's
executescript); the cached values' expiry time bounds staleness there.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.apps import apps as django_apps
from django.core.cache import cache
from django.db import transaction

KEY_PREFIX = "vendorpact:data-version:"
GLOBAL_KEY = f"{KEY_PREFIX}global"
# First words of statements that never write a table.
READ_ONLY_STATEMENTS = frozenset(
    {"SELECT", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT", "PRAGMA", "EXPLAIN", "SHOW"}
)
_FIRST_WORD = re.compile(r"\s*(\w+)")

log = logging.getLogger("vendorpact.data_versions")

_watched_tables: set[str] = set()
_watched_pattern: re.Pattern[str] | None = None


def watch_tables(*tables: str) -> None:
    """Writes to these tables (Model._meta.db_table) change the data version."""
    global _watched_pattern
    _watched_tables.update(table.lower() for table in tables)
    names = "|".join(re.escape(name) for name in sorted(_watched_tables))
    _watched_pattern = re.compile(rf"\b(?:{names})\b")


def watch_models(*labels: str) -> None:
    """Writes to these models ("app_label.ModelName", from an AppConfig's ready()) change the
    data version."""
    watch_tables(*(django_apps.get_model(label)._meta.db_table for label in labels))


def watched_tables() -> frozenset[str]:
    return frozenset(_watched_tables)


def writes_watched_table(sql: str) -> bool:
    """Whether a statement may write one of the watched tables (a cheap over-approximation:
    a write statement that names a watched table anywhere counts)."""
    if _watched_pattern is None:
        return False
    first = _FIRST_WORD.match(sql)
    if first is not None and first.group(1).upper() in READ_ONLY_STATEMENTS:
        return False
    lowered = sql.lower()  # SQL names are case-insensitive unless quoted; Django's are lower case
    # Substring tests first: a long bulk INSERT elsewhere costs microseconds, not the regex's ms.
    if not any(name in lowered for name in _watched_tables):
        return False
    return _watched_pattern.search(lowered) is not None


# ---- which organisation a write belongs to --------------------------------------------------


@dataclass
class _Scope:
    organisation_id: int | None = None
    several: bool = False  # more than one organisation: writes bump the global version


_scope: ContextVar[_Scope | None] = ContextVar("vendorpact_data_version_scope", default=None)


@contextmanager
def organisation_scope() -> Iterator[None]:
    """A block (one request) whose writes belong to the organisation `note_organisation` names
    in it; until then, and outside any such block, writes bump the global version."""
    token = _scope.set(_Scope())
    try:
        yield
    finally:
        _scope.reset(token)


@contextmanager
def no_organisation() -> Iterator[None]:
    """A block (a task run inside a request by the immediate backend) whose writes bump the
    global version, as they do in the worker."""
    token = _scope.set(None)
    try:
        yield
    finally:
        _scope.reset(token)


def note_organisation(organisation_id: int) -> None:
    """The current request works on this organisation (a second, different one makes its
    writes global)."""
    scope = _scope.get()
    if scope is None or scope.several or scope.organisation_id == organisation_id:
        return
    if scope.organisation_id is None:
        scope.organisation_id = organisation_id
    else:
        scope.organisation_id, scope.several = None, True


def _current_key() -> str:
    scope = _scope.get()
    if scope is None or scope.organisation_id is None:
        return GLOBAL_KEY
    return organisation_key(scope.organisation_id)


def organisation_key(organisation_id: int) -> str:
    return f"{KEY_PREFIX}org:{organisation_id}"


class DataVersionMiddleware:
    """Each request is an organisation scope (see `note_organisation`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with organisation_scope():
            return self.get_response(request)


# ---- bumping on writes ----------------------------------------------------------------------


def fresh_token() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Bump:
    """Give one version key a fresh token (equal bumps are registered once per transaction)."""

    key: str

    def __call__(self) -> None:
        try:
            cache.set(self.key, fresh_token(), timeout=None)
        except Exception:  # a failed bump must not fail the write that has committed already
            log.exception("data version %s not bumped: cached figures may be stale", self.key)


def bump_global() -> None:
    """Change every organisation's version now (after a write this module cannot see)."""
    Bump(GLOBAL_KEY)()


def _in_test_case(connection) -> bool:
    """Inside a django.test.TestCase (pytest-django's `db`), whose outer transaction is rolled
    back and never commits: on_commit callbacks would never run there."""
    return any(getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


def schedule_bump(connection) -> None:
    """Bump the current scope's version once the write's transaction commits, at once in
    autocommit. (Manual transaction management, set_autocommit(False), offers no commit hook and
    bumps at once too: a reader between the bump and the commit would cache the old figures until
    the next write or their expiry; the app never manages transactions by hand.)"""
    bump = Bump(_current_key())
    if not connection.in_atomic_block or _in_test_case(connection):
        bump()
        return
    if any(callback == bump for _sids, callback, _robust in connection.run_on_commit):
        return
    transaction.on_commit(bump, using=connection.alias)


def watch_writes(execute, sql, params, many, context):
    """Execute wrapper: a statement that may write a watched table schedules a bump (also when
    it fails: a needless bump costs one recomputation, a missed one shows stale figures)."""
    try:
        return execute(sql, params, many, context)
    finally:
        # A composed statement (psycopg.sql) cannot be read without the connection: count it.
        if not isinstance(sql, str) or writes_watched_table(sql):
            schedule_bump(context["connection"])


def install(connection, **kwargs) -> None:
    """`connection_created` receiver: wrap this connection's statements (once per connection
    object; Django fires the signal again on every reconnect)."""
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)


# ---- reading versions and caching by them ---------------------------------------------------


def data_versions(organisation_ids: Iterable[int]) -> dict[int, str]:
    """{organisation id: its current data version} in one cache read (two more when a token is
    missing)."""
    ids = list(dict.fromkeys(organisation_ids))
    keys = [organisation_key(pk) for pk in ids] + [GLOBAL_KEY]
    tokens = cache.get_many(keys)
    missing = [key for key in keys if key not in tokens]
    if missing:
        for key in missing:
            cache.add(key, fresh_token(), timeout=None)
        tokens.update(cache.get_many(missing))
    global_token = tokens.get(GLOBAL_KEY) or fresh_token()
    return {pk: f"{tokens.get(organisation_key(pk)) or fresh_token()}.{global_token}" for pk in ids}


def data_version(organisation_id: int) -> str:
    return data_versions([organisation_id])[organisation_id]


def cached_by_organisation(
    name: str,
    organisation_ids: Iterable[int],
    compute: Callable[[list[int]], dict[int, object]],
    *,
    variant: str,
    timeout: int,
) -> dict[int, object]:
    """{organisation id: value}, each value cached under (name, variant, organisation, data
    version) for `timeout` seconds; `compute(ids)` gives {id: value} for the organisations whose
    value was not cached (called once, not at all when every value was). `variant` holds what
    else the value depends on (the day, the cached type's shape)."""
    ids = list(dict.fromkeys(organisation_ids))
    if not ids:
        return {}
    versions = data_versions(ids)
    keys = {pk: f"vendorpact:{name}:{variant}:{pk}:{versions[pk]}" for pk in ids}
    found = cache.get_many(list(keys.values()))
    values = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in ids if pk not in values]
    if missing:
        computed = compute(missing)
        cache.set_many({keys[pk]: computed[pk] for pk in missing}, timeout)
        values.update(computed)
    return values
