"""The tenant guard: a query on a tenant-owned model must say which organisation it reads.

Every model with a foreign key to `orgs.Organisation` uses `TenantManager` (or a queryset built
on `TenantQuerySet`) as its default manager. While the guard is active (each request, through
`TenantGuardMiddleware`; each background task, through `tenant_guarded`), evaluating such a
query - iterating, get(), count(), exists(), aggregate(), update(), delete(), values()... -
checks its compiled WHERE clause. The query passes when the clause constrains, in every branch:

- the organisation: `organisation=`, `organisation_id=`, `organisation__in=`, `organisation__slug=`,
  also through a join (`engagement__organisation=`), or
- a foreign key to another tenant-owned model (`engagement=<engagement fetched through access>`),
  which is also what related managers (`engagement.tickets.all()`) and prefetch_related build.

Otherwise it raises `TenantGuardError` (setting VENDORPACT_TENANT_GUARD="raise", the default with
DEBUG and in the tests) or logs an error line and returns the rows ("log", the production
default); "off" disables the guard. Outside a request or task (management commands, the CLI, the
shell, test bodies) the guard is inactive.

Escape hatches, explicit and greppable: `with unguarded("reason"):` for a block, and
`Model.objects.unguarded("reason")` for one queryset (token pages that look a row up by its token
hash, a task loading the row it was queued for, a user's own memberships).

Not affected: Django's internals that use the plain `_base_manager` (forward foreign-key access
such as `ticket.engagement`, refresh_from_db, Model.save's UPDATE, the deletion collector's
cascades) and INSERTs (create, bulk_create). Subqueries (`Exists(...)`, `pk__in=<queryset>`) are
not evaluated on their own; the outer query is checked. django-auditlog reads the old row
through the base manager too (AUDITLOG_USE_BASE_MANAGER).

What the guard cannot tell: it checks that a constraint exists, not that its value is right. A
foreign key given as a bare id (`engagement_id=<id from the URL>`) or `organisation__in=` any
queryset passes: fetch the parent through access first. The body of a streaming response runs
after the middleware has returned, unguarded.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, wraps

from django.conf import settings
from django.db import models
from django.db.models.lookups import Lookup
from django.db.models.sql.where import AND, NothingNode, WhereNode

from vendorpact.common.data_versions import no_organisation

ORGANISATION_MODEL = "orgs.Organisation"
MODES = ("raise", "log", "off")
CONSTRAINING_LOOKUPS = frozenset({"exact", "in"})

log = logging.getLogger("vendorpact.tenancy")


class TenantGuardError(RuntimeError):
    """A query on a tenant-owned model without an organisation constraint (a programming error,
    never shown to a user as such)."""


@dataclass(frozen=True)
class Guard:
    mode: str  # "raise" or "log"
    where: str  # the request path or task name, for the error message and the log line


_guard: ContextVar[Guard | None] = ContextVar("vendorpact_tenant_guard", default=None)


def configured_mode() -> str:
    mode = getattr(settings, "VENDORPACT_TENANT_GUARD", "log")
    if mode not in MODES:
        raise ValueError(f"VENDORPACT_TENANT_GUARD must be one of {MODES}, not {mode!r}")
    return mode


@contextmanager
def guarded(where: str, mode: str | None = None) -> Iterator[None]:
    """Activate the guard (in the configured mode unless `mode` is given) for a block."""
    mode = configured_mode() if mode is None else mode
    token = _guard.set(None if mode == "off" else Guard(mode=mode, where=where))
    try:
        yield
    finally:
        _guard.reset(token)


@contextmanager
def unguarded(reason: str) -> Iterator[None]:
    """Switch the guard off for a block that legitimately reads across organisations; the
    reason documents why at the call site."""
    if not reason.strip():
        raise ValueError("unguarded() needs a reason")
    token = _guard.set(None)
    try:
        yield
    finally:
        _guard.reset(token)


def tenant_guarded(func):
    """Run a task body with the guard active (put it under @task()); its writes change every
    organisation's data version, also when the immediate backend runs it inside a request."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        with guarded(f"task {func.__module__}.{func.__qualname__}"), no_organisation():
            return func(*args, **kwargs)

    return wrapper


