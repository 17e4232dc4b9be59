"""GET /healthz: database, migrations and the task queue."""

from datetime import timedelta

from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from vendorpact.analysis.services import analyse_document


def test_healthy_without_login(client, db):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200 and body["status"] == "ok"
    assert body["checks"]["migrations"] == "ok" and body["checks"]["database"] == "ok"


def test_a_task_waiting_briefly_is_healthy(client, db):
    analyse_document.enqueue(1)
    assert client.get("/healthz").status_code == 200


def test_a_task_waiting_too_long_means_no_worker(client, db, settings):
    settings.VENDORPACT_HEALTH_QUEUE_MAX_WAIT_SECONDS = 300
    analyse_document.enqueue(1)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=10))
    response = client.get("/healthz")
    assert response.status_code == 503 and "worker" in response.json()["checks"]["task_queue"]


def test_unapplied_migrations_fail_the_check(client, db, monkeypatch):
    monkeypatch.setattr(
        "vendorpact.web.health.MigrationExecutor.migration_plan", lambda self, targets: ["x"]
    )
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["migrations"] == "1 migration(s) not applied"
