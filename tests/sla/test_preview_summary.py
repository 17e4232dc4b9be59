"""The preview page reads a staged file once and keeps what it shows until something it depends
on changes; confirming a large file does not read it during the request at all."""

import pytest

from tests.sla.conftest import SMALL_ZENDESK
from vendorpact.sla import preview_summary as summaries
from vendorpact.sla import services


@pytest.fixture
def reads(monkeypatch):
    """The staged files read by the preview (one entry per read)."""
    seen = []
    read = summaries.preview_import

    def counting(sla_import):
        seen.append(sla_import.pk)
        return read(sla_import)

    monkeypatch.setattr(summaries, "preview_import", counting)
    return seen


def preview_page(client, tenancy, staged) -> str:
    client.force_login(tenancy.alice)
    return client.get(f"/o/{tenancy.org_a.slug}/sla-imports/{staged.pk}/").content.decode()


def test_reloading_the_preview_does_not_read_the_file_again(
    client, tenancy, terms, run_import, reads
):
    staged = run_import("tickets", SMALL_ZENDESK, confirm=False)
    first = preview_page(client, tenancy, staged)
    second = preview_page(client, tenancy, staged)
    assert reads == [staged.pk]
    # 5 rows: 501-503 good, 504 (impossible date) and 505 (solved before created) bad
    assert "5 rijen gelezen: 3 goed, 2 met een probleem." in first
    assert "5 rijen gelezen: 3 goed, 2 met een probleem." in second


def test_mapping_a_priority_makes_the_preview_read_the_file_again(
    client, tenancy, engagement_a, terms, run_import, reads
):
    text = SMALL_ZENDESK.replace("Wifi,Open,High", "Wifi,Open,Dringend")
    staged = run_import("tickets", text, confirm=False)
    assert "Dringend" in preview_page(client, tenancy, staged)  # asked for: unknown priority
    services.map_priorities(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, mapping={"dringend": "P2"}
    )
    page = preview_page(client, tenancy, staged)
    assert reads == [staged.pk, staged.pk]
    assert 'id="priority-form"' not in page


def test_confirming_a_large_file_does_not_read_it_in_the_request(
    settings, tenancy, terms, run_import, monkeypatch
):
    settings.VENDORPACT_IMPORT_INLINE_MAX_ROWS = 2

    def no_reading(sla_import):
        raise AssertionError("the file was read during the request")

    monkeypatch.setattr(services, "preview_import", no_reading)
    staged = run_import("tickets", SMALL_ZENDESK, confirm=False)
    queued = services.confirm_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=staged)
    assert queued.state == "importing"


def test_a_large_file_is_read_by_the_worker_while_the_page_says_so(
    settings, client, tenancy, terms, run_import, reads, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.VENDORPACT_IMPORT_INLINE_MAX_ROWS = 2
    staged = run_import("tickets", SMALL_ZENDESK, confirm=False)
    with django_capture_on_commit_callbacks(execute=True):
        waiting = preview_page(client, tenancy, staged)
        assert reads == []  # not during the request
    assert "Het bestand wordt gelezen…" in waiting and 'hx-trigger="every 2s"' in waiting
    assert 'id="import-choice"' in waiting  # "import nothing" stays possible
    assert reads == [staged.pk]  # by the task, once
    page = preview_page(client, tenancy, staged)
    assert "5 rijen gelezen: 3 goed, 2 met een probleem." in page and "hx-trigger" not in page


def test_cancelling_keeps_what_the_preview_showed_without_reading_again(
    client, tenancy, terms, run_import, reads
):
    staged = run_import("tickets", SMALL_ZENDESK, confirm=False)
    preview_page(client, tenancy, staged)
    cancelled = services.cancel_import(org=tenancy.org_a, actor=tenancy.alice, sla_import=staged)
    assert reads == [staged.pk]
    assert (cancelled.state, cancelled.rows, len(cancelled.skipped)) == ("cancelled", 5, 2)
