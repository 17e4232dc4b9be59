"""Schema-driven fuzzing of the API with schemathesis, against the production server with the
demo data: 0 server errors and 0 responses that break the published schema is the bar.

    .venv/bin/python scripts/api_fuzz.py [--max-examples N] [--seed S]

The run is bounded and repeatable: a fixed seed and number of examples per operation. Path
parameters are the ids of the demo's own objects, so that operations reach real rows instead of
answering 404; deleting operations run last, after everything else had those rows to work on.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
CHECKS = "not_a_server_error,response_schema_conformance"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=4)
    parser.add_argument("--seed", type=int, default=20261204)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="vendorpact-fuzz-"))
    env = {**os.environ, "VENDORPACT_DATA_DIR": str(data_dir), "LOG_LEVEL": "ERROR"}
    env.pop("DATABASE_URL", None)  # the embedded SQLite database of the throwaway data dir
    env["REQUEST_LOG_LEVEL"] = "WARNING"
    run([BIN / "vendorpact", "demo"], env)
    token, parameters = demo_token_and_ids(env)
    config = data_dir / "schemathesis.toml"
    config.write_text(config_text(parameters))
    port = free_port()
    server = subprocess.Popen(
        [BIN / "vendorpact", "serve", "--port", str(port), "--workers", "2", "--threads", "2"],
        env=env,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz")
        schema = f"http://127.0.0.1:{port}/api/v1/openapi.json"
        common = [
            BIN / "st",
            "--config-file",
            config,
            "run",
            schema,
            "--checks",
            CHECKS,
            "--max-examples",
            str(args.max_examples),
            "--seed",
            str(args.seed),
            "--header",
            f"Authorization: Bearer {token}",
            "--workers",
            "1",
        ]
        first = subprocess.run([*common, "--exclude-method", "DELETE"], env=env).returncode
        second = subprocess.run([*common, "--include-method", "DELETE"], env=env).returncode
    finally:
        server.terminate()
        server.wait(timeout=30)
    return first or second


def run(command, env) -> str:
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout


ID_QUERIES = """
import django
django.setup()
from vendorpact import demo
from vendorpact.api.services import create_token
from vendorpact.orgs.models import Membership
membership = Membership.objects.select_related("organisation", "user").get(
    user__username=demo.DEMO_USERNAME, organisation__slug=demo.DEMO_ORG_SLUG
)
org = membership.organisation
print("token", create_token(user=membership.user, name="api fuzz")[1])
print("org_slug", org.slug)
from django.apps import apps
for parameter, label in [
    ("engagement_id", "engagements.Engagement"),
    ("supplier_id", "suppliers.Supplier"),
    ("document_id", "engagements.Document"),
    ("concern_id", "concerns.Concern"),
    ("health_check_id", "health.HealthCheck"),
    ("request_id", "supplier_requests.SupplierRequest"),
    ("exit_task_id", "concerns.ExitTask"),
    ("extra_cost_id", "budget.ExtraCost"),
    ("budget_line_id", "budget.BudgetLine"),
    ("invoice_id", "budget.Invoice"),
    ("milestone_id", "planning.Milestone"),
    ("team_member_id", "planning.TeamMember"),
    ("meeting_id", "planning.Meeting"),
    ("draft_id", "agreements.AgreementDraft"),
    ("sla_import_id", "sla.SlaImport"),
]:
    app_label, name = label.split(".")
    try:
        model = apps.get_model(app_label, name)
    except LookupError:
        continue
    first = model.objects.filter(organisation=org).order_by("pk").first()
    if first is not None:
        print(parameter, first.pk)
"""


def demo_token_and_ids(env) -> tuple[str, dict[str, str]]:
    output = run(
        [BIN / "python", "-c", ID_QUERIES], {**env, "DJANGO_SETTINGS_MODULE": "vendorpact.settings"}
    )
    values = dict(line.split(" ", 1) for line in output.strip().splitlines())
    return values.pop("token"), values


def config_text(parameters: dict[str, str]) -> str:
    lines = ["[parameters]"]
    lines += [f'"path.{name}" = {value_literal(value)}' for name, value in parameters.items()]
    return "\n".join(lines) + "\n"


def value_literal(value: str) -> str:
    return value if value.isdigit() else f'"{value}"'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer on {url}")


if __name__ == "__main__":
    sys.exit(main())