class TenantGuardMiddleware:
    """Activates the guard for each request (after authentication in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with guarded(request.path):
            return self.get_response(request)


@cache
def is_tenant_model(model) -> bool:
    return any(
        field.is_relation and field.related_model is not None and _is_organisation(field)
        for field in model._meta.concrete_fields
        if field.name == "organisation"
    )


def _is_organisation(field) -> bool:
    return field.related_model._meta.label == ORGANISATION_MODEL


def _is_tenant_key(field) -> bool:
    """A field whose equality pins the rows to one organisation (or a known set of them)."""
    model = getattr(field, "model", None)
    if model is not None and model._meta.label == ORGANISATION_MODEL:
        return field.primary_key or field.unique
    if not (field.is_relation and (field.many_to_one or field.one_to_one) and field.concrete):
        return False
    return _is_organisation(field) or is_tenant_model(field.related_model)


def _constrains(node) -> bool:
    if isinstance(node, NothingNode):
        return True
    if isinstance(node, WhereNode):
        if node.negated or not node.children:
            return False
        results = [_constrains(child) for child in node.children]
        return any(results) if node.connector == AND else all(results)
    if isinstance(node, Lookup):
        target = getattr(node.lhs, "target", None)
        return (
            node.lookup_name in CONSTRAINING_LOOKUPS
            and node.rhs is not None
            and target is not None
            and _is_tenant_key(target)
        )
    return False


def _calling_line() -> str:
    """The innermost line of our own code (not Django's, not this module's) that ran the query."""
    for frame in reversed(traceback.extract_stack()):
        name = frame.filename
        if "site-packages" in name or "/lib/python3" in name or name == __file__:
            continue
        return f"{name.split('/src/')[-1]}:{frame.lineno}"
    return "?"


def query_is_scoped(query) -> bool:
    """Whether a sql.Query's WHERE pins its rows to organisations (for combined queries such as
    union(), every part must)."""
    if query.is_empty():
        return True
    if query.combinator:
        return all(query_is_scoped(part) for part in query.combined_queries)
    return _constrains(query.where)


class TenantQuerySet(models.QuerySet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._unguarded_reason = None

    def _clone(self):
        clone = super()._clone()
        clone._unguarded_reason = self._unguarded_reason
        return clone

    def unguarded(self, reason: str):
        """This queryset legitimately reads without an organisation; `reason` says why."""
        if not reason.strip():
            raise ValueError("unguarded() needs a reason")
        clone = self._chain()
        clone._unguarded_reason = reason
        return clone

    def _check_tenant_scope(self, operation: str) -> None:
        guard = _guard.get()
        if guard is None or self._unguarded_reason or query_is_scoped(self.query):
            return
        label = self.model._meta.label
        caller = _calling_line()
        if guard.mode == "raise":
            raise TenantGuardError(
                f"{label}.{operation}() without an organisation at {caller} (in {guard.where}): "
                "filter by "
                "organisation (organisation=org) or by a tenant-owned parent "
                "(engagement=<fetched through access>), or use unguarded('reason') where the "
                "query legitimately spans organisations."
            )
        log.error(
            "tenant guard: %s.%s() without an organisation at %s in %s",
            label,
            operation,
            caller,
            guard.where,
            extra={"model": label, "operation": operation, "caller": caller, "path": guard.where},
        )

    def _fetch_all(self):
        if self._result_cache is None:
            self._check_tenant_scope("fetch")
        super()._fetch_all()

    def _iterator(self, use_chunked_fetch, chunk_size):
        self._check_tenant_scope("iterator")
        yield from super()._iterator(use_chunked_fetch, chunk_size)

    def count(self):
        if self._result_cache is None:
            self._check_tenant_scope("count")
        return super().count()

    def exists(self):
        if self._result_cache is None:
            self._check_tenant_scope("exists")
        return super().exists()

    def aggregate(self, *args, **kwargs):
        self._check_tenant_scope("aggregate")
        return super().aggregate(*args, **kwargs)

    def update(self, **kwargs):
        self._check_tenant_scope("update")
        return super().update(**kwargs)

    update.alters_data = True

    def delete(self):
        self._check_tenant_scope("delete")
        return super().delete()

    delete.alters_data = True
    delete.queryset_only = True

    def _raw_delete(self, using):
        self._check_tenant_scope("delete")
        return super()._raw_delete(using)

    _raw_delete.alters_data = True

    def as_manager(cls):
        """Like QuerySet.as_manager(), but the manager is a TenantManager."""
        manager = TenantManager.from_queryset(cls)()
        manager._built_with_as_manager = True
        return manager

    as_manager.queryset_only = True
    as_manager = classmethod(as_manager)


class TenantManager(models.Manager.from_queryset(TenantQuerySet)):
    """The default manager of every tenant-owned model."""
