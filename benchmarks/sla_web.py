"""SLA pages at scale: 40,000 tickets on one engagement, timed in-process.

The first request of a page fills the process's caches (the parsed terms with their
business calendar, the drawn chart, and matplotlib's import for the first chart), so the
table shows it apart from the median and p95 of the requests after it.

Builds a fresh SQLite database in a temporary data folder (migrations, one organisation, one
engagement with NetCare's terms, N synthetic tickets with their status history via
``sla.synthetic``, results stored), then requests each page with Django's test client and
prints, per page, the median and p95 of --requests requests and the number of SQL queries.

Usage: .venv/bin/python benchmarks/sla_web.py [--tickets 40000] [--requests 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ["VENDORPACT_DATA_DIR"] = tempfile.mkdtemp(prefix="vendorpact-sla-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorpact.settings")
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from vendorpact.api.services import create_token  # noqa: E402
from vendorpact.engagements.models import Engagement  # noqa: E402
from vendorpact.orgs.models import Membership, Organisation, Role  # noqa: E402
from vendorpact.sla import services  # noqa: E402
from vendorpact.sla.demo import NETCARE_POLICY  # noqa: E402
from vendorpact.sla.figures import EngagementSla  # noqa: E402
from vendorpact.sla.results import recompute_engagement  # noqa: E402
from vendorpact.sla.synthetic import build_tickets  # noqa: E402
from vendorpact.suppliers.models import Supplier  # noqa: E402


def setup(tickets: int):
    call_command("createcachetable", verbosity=0)
    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench", "bench@example.be", "pw-bench-123")
    org = Organisation.objects.create(name="Groot Bedrijf", slug="groot-bedrijf")
    Membership.objects.create(user=user, organisation=org, role=Role.OWNER)
    supplier = Supplier.objects.create(organisation=org, name="NetCare BV")
    engagement = Engagement.objects.create(
        organisation=org, supplier=supplier, title="Beheer", status="active"
    )
    services.save_terms(org=org, actor=user, engagement=engagement, policy=dict(NETCARE_POLICY))
    started = time.perf_counter()
    build_tickets(engagement, tickets, timezone.now())
    built = time.perf_counter() - started
    started = time.perf_counter()
    recompute_engagement(engagement.pk)
    recomputed = time.perf_counter() - started
    return user, org, engagement, built, recomputed


def timed(client: Client, url: str, requests: int, **headers) -> tuple[float, float, float, int]:
    """(first, median, p95 in ms, queries): the first request fills the caches (the chart);
    median and p95 are of the ``requests`` requests after it."""
    durations, queries = [], 0
    for _ in range(requests + 1):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, **headers)
            durations.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    first = durations.pop(0)
    durations.sort()
    p95 = durations[min(len(durations) - 1, round(0.95 * (len(durations) - 1)))]
    return first, statistics.median(durations), p95, queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=40_000)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    user, org, engagement, built, recomputed = setup(args.tickets)
    sla = EngagementSla(engagement)
    # the claim letter of the complete month with the most breaches
    month = max((r for r in sla.months if not r.in_progress), key=lambda r: r.breaches).month
    print(f"{args.tickets} tickets built in {built:.1f} s (results stored in that time too);")
    print(f"recomputing all stored results: {recomputed:.2f} s")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    token = create_token(user=user, name="bench")[1]
    base = f"/o/{org.slug}/engagements/{engagement.pk}/sla/"
    pages = [
        ("SLA overview + chart", base, {}),
        ("tickets, page 1", base + "tickets/", {}),
        ("tickets, page 200", base + "tickets/?page=200", {}),
        ("tickets, filtered", base + f"tickets/?priority=P1&breached=any&month={month}", {}),
        ("tickets, filtered p2", base + "tickets/?state=resolved&breached=no&page=2", {}),
        ("claim letter", base + f"claim/?month={month}", {}),
        (
            "API months",
            f"/api/v1/orgs/{org.slug}/engagements/{engagement.pk}/sla/months",
            {"HTTP_AUTHORIZATION": f"Bearer {token}"},
        ),
    ]
    breaches = len(sla.breaches_of_month(month))
    print(f"claim letter month {month}: {breaches} tickets with a breach listed")
    print(f"\n{'page':<24}{'first ms':>10}{'median ms':>10}{'p95 ms':>10}{'queries':>9}")
    for name, url, headers in pages:
        first, median, p95, queries = timed(client, url, args.requests, **headers)
        print(f"{name:<24}{first:>10.1f}{median:>10.1f}{p95:>10.1f}{queries:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
