"""`GET /healthz` for load balancers and monitoring: the database answers, every migration is
applied, and the task queue is being worked (nothing ready has waited too long)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django_tasks_db.models import DBTaskResult


def database_check() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return False, f"unreachable: {type(error).__name__}"
    return True, "ok"


def migrations_check() -> tuple[bool, str]:
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return (not pending, "ok" if not pending else f"{len(pending)} migration(s) not applied")


def queue_check(now) -> tuple[bool, str]:
    """A ready task waiting longer than the allowed time means no worker is taking work."""
    max_wait = timedelta(seconds=settings.VENDORPACT_HEALTH_QUEUE_MAX_WAIT_SECONDS)
    oldest = DBTaskResult.objects.ready().order_by("enqueued_at").first()
    if oldest is None:
        return True, "ok: nothing waiting"
    waited = now - oldest.enqueued_at
    seconds = int(waited.total_seconds())
    if waited > max_wait:
        return False, f"oldest ready task waited {seconds} s: is `vendorpact worker` running?"
    return True, f"ok: oldest ready task waited {seconds} s"


@never_cache
def healthz(request):
    database_ok, database_text = database_check()
    checks = {"database": database_text}
    healthy = database_ok
    if database_ok:
        for name, (ok, text) in {
            "migrations": migrations_check(),
            "task_queue": queue_check(timezone.now()),
        }.items():
            checks[name] = text
            healthy = healthy and ok
    status = "ok" if healthy else "fail"
    return JsonResponse({"status": status, "checks": checks}, status=200 if healthy else 503)
