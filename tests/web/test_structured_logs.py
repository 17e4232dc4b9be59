"""Structured log lines: one per request and one per finished task, with their facts as fields,
rendered as JSON objects by the configured formatter."""

import json
import logging
import logging.config

import pytest
from django.conf import settings as django_settings
from django_tasks import task


@task()
def add_numbers(a: int, b: int) -> int:
    return a + b


@task()
def always_fails() -> None:
    raise ValueError("broken input")


def request_records(caplog):
    return [r for r in caplog.records if r.name == "vendorpact.request"]


def test_a_request_is_logged_with_its_fields(client, tenancy, caplog):
    client.force_login(tenancy.alice)
    caplog.set_level(logging.INFO, logger="vendorpact.request")
    client.get(f"/o/{tenancy.org_a.slug}/suppliers/?q=secret")
    (record,) = request_records(caplog)
    assert (record.method, record.path, record.status) == (
        "GET",
        f"/o/{tenancy.org_a.slug}/suppliers/",
        200,
    )
    assert record.org == tenancy.org_a.slug and record.user_id == tenancy.alice.pk
    assert record.duration_ms >= 0


def test_an_anonymous_request_has_no_user_or_organisation(client, caplog):
    caplog.set_level(logging.INFO, logger="vendorpact.request")
    client.get("/accounts/login/")
    (record,) = request_records(caplog)
    assert (record.status, record.user_id, record.org) == (200, None, None)


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_a_finished_task_is_logged(immediate_tasks, caplog):
    caplog.set_level(logging.INFO, logger="vendorpact.task")
    add_numbers.enqueue(2, 3)
    (record,) = [r for r in caplog.records if r.name == "vendorpact.task"]
    assert record.task.endswith("add_numbers") and record.status == "SUCCESSFUL"
    assert record.run_s >= 0


def test_a_failed_task_is_logged_as_an_error_with_its_exception(immediate_tasks, caplog):
    caplog.set_level(logging.INFO, logger="vendorpact.task")
    always_fails.enqueue()
    (record,) = [r for r in caplog.records if r.name == "vendorpact.task"]
    assert record.levelno == logging.ERROR and record.error == "builtins.ValueError"


def test_the_json_formatter_writes_one_object_with_the_fields():
    config = {"version": 1, "formatters": {"json": django_settings.LOGGING["formatters"]["json"]}}
    configurator = logging.config.DictConfigurator(config)
    formatter = configurator.configure_formatter(config["formatters"]["json"])
    record = logging.LogRecord(
        "vendorpact.request", logging.INFO, __file__, 1, "GET / 200", (), None
    )
    record.status = 200
    line = formatter.format(record)
    parsed = json.loads(line)
    assert (parsed["level"], parsed["logger"], parsed["status"]) == (
        "INFO",
        "vendorpact.request",
        200,
    )
    assert "\n" not in line
