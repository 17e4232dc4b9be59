"""Data versions: which statements count as writes, which organisation a write changes, and
tokens that never come back after the cache lost them."""

from __future__ import annotations

from datetime import date

from django.core.cache import cache

from vendorpact.common.data_versions import (
    data_version,
    note_organisation,
    organisation_scope,
    writes_watched_table,
)
from vendorpact.common.tenancy import tenant_guarded
from vendorpact.planning.models import Milestone

MILESTONES = Milestone._meta.db_table


def test_inserts_updates_and_deletes_of_a_watched_table_are_writes():
    assert writes_watched_table(f'INSERT INTO "{MILESTONES}" ("title") VALUES (%s)')
    assert writes_watched_table(f"update {MILESTONES} set title = 'x'")
    assert writes_watched_table(f'  DELETE FROM "{MILESTONES}" WHERE "id" IN (%s)')


def test_reads_of_a_watched_table_are_not_writes():
    assert not writes_watched_table(f'SELECT "title" FROM "{MILESTONES}"')
    assert not writes_watched_table(f'SELECT "id" FROM "{MILESTONES}" FOR UPDATE')


def test_writes_to_other_tables_are_not_watched():
    # The database cache's own table, and a table whose name only starts like a watched one.
    assert not writes_watched_table('UPDATE "vendorpact_cache" SET "value" = %s')
    assert not writes_watched_table(f'INSERT INTO "{MILESTONES}_archive" ("id") VALUES (%s)')


def test_a_write_of_the_requests_organisation_changes_only_its_version(tenancy, engagement_a):
    others = data_version(tenancy.org_b.pk)
    own = data_version(tenancy.org_a.pk)
    with organisation_scope():
        note_organisation(tenancy.org_a.pk)
        Milestone.objects.create(
            organisation=tenancy.org_a,
            engagement=engagement_a,
            title="Go-live",
            owner_side="client",
            original_due=date(2026, 4, 1),
        )
    assert data_version(tenancy.org_a.pk) != own
    assert data_version(tenancy.org_b.pk) == others


def test_a_request_on_two_organisations_changes_every_version(tenancy, engagement_a):
    others = data_version(tenancy.org_b.pk)
    with organisation_scope():
        note_organisation(tenancy.org_a.pk)
        note_organisation(tenancy.org_b.pk)
        Milestone.objects.create(
            organisation=tenancy.org_a,
            engagement=engagement_a,
            title="Go-live",
            owner_side="client",
            original_due=date(2026, 4, 1),
        )
    assert data_version(tenancy.org_b.pk) != others


@tenant_guarded
def rename_milestones(organisation_id: int) -> None:
    Milestone.objects.filter(organisation_id=organisation_id).update(title="Go-live")


def test_a_task_run_inside_a_request_changes_every_version(tenancy, engagement_a):
    others = data_version(tenancy.org_b.pk)
    with organisation_scope():
        note_organisation(tenancy.org_a.pk)
        rename_milestones(tenancy.org_a.pk)  # as the immediate backend runs a task
    assert data_version(tenancy.org_b.pk) != others


def test_a_lost_token_is_replaced_by_a_new_one(tenancy):
    before = data_version(tenancy.org_a.pk)
    cache.clear()  # evicted, or the cache restarted
    after = data_version(tenancy.org_a.pk)
    assert after != before and data_version(tenancy.org_a.pk) == after
