"""Web and API speed on a large tenant (a benchmark, not a test).

Builds, in a fresh SQLite database in a temporary folder, the demo organisations (`load_demo`)
and a large organisation: 200 suppliers, 400 engagements (the demo's engagement kinds, terms and
checklists, 323 running), each with checklist entries, milestones, concerns with their history,
budget lines, extra costs, and health checks; exit plans for the ending ones; 5,000 invoices
(one engagement holds 463 of them). Then times, in-process with the Django test client, the
dashboard, engagement list, supplier list, reminders page and API, budget page, the monthly
report, and every API list: median and p95 of --requests requests after one warm-up request, and
the number of queries of one request. Prints the build time and a table. The pages that show
reminders read them from the cache after the warm-up; their rows "(after a write)" time the
first request after a write to a reminder input, which computes them again.

Finally builds the monthly report as the worker does for a large organisation (the page
body and the PDF, `reports.runs.build_run`) and prints how long that took. With --report-only
it builds the tenant and times only that: the whole build (elapsed and CPU), then each of its
steps again (the report's figures, the page body, the PDF; the charts are then in the cache)
and the PDF's number of pages.

With --tickets N, after the build N tickets with their status history, spread over five years,
are imported into the engagements with service levels through the app's import services and
tasks (``scale_tickets.py``: 40 % of them on one engagement), and the import time is printed.

Usage: .venv/bin/python benchmarks/web_scale.py [--requests 20] [--gc-freeze] [--report-only]
    [--tickets 100000]
On PostgreSQL (a throwaway cluster, its database created first):
    VENDORPACT_BENCH_POSTGRES=1 scripts/with-postgres.sh sh -c '.venv/bin/python -c "import os,
    psycopg; psycopg.connect(os.environ[\"DATABASE_URL\"].rsplit(\"/\", 1)[0] + \"/postgres\",
    autocommit=True).execute(\"create database vendorpact\")" && .venv/bin/python
    benchmarks/web_scale.py'
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("VENDORPACT_DATA_DIR", tempfile.mkdtemp(prefix="vp-web-scale-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorpact.settings")
if os.environ.get("VENDORPACT_BENCH_POSTGRES") != "1":
    os.environ.pop("DATABASE_URL", None)  # never a database named in the environment by accident
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import django  # noqa: E402
import pypdfium2  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from scale_tickets import import_tickets  # noqa: E402  (a sibling of this script)

from vendorpact import demo  # noqa: E402
from vendorpact.api.services import create_token  # noqa: E402
from vendorpact.budget.models import BudgetLine, ExtraCost, Invoice, InvoiceLine  # noqa: E402
from vendorpact.concerns.models import Concern, ConcernEvent, ExitPlan, ExitTask  # noqa: E402
from vendorpact.core.terms import add_months  # noqa: E402
from vendorpact.engagements.models import ChecklistEntry, Engagement  # noqa: E402
from vendorpact.health.demo import HEALTH_ANSWERS, _answers  # noqa: E402
from vendorpact.health.models import HealthCheck, HealthResponse  # noqa: E402
from vendorpact.orgs.models import Membership, Organisation, Role  # noqa: E402
from vendorpact.planning.models import Milestone  # noqa: E402
from vendorpact.reports.models import ReportRun  # noqa: E402
from vendorpact.reports.rendering import render_body, render_pdf, report_context  # noqa: E402
from vendorpact.reports.runs import build_run  # noqa: E402
from vendorpact.suppliers.models import Supplier  # noqa: E402

SUPPLIERS = 200
ENGAGEMENTS = 400
RUNNING = 323
INVOICES = 5000
BIG_ENGAGEMENT_INVOICES = 463
STATUSES = ("active", "active", "active", "negotiating", "ending", "draft")
EXIT_TASK_CODES = ("exit.data_export", "exit.knowledge_transfer", "exit.access_revoked")


# ---- building the tenant ------------------------------------------------------------------


def build_tenant(user) -> tuple[Organisation, list[Engagement]]:
    org = Organisation.objects.create(name="Groothandel Vermeulen NV", slug="groothandel-vermeulen")
    Membership.objects.create(user=user, organisation=org, role=Role.OWNER)
    suppliers = Supplier.objects.bulk_create(
        Supplier(organisation=org, name=f"Leverancier {n:03d} BV", city="Gent")
        for n in range(SUPPLIERS)
    )
    engagements = _engagements(org, user, suppliers)
    _checklists(org, engagements)
    _planning_and_relations(org, engagements)
    _budgets(org, engagements)
    return org, engagements


def _engagements(org, user, suppliers) -> list[Engagement]:
    today = timezone.localdate()
    templates = demo._engagements(today)
    rows = []
    for n in range(ENGAGEMENTS):
        spec = {k: v for k, v in templates[n % len(templates)].items()}
        spec.pop("supplier"), spec.pop("checklist")
        title = f"{spec.pop('title')} #{n:03d}"
        status = STATUSES[n % len(STATUSES)] if n < RUNNING else "ended"
        spec["status"] = status
        rows.append(
            Engagement(
                organisation=org,
                supplier=suppliers[n % SUPPLIERS],
                title=title,
                created_by=user,
                **spec,
            )
        )
    return Engagement.objects.bulk_create(rows)


def _checklists(org, engagements) -> None:
    templates = demo._engagements(timezone.localdate())
    ChecklistEntry.objects.bulk_create(
        ChecklistEntry(organisation=org, engagement=e, item_id=item_id, status=status)
        for n, e in enumerate(engagements)
        for item_id, status in templates[n % len(templates)]["checklist"].items()
    )


def _planning_and_relations(org, engagements) -> None:
    today = timezone.localdate()
    milestones, concerns, checks = [], [], []
    for n, e in enumerate(engagements):
        scoped = {"organisation": org, "engagement": e}
        for k, days in enumerate((-10, 4, 30)):
            milestones.append(
                Milestone(
                    **scoped,
                    title=f"Mijlpaal {k + 1}",
                    owner_side="supplier" if k % 2 == 0 else "client",
                    original_due=today + timedelta(days=days + n % 7),
                    status="done" if days < 0 and n % 2 else "planned",
                )
            )
        concerns.append(
            Concern(**scoped, title="Trage reactie op tickets", raised_on=today - timedelta(45))
        )
        for period in ("2026-Q2", "2026-Q3"):
            checks.append(HealthCheck(**scoped, period=period))
    Milestone.objects.bulk_create(milestones)
    concerns = Concern.objects.bulk_create(concerns)
    ConcernEvent.objects.bulk_create(
        ConcernEvent(organisation=org, concern=c, on=c.raised_on, status="raised") for c in concerns
    )
    checks = HealthCheck.objects.bulk_create(checks)
    HealthResponse.objects.bulk_create(
        HealthResponse(
            organisation=org,
            health_check=check,
            side=side,
            answers=_answers(HEALTH_ANSWERS["later"][side]),
        )
        for check in checks
        for side in ("client", "supplier")
    )
    ending = [e for e in engagements if e.status == "ending"]
    plans = ExitPlan.objects.bulk_create(ExitPlan(organisation=org, engagement=e) for e in ending)
    ExitTask.objects.bulk_create(
        ExitTask(
            organisation=org,
            engagement=plan.engagement,
            plan=plan,
            code=code,
            position=k,
            due=today + timedelta(days=5 * k),
        )
        for plan in plans
        for k, code in enumerate(EXIT_TASK_CODES)
    )


def _budgets(org, engagements) -> None:
    today = timezone.localdate()
    lines = BudgetLine.objects.bulk_create(
        BudgetLine(
            organisation=org,
            engagement=e,
            label="Ontwikkeling",
            kind="one_off",
            amount=Decimal("25000.00"),
        )
        for e in engagements
    )
    ExtraCost.objects.bulk_create(
        ExtraCost(
            organisation=org,
            engagement=line.engagement,
            budget_line=line,
            description=f"Meerwerk {k + 1}",
            estimate=Decimal("1250.00"),
            reported_on=today - timedelta(days=3 + 10 * k),
            status="reported" if k == 0 else "approved",
        )
        for line in lines
        for k in range(2)
    )
    owners = [0] * BIG_ENGAGEMENT_INVOICES
    owners += [1 + n % (len(lines) - 1) for n in range(INVOICES - BIG_ENGAGEMENT_INVOICES)]
    invoices = Invoice.objects.bulk_create(
        _invoice(org, lines[owner].engagement, n, add_months(today, -(n % 24)))
        for n, owner in enumerate(owners)
    )
    InvoiceLine.objects.bulk_create(
        InvoiceLine(
            organisation=org,
            invoice=invoice,
            line_id="1",
            description="Prestaties",
            line_amount=invoice.total_excl_vat,
            budget_line=lines[owner],
            match_state="confirmed",
        )
        for invoice, owner in zip(invoices, owners, strict=True)
    )


def _invoice(org, engagement, n, issued) -> Invoice:
    supplier = engagement.supplier.name
    return Invoice(
        organisation=org,
        engagement=engagement,
        source="manual",
        number=f"2026-{n:05d}",
        supplier_name=supplier,
        supplier_key=supplier.upper(),
        number_key=f"2026-{n:05d}",
        issue_date=issued,
        total_excl_vat=Decimal("480.00"),
        vat_total=Decimal("100.80"),
        total_incl_vat=Decimal("580.80"),
    )


# ---- timing ---------------------------------------------------------------------------------


def measure(client, url, headers, requests) -> tuple[float, float, float, int, int]:
    """(median ms, p95 ms, median CPU ms, queries, status) of GET url. The CPU time of this
    process hardly changes with other programs on the machine; the elapsed time does."""
    client.get(url, **headers)  # warm-up
    with CaptureQueriesContext(connection) as captured:
        status = client.get(url, **headers).status_code
    queries = len(captured)  # now: later requests clear the connection's query log
    times, cpu = [], []
    for _ in range(requests):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url, **headers)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    return statistics.median(times), p95, statistics.median(cpu), queries, status


def measure_after_write(
    client, url, headers, requests, org
) -> tuple[float, float, float, int, int]:
    """measure() of requests that each follow a write to a milestone of `org` (a bulk update,
    which changes the data version the cached reminders are keyed by)."""
    milestone = Milestone.objects.filter(organisation=org).order_by("pk").values_list("pk")[0][0]

    def write(number: int) -> None:
        Milestone.objects.filter(organisation=org, pk=milestone).update(
            title=f"Oplevering {number}"
        )

    write(-1)
    with CaptureQueriesContext(connection) as captured:
        status = client.get(url, **headers).status_code
    queries = len(captured)
    times, cpu = [], []
    for number in range(requests):
        write(number)
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url, **headers)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    return statistics.median(times), p95, statistics.median(cpu), queries, status


REMINDER_PAGES = ("dashboard", "reminders page", "API /reminders")


def pages(org, big) -> list[tuple[str, str]]:
    base = f"/o/{org.slug}"
    return [
        ("dashboard", f"{base}/"),
        ("engagement list", f"{base}/engagements/"),
        ("supplier list", f"{base}/suppliers/"),
        ("reminders page", f"{base}/reminders/"),
        ("budget page (463 invoices)", f"{base}/engagements/{big.pk}/budget/"),
        ("monthly report page (built by a task)", f"{base}/report/"),
    ]


def api_lists(org, big) -> list[tuple[str, str]]:
    """Every API list endpoint (the engagement-scoped ones on the engagement with most data)."""
    base = f"/api/v1/orgs/{org.slug}"
    eng = f"{base}/engagements/{big.pk}"
    paths = [
        "/api/v1/orgs",
        f"{base}/suppliers",
        f"{base}/engagements",
        f"{base}/reminders",
    ]
    for tail in (
        "checklist",
        "documents",
        "budget-lines",
        "extra-costs",
        "invoices",
        "invoice-imports",
        "milestones",
        "team",
        "team/swaps",
        "meetings",
        "requests",
        "concerns",
        "health-checks",
        "sla/months",
        "sla/imports",
    ):
        paths.append(f"{eng}/{tail}")
    return [(f"API {path.removeprefix(base) or path}", path) for path in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="move the objects alive after the build out of the garbage collector's reach "
        "(gc.freeze(), as a server worker can do after loading the app)",
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="build the tenant, then time only the monthly report's build and its steps",
    )
    parser.add_argument(
        "--tickets",
        type=int,
        default=0,
        help="import this many tickets (over five years) into the engagements with SLA terms",
    )
    args = parser.parse_args()

    setup_test_environment()  # the test client's host is allowed
    call_command("createcachetable", verbosity=0)
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    with transaction.atomic():
        demo.load_demo()
        user = demo._demo_user()
        org, engagements = build_tenant(user)
    build_seconds = time.perf_counter() - start
    big = engagements[0]
    del engagements  # a server process does not hold the build's objects
    gc.collect()
    if args.gc_freeze:
        gc.freeze()
    print(
        f"Built the demo and a tenant of {SUPPLIERS} suppliers, {ENGAGEMENTS} engagements "
        f"({RUNNING} not ended), {INVOICES} invoices in {build_seconds:.1f} s "
        f"({connection.vendor}, {connection.settings_dict['NAME']})\n"
    )
    if args.tickets:
        print_ticket_import(org, user, args.tickets)
    if args.report_only:
        print_report_build(org)
        return
    client = Client()
    client.force_login(user)
    token = {"HTTP_AUTHORIZATION": f"Bearer {create_token(user=user, name='bench')[1]}"}
    rows = [(name, url, {}) for name, url in pages(org, big)]
    rows += [(name, url, token) for name, url in api_lists(org, big)]
    print(
        f"{'page':<44} {'median ms':>10} {'p95 ms':>8} {'CPU ms':>7} {'queries':>8} {'status':>7}"
    )
    for name, url, headers in rows:
        median, p95, cpu, queries, status = measure(client, url, headers, args.requests)
        print(f"{name:<44} {median:>10.1f} {p95:>8.1f} {cpu:>7.1f} {queries:>8} {status:>7}")
    for name, url, headers in rows:
        if name in REMINDER_PAGES:
            figures = measure_after_write(client, url, headers, args.requests, org)
            median, p95, cpu, queries, status = figures
            name = f"{name} (after a write)"
            print(f"{name:<44} {median:>10.1f} {p95:>8.1f} {cpu:>7.1f} {queries:>8} {status:>7}")
    print(f"\n{time_report_build(org):.1f} s to build the monthly report (page and PDF) as a task")
    print(f"Load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def print_ticket_import(org, user, tickets: int) -> None:
    imported = import_tickets(org, user, tickets)
    seconds = imported.import_seconds
    print(
        f"Imported {imported.tickets:,} tickets ({imported.events:,} status events; "
        f"{imported.largest:,} on the largest engagement) into {imported.engagements} "
        f"engagements with SLA terms in {seconds:.1f} s ({imported.tickets / seconds:,.0f} "
        f"tickets/s; stage, confirm, import task, stored results), after building the exports "
        f"in {imported.export_seconds:.1f} s"
    )
    if imported.skipped:
        print(f"Rows the imports left out: {dict(imported.skipped)}")
    print(f"Load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")


def time_report_build(org) -> float:
    """Seconds the worker takes to build the month's report of `org` (page body and PDF)."""
    return timed_report_build(org)[0]


