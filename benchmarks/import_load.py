"""A large ticket import through the task path while another user keeps writing (a benchmark,
not a test).

In a fresh SQLite database (WAL, immediate transactions: the production settings) it builds an
organisation with one engagement under NetCare's terms, stages a Zendesk export of --tickets
tickets (``sla.demo_export``), confirms it (above VENDORPACT_IMPORT_INLINE_MAX_ROWS: the import
is set "importing" and queued) and runs the queued import the way the worker does
(``sla.import_tasks.run_import``), while a second thread saves a checklist item through the
service every --interval seconds. Prints the import duration, tickets/s, the number of chunks
and the longest chunk transaction, and the concurrent writes: how many, how many failed (and
how many of those with "database is locked"), the slowest one.

Usage: .venv/bin/python benchmarks/import_load.py [--tickets 100000] [--interval 0.1]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ["VENDORPACT_DATA_DIR"] = tempfile.mkdtemp(prefix="vendorpact-import-load-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorpact.settings")
os.environ.pop("DATABASE_URL", None)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import OperationalError, connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from vendorpact.core.sla.policy import SlaPolicy  # noqa: E402
from vendorpact.engagements import services as engagement_services  # noqa: E402
from vendorpact.engagements.models import Engagement  # noqa: E402
from vendorpact.orgs.models import Membership, Organisation, Role  # noqa: E402
from vendorpact.sla import import_tasks, services  # noqa: E402
from vendorpact.sla.demo import NETCARE_POLICY  # noqa: E402
from vendorpact.sla.demo_export import build_export  # noqa: E402
from vendorpact.sla.models import SlaImport, Ticket  # noqa: E402
from vendorpact.suppliers.models import Supplier  # noqa: E402

CHECKLIST_ITEM = "budget.extra_costs"
STATUSES = ("covered", "partial", "missing")


def setup():
    call_command("createcachetable", verbosity=0)
    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench", "bench@example.be", "pw-bench-123")
    org = Organisation.objects.create(name="Groot Bedrijf", slug="groot-bedrijf")
    Membership.objects.create(user=user, organisation=org, role=Role.OWNER)
    supplier = Supplier.objects.create(organisation=org, name="NetCare BV")
    engagement = Engagement.objects.create(
        organisation=org, supplier=supplier, title="Beheer", status="active"
    )
    other = Engagement.objects.create(
        organisation=org, supplier=supplier, title="Webshop", status="active"
    )
    services.save_terms(org=org, actor=user, engagement=engagement, policy=dict(NETCARE_POLICY))
    return user, org, engagement, other


class Writer(threading.Thread):
    """Another user saving a checklist item every `interval` seconds until stopped."""

    def __init__(self, org, user, engagement, interval: float) -> None:
        super().__init__()
        self.org, self.user, self.engagement, self.interval = org, user, engagement, interval
        self.stop = threading.Event()
        self.done = 0
        self.failed: list[str] = []
        self.slowest = 0.0

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                started = time.perf_counter()
                try:
                    engagement_services.set_checklist_entry(
                        org=self.org,
                        actor=self.user,
                        engagement=self.engagement,
                        item_id=CHECKLIST_ITEM,
                        status=STATUSES[self.done % len(STATUSES)],
                    )
                    self.done += 1
                except OperationalError as error:
                    self.failed.append(str(error))
                self.slowest = max(self.slowest, time.perf_counter() - started)
                self.stop.wait(self.interval)
        finally:
            connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--interval", type=float, default=0.1)
    args = parser.parse_args()
    user, org, engagement, other = setup()
    started = time.perf_counter()
    export = build_export(SlaPolicy.from_dict(NETCARE_POLICY), timezone.now(), count=args.tickets)
    print(f"export of {args.tickets:,} tickets built in {time.perf_counter() - started:.1f} s")
    staged = services.stage_import(
        org=org,
        actor=user,
        engagement=engagement,
        kind="tickets",
        uploaded=SimpleUploadedFile("zendesk.csv", export.tickets_csv.encode()),
        zone="Europe/Brussels",
        day_first=True,
    )
    started = time.perf_counter()
    queued = services.confirm_import(org=org, actor=user, sla_import=staged)
    confirmed = time.perf_counter() - started
    print(
        f"confirm request: {confirmed * 1000:.0f} ms, state {queued.state} "
        f"(inline up to {settings.VENDORPACT_IMPORT_INLINE_MAX_ROWS:,} rows, "
        f"{settings.VENDORPACT_IMPORT_CHUNK_ROWS:,} per chunk)"
    )
    logs = []
    write_in_chunks = import_tasks.write_in_chunks

    def recording(*a, **kw):
        logs.append(kw["log"])
        return write_in_chunks(*a, **kw)

    import_tasks.write_in_chunks = recording
    writer = Writer(org, user, other, args.interval)
    writer.start()
    time.sleep(1.0)  # the other user is writing before the import starts
    started = time.perf_counter()
    import_tasks.run_import(staged.pk)
    duration = time.perf_counter() - started
    time.sleep(1.0)
    writer.stop.set()
    writer.join()
    done = SlaImport.objects.get(pk=staged.pk)
    chunks = logs[0]
    locked = sum("locked" in error for error in writer.failed)
    print(f"import: state {done.state}, {done.imported:,} tickets added, {done.rows:,} rows read")
    print(
        f"duration (read + write, task): {duration:.1f} s, "
        f"{done.imported / duration:,.0f} tickets/s"
    )
    print(
        f"chunks: {chunks.chunks}, longest chunk transaction {chunks.longest_seconds * 1000:.0f} ms"
    )
    print(
        f"concurrent checklist saves: {writer.done} done, {len(writer.failed)} failed "
        f"({locked} 'database is locked'), slowest {writer.slowest * 1000:.0f} ms"
    )
    assert Ticket.objects.filter(source_import=done).count() == done.imported
    return 0


if __name__ == "__main__":
    sys.exit(main())
