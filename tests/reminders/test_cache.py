"""The reminders are cached per organisation, day and data version: a cached read touches no
reminder table, and every kind of write shows on the next page or API call."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django_tasks import task

from tests.api.test_api import auth
from tests.clock import on_day
from tests.concerns.factories import make_concern
from tests.reminders.test_reminders import with_notice_deadline_soon
from vendorpact.common.data_versions import data_version, watched_tables
from vendorpact.common.tenancy import tenant_guarded
from vendorpact.concerns import services as concern_services
from vendorpact.concerns.models import ConcernEvent, ExitTask
from vendorpact.planning.models import Milestone
from vendorpact.planning.services import create_milestone
from vendorpact.reminders.sources import (
    computed_reminders_for_org,
    reminders_by_org,
    reminders_for_org,
)

TODAY = date(2026, 3, 20)
pytestmark = on_day(TODAY)
MILESTONE = "reminder.milestone_due"
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def milestone(tenancy, engagement_a):
    """Due today (a milestone shows up from 7 days ahead)."""
    return create_milestone(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={"title": "Testdata aanleveren", "owner_side": "client", "original_due": TODAY},
    )


def api_reminders(client, tenancy, headers) -> list[dict]:
    response = client.get(f"/api/v1/orgs/{tenancy.org_a.slug}/reminders", **headers)
    assert response.status_code == 200
    return response.json()


def milestone_dues(client, tenancy, headers) -> list[str]:
    return [r["due"] for r in api_reminders(client, tenancy, headers) if r["kind"] == MILESTONE]


def reminder_table_queries(action) -> list[str]:
    """The SQL of the queries `action()` runs on a table the reminders are read from."""
    with CaptureQueriesContext(connection) as captured:
        action()
    tables = watched_tables()
    return [q["sql"] for q in captured if any(table in q["sql"] for table in tables)]


@task()
@tenant_guarded
def move_milestone(organisation_id: int, milestone_id: int, due: str) -> None:
    Milestone.objects.filter(organisation_id=organisation_id, pk=milestone_id).update(
        current_due=date.fromisoformat(due)
    )


# ---- reading ------------------------------------------------------------------------------


def test_a_cached_read_touches_no_reminder_table(tenancy, milestone):
    first = reminders_for_org(tenancy.org_a, TODAY)
    second = []
    queries = reminder_table_queries(lambda: second.append(reminders_for_org(tenancy.org_a, TODAY)))
    assert queries == []
    assert second[0] == first and [r.kind for r in first] == [MILESTONE]


def test_on_the_database_cache_a_cached_read_takes_two_queries(settings, tenancy, milestone):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "vendorpact_cache",
        }
    }
    call_command("createcachetable", verbosity=0)
    reminders_for_org(tenancy.org_a, TODAY)  # computed, cached (its cache writes bump nothing)
    with CaptureQueriesContext(connection) as captured:
        reminders = reminders_for_org(tenancy.org_a, TODAY)
    # One read of the organisation's and the global version, one of the cached reminders.
    assert len(captured) == 2 and all("vendorpact_cache" in q["sql"] for q in captured)
    assert [r.due for r in reminders] == [TODAY]


def test_several_organisations_share_the_cached_reminders(tenancy, milestone):
    reminders_for_org(tenancy.org_a, TODAY)
    by_org = reminders_by_org([tenancy.org_a, tenancy.org_b], TODAY)
    assert by_org[tenancy.org_a.pk] == computed_reminders_for_org(tenancy.org_a, TODAY)
    assert by_org[tenancy.org_b.pk] == ()
    again = reminder_table_queries(lambda: reminders_by_org([tenancy.org_a, tenancy.org_b], TODAY))
    assert again == []


def test_another_day_gives_that_days_reminders(tenancy, milestone):
    assert [r.overdue for r in reminders_for_org(tenancy.org_a, TODAY)] == [False]
    # Due on 20/3: on 21/3 it is late, with no write in between.
    assert [r.overdue for r in reminders_for_org(tenancy.org_a, date(2026, 3, 21))] == [True]


# ---- every kind of write shows --------------------------------------------------------------


def test_a_slip_recorded_on_the_page_shows_its_new_due_date(client, tenancy, milestone):
    client.force_login(tenancy.alice)
    page = f"/o/{tenancy.org_a.slug}/reminders/"
    before = client.get(page, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    response = client.post(
        f"/o/{tenancy.org_a.slug}/milestones/{milestone.pk}/slip/",
        {"new_due": "2026-03-25", "reason": "Testomgeving niet klaar"},
    )
    after = client.get(page, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert response.status_code == 302
    assert "due 20/03/2026" in before
    assert "due 25/03/2026" in after and "due 20/03/2026" not in after


def test_a_bulk_update_of_milestones_shows(client, tenancy, milestone):
    headers = auth(tenancy.alice)
    before = milestone_dues(client, tenancy, headers)
    Milestone.objects.filter(organisation=tenancy.org_a).update(current_due=date(2026, 3, 24))
    assert before == ["2026-03-20"]
    assert milestone_dues(client, tenancy, headers) == ["2026-03-24"]


def test_bulk_created_concern_events_end_an_ageing_reminder(client, tenancy, engagement_a):
    # Raised 20 days ago without action: more than the 14 days a concern may wait.
    concern = make_concern(tenancy, engagement_a, raised_on=date(2026, 2, 28))
    headers = auth(tenancy.alice)
    before = [r["kind"] for r in api_reminders(client, tenancy, headers)]
    ConcernEvent.objects.bulk_create(
        [
            ConcernEvent(
                organisation=tenancy.org_a,
                concern=concern,
                on=date(2026, 3, 19),
                status=concern.status,
                is_action=True,
                note="Gebeld met de projectleider",
            )
        ]
    )
    assert before == ["reminder.concern_ageing"]
    assert api_reminders(client, tenancy, headers) == []  # last action yesterday


def test_deleting_an_exit_task_removes_its_reminder(client, tenancy, engagement_a):
    with_notice_deadline_soon(engagement_a)
    concern_services.start_exit_plan(org=tenancy.org_a, actor=tenancy.max, engagement=engagement_a)
    headers = auth(tenancy.alice)
    before = {r["object_id"] for r in api_reminders(client, tenancy, headers)}
    task_row = ExitTask.objects.filter(organisation=tenancy.org_a, code__in=before).first()
    ExitTask.objects.filter(organisation=tenancy.org_a, pk=task_row.pk).delete()
    after = {r["object_id"] for r in api_reminders(client, tenancy, headers)}
    assert before - after == {task_row.code}


def test_a_write_in_a_task_shows(client, tenancy, milestone, settings):
    settings.TASKS = IMMEDIATE_TASKS
    headers = auth(tenancy.alice)
    before = milestone_dues(client, tenancy, headers)
    move_milestone.enqueue(tenancy.org_a.pk, milestone.pk, "2026-03-26")
    assert before == ["2026-03-20"]
    assert milestone_dues(client, tenancy, headers) == ["2026-03-26"]


def test_a_raw_sql_update_shows(client, tenancy, milestone):
    headers = auth(tenancy.alice)
    before = milestone_dues(client, tenancy, headers)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Milestone._meta.db_table} SET current_due = %s WHERE id = %s",
            ["2026-03-27", milestone.pk],
        )
    assert before == ["2026-03-20"]
    assert milestone_dues(client, tenancy, headers) == ["2026-03-27"]


def test_changed_ageing_days_show(client, tenancy, engagement_a):
    make_concern(tenancy, engagement_a, raised_on=date(2026, 2, 28))  # 20 days without action
    headers = auth(tenancy.alice)
    before = api_reminders(client, tenancy, headers)
    concern_services.save_settings(org=tenancy.org_a, actor=tenancy.olga, concern_ageing_days=30)
    assert len(before) == 1
    assert api_reminders(client, tenancy, headers) == []


# ---- which organisation a write changes -----------------------------------------------------


def test_a_write_in_one_organisation_keeps_the_others_cached(client, tenancy, milestone):
    reminders_for_org(tenancy.org_b, TODAY)
    other_before, own_before = data_version(tenancy.org_b.pk), data_version(tenancy.org_a.pk)
    client.force_login(tenancy.alice)
    client.post(
        f"/o/{tenancy.org_a.slug}/milestones/{milestone.pk}/slip/",
        {"new_due": "2026-03-25", "reason": "Testomgeving niet klaar"},
    )
    assert data_version(tenancy.org_a.pk) != own_before
    assert data_version(tenancy.org_b.pk) == other_before
    assert reminder_table_queries(lambda: reminders_for_org(tenancy.org_b, TODAY)) == []


def test_a_write_outside_an_organisation_changes_every_organisation(tenancy, milestone):
    before = data_version(tenancy.org_b.pk)
    Milestone.objects.filter(pk=milestone.pk).update(title="Testdata en accounts aanleveren")
    assert data_version(tenancy.org_b.pk) != before


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_write_changes_no_version(tenancy, milestone):
    before = data_version(tenancy.org_a.pk)
    with pytest.raises(RuntimeError), transaction.atomic():
        Milestone.objects.filter(pk=milestone.pk).update(current_due=date(2026, 3, 30))
        raise RuntimeError("abandoned")
    assert data_version(tenancy.org_a.pk) == before
    assert [r.due for r in reminders_for_org(tenancy.org_a, TODAY)] == [TODAY]


@pytest.mark.django_db(transaction=True)
def test_a_committed_write_changes_the_version_at_the_commit(tenancy, milestone):
    before = data_version(tenancy.org_a.pk)
    with transaction.atomic():
        Milestone.objects.filter(pk=milestone.pk).update(current_due=date(2026, 3, 23))
        during = data_version(tenancy.org_a.pk)
    assert during == before
    assert data_version(tenancy.org_a.pk) != before
    assert [r.due for r in reminders_for_org(tenancy.org_a, TODAY)] == [date(2026, 3, 23)]