def timed_report_build(org) -> tuple[float, float]:
    """(elapsed, CPU) seconds the worker takes to build the month's report of `org`."""
    today = timezone.localdate()
    run = ReportRun.objects.create(
        organisation=org, month=today.strftime("%Y-%m"), language="nl", as_of=today
    )
    start, start_cpu = time.perf_counter(), time.process_time()
    with translation.override("nl"):
        state = build_run(run.pk).state
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    assert state == "done", state
    return seconds, cpu


def print_report_build(org) -> None:
    """The report build's time, then its steps' (elapsed and CPU ms) and the PDF's pages."""
    seconds, cpu = timed_report_build(org)
    print(f"{seconds:.2f} s ({cpu:.2f} s CPU) to build the monthly report (page and PDF)")
    today = timezone.localdate()
    steps = {}
    with translation.override("nl"):
        context = _step(
            steps,
            "report figures",
            lambda: report_context(org, today.strftime("%Y-%m"), today, "nl"),
        )
        body = _step(steps, "page body", lambda: render_body(context))
        pdf = _step(steps, "PDF", lambda: render_pdf(org, context))
    print("Its steps once more (charts now in the cache):")
    for name, (ms, cpu_ms) in steps.items():
        print(f"  {name:<16} {ms:>8.0f} ms {cpu_ms:>8.0f} ms CPU")
    pages = len(pypdfium2.PdfDocument(pdf))
    report = context["report"]
    print(
        f"  {len(report.rows)} engagements, {len(report.reminders)} reminders; page body "
        f"{len(body) // 1000} kB; PDF {pages} A4 pages, {len(pdf) // 1000} kB"
    )
    print(f"Load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def _step(steps: dict, name: str, action):
    start, start_cpu = time.perf_counter(), time.process_time()
    result = action()
    steps[name] = ((time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000)
    return result


if __name__ == "__main__":
    main()
