"""One structured log line per finished task (and the traceback when it failed), with the task,
its id, final status, time waited in the queue and run time as fields."""

from __future__ import annotations

import logging

from django_tasks import TaskResultStatus

task_log = logging.getLogger("vendorpact.task")


def _seconds(start, end) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds(), 3)


def log_finished_task(sender, task_result, **kwargs) -> None:
    failed = task_result.status == TaskResultStatus.FAILED
    fields = {
        "task": task_result.task.module_path,
        "task_id": str(task_result.id),
        "status": str(task_result.status),
        "queued_s": _seconds(task_result.enqueued_at, task_result.started_at),
        "run_s": _seconds(task_result.started_at, task_result.finished_at),
    }
    if failed:
        errors = getattr(task_result, "errors", None) or []
        fields["error"] = errors[-1].exception_class_path if errors else None
        task_log.error("task %s failed", fields["task"], extra=fields)
    else:
        task_log.info("task %s %s", fields["task"], fields["status"], extra=fields)
