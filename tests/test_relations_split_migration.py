"""The models of the former `relations` app moved to supplier_requests, concerns and health
without touching their tables: rows written before the move are read through the new models, and
the audit trail written before the move still names the right model."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from vendorpact.audit.trail import restore_deleted
from vendorpact.concerns.models import Concern
from vendorpact.health.models import HealthCheck
from vendorpact.supplier_requests.models import SupplierRequest

NEW_APPS = {"relations", "supplier_requests", "concerns", "health"}


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def before_the_move():
    """Every app at its latest migration, except relations at its last one before the move
    (which leaves the three new apps unmigrated)."""
    others = [node for node in latest() if node[0] not in NEW_APPS]
    return [*others, ("relations", "0004_request_attachments")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def rows_written_before_the_move(tenancy, engagement_a):
    """Back to the last migration of `relations`; rows written through its models, as a
    database of that version held them; then forward to today's migrations."""
    old = migrate(before_the_move())
    concern = old.get_model("relations", "Concern").objects.create(
        organisation_id=tenancy.org_a.pk,
        engagement_id=engagement_a.pk,
        title="Opleveringen schuiven telkens op",
        raised_on=date(2026, 10, 1),
    )
    request = old.get_model("relations", "SupplierRequest").objects.create(
        organisation_id=tenancy.org_a.pk,
        engagement_id=engagement_a.pk,
        subject="Printer",
        score=20,
    )
    check = old.get_model("relations", "HealthCheck").objects.create(
        organisation_id=tenancy.org_a.pk, engagement_id=engagement_a.pk, period="2026-Q3"
    )
    content_types = old.get_model("contenttypes", "ContentType").objects
    concern_type = content_types.get(app_label="relations", model="concern")
    old.get_model("auditlog", "LogEntry").objects.create(
        content_type=concern_type,
        object_pk=str(concern.pk),
        object_id=concern.pk,
        object_repr=concern.title,
        action=0,
    )
    deleted = old.get_model("relations", "Concern").objects.create(
        organisation_id=tenancy.org_a.pk,
        engagement_id=engagement_a.pk,
        title="Facturen zonder uren",
        raised_on=date(2026, 9, 1),
    )
    old.get_model("auditlog", "LogEntry").objects.create(
        content_type=concern_type,
        object_pk=str(deleted.pk),
        object_id=deleted.pk,
        object_repr=deleted.title,
        action=2,  # deleted, with the row as django-auditlog serialises it
        serialized_data={
            "model": "relations.concern",
            "pk": deleted.pk,
            "fields": {
                "organisation": tenancy.org_a.pk,
                "engagement": engagement_a.pk,
                "title": deleted.title,
                "since": None,
                "raised_on": "2026-09-01",
                "impact": "",
                "raised_with": "",
                "status": "raised",
                "level": 0,
                "last_action_on": None,
                "created_by": None,
                "created_at": "2026-09-01T08:00:00Z",
            },
        },
    )
    deleted_pk = deleted.pk
    deleted.delete()
    migrate(latest())
    return {"concern": concern.pk, "request": request.pk, "check": check.pk, "deleted": deleted_pk}


@pytest.mark.django_db(transaction=True)
def test_rows_from_before_the_move_are_read_through_the_new_models(rows_written_before_the_move):
    pks = rows_written_before_the_move
    assert Concern.objects.get(pk=pks["concern"]).title == "Opleveringen schuiven telkens op"
    assert SupplierRequest.objects.get(pk=pks["request"]).subject == "Printer"
    assert HealthCheck.objects.get(pk=pks["check"]).period == "2026-Q3"


@pytest.mark.django_db(transaction=True)
def test_audit_entries_from_before_the_move_name_the_moved_model(rows_written_before_the_move):
    entry = LogEntry.objects.get(object_repr="Opleveringen schuiven telkens op")
    assert entry.content_type.app_label == "concerns"
    assert entry.content_type.model_class() is Concern
    assert LogEntry.objects.get_for_object(Concern.objects.get(pk=entry.object_id)).count() == 1


@pytest.mark.django_db(transaction=True)
def test_row_deleted_before_the_move_is_restored_into_the_new_model(
    rows_written_before_the_move, tenancy
):
    entry = LogEntry.objects.get(object_repr="Facturen zonder uren")
    restore_deleted(org=tenancy.org_a, actor=tenancy.alice, entry=entry)
    assert Concern.objects.get(pk=rows_written_before_the_move["deleted"]).title == (
        "Facturen zonder uren"
    )
