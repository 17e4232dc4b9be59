"""`vendorpact serve --with-worker`: gunicorn answers and the task worker beside it runs queued
work (a real server in a subprocess on 127.0.0.1, on a throwaway SQLite database)."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

ENQUEUE = (
    "import django; django.setup();"
    "from vendorpact.analysis.services import analyse_document;"
    "print(analyse_document.enqueue(0).id)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.5)
    return None


def healthz(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            return response.status, response.headers.get("Server", "")
    except OSError:
        return None


def task_status(database, task_id):
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = ?",
            (task_id.replace("-", ""),),
        ).fetchone()
    return row[0] if row and row[0] in {"SUCCESSFUL", "FAILED"} else None


@pytest.fixture
def server(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(VENDORPACT_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="vendorpact.settings")
    port = free_port()
    command = [sys.executable, "-m", "vendorpact", "serve", "--port", str(port), "--with-worker"]
    process = subprocess.Popen(command, env=env, start_new_session=True)
    yield port, env, tmp_path / "vendorpact.sqlite3"
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def test_serve_answers_through_gunicorn(server):
    port, _, _ = server
    status, software = wait_for(lambda: healthz(port))
    assert status == 200 and software.startswith("gunicorn")


def test_the_worker_started_with_the_server_runs_queued_tasks(server):
    port, env, database = server
    assert wait_for(lambda: healthz(port))
    enqueued = subprocess.run(
        [sys.executable, "-c", ENQUEUE], env=env, capture_output=True, text=True, check=True
    )
    task_id = enqueued.stdout.strip().splitlines()[-1]
    # Analysis 0 does not exist: the task fails, which proves the worker picked it up.
    assert wait_for(lambda: task_status(database, task_id)) == "FAILED"
