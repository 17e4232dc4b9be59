"""SLA engine benchmark: synthetic tickets on a Mon-Fri 08:30-17:30 Brussels calendar with
Belgian public holidays over five years (2021-2025).

Prints
1. core: full evaluation (response, resolution net of pauses, breaches, customer/vendor waits,
   monthly compliance) of N tickets through the vectorised bulk path, tickets/s;
2. CLI end to end: `vendorpact sla evaluate --format csv` on a generated tickets CSV + events CSV
   (a subprocess, so interpreter start-up and CSV parsing/writing count), tickets/s;
3. businesstimedelta: the same two business-time spans per ticket (created -> first response,
   created -> resolved) on a sample, checked identical, and the per-ticket speed ratios.

Each measurement is the best of --repeat runs (a fresh policy, so calendar building counts).

Usage: .venv/bin/python benchmarks/sla_bench.py [--tickets 1000000] [--sample 300] [--skip-cli]
       [--repeat 3] [--real-logs]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from vendorpact.core.sla.bulk import (
    ACTIVE,
    CUSTOMER_WAIT,
    STOPPED,
    VENDOR_WAIT,
    BulkEvaluator,
    TicketColumns,
)
from vendorpact.core.sla.evaluate import evaluate_ticket
from vendorpact.core.sla.model import StatusEvent, Ticket
from vendorpact.core.sla.monthly import MonthlyCompliance
from vendorpact.core.sla.outcome import BREACHED, OVERDUE
from vendorpact.core.sla.policy import SlaPolicy

ZONE = ZoneInfo("Europe/Brussels")
WORKDAYS = ("mon", "tue", "wed", "thu", "fri")
POLICY = {
    "timezone": "Europe/Brussels",
    "hours": {day: [["08:30", "17:30"]] for day in WORKDAYS} | {"sat": [], "sun": []},
    "holidays": {"country": "BE", "subdivision": None},
    "closed_dates": [],
    "pause_statuses": ["Waiting for customer"],
    "vendor_wait_statuses": ["Waiting for vendor"],
    "priorities": {
        "P1": {
            "response": {"minutes": 30, "clock": "business"},
            "resolution": {"minutes": 240, "clock": "business"},
        },
        "P2": {
            "response": {"minutes": 120, "clock": "business"},
            "resolution": {"minutes": 960, "clock": "business"},
        },
        "P3": {
            "response": {"minutes": 480, "clock": "business"},
            "resolution": {"minutes": 2700, "clock": "business"},
        },
        "P4": {
            "response": {"minutes": 960, "clock": "business"},
            "resolution": {"minutes": 5400, "clock": "business"},
        },
    },
}
STATUS_NAMES = {
    ACTIVE: "In progress",
    CUSTOMER_WAIT: "Waiting for customer",
    VENDOR_WAIT: "Waiting for vendor",
    STOPPED: "Resolved",
}
REOPENED = 5  # pseudo code used only by the generator: an active "Reopened" status
START = dt.datetime(2021, 1, 1, tzinfo=ZONE).timestamp()
END = dt.datetime(2026, 1, 1, tzinfo=ZONE).timestamp()


def _office_time_created(rng, n):
    """Creation moments: 85 % on weekdays 08:00-18:00 local, the rest anywhere."""
    days = rng.integers(0, int((END - START) // 86400), n)
    base = np.datetime64("2021-01-01") + days.astype("timedelta64[D]")
    weekday = (base.astype("datetime64[D]").view("int64") - 4) % 7  # 0 = Monday
    shift = np.where(weekday >= 5, 7 - weekday, 0)  # move weekend days to Monday
    office = rng.random(n) < 0.85
    days = np.where(office, days + shift, days)
    seconds = np.where(office, rng.integers(8 * 3600, 18 * 3600, n), rng.integers(0, 86400, n))
    # local wall clock -> UTC: Brussels is UTC+1 in winter, +2 in summer (approximate by month)
    local = START + days * 86400.0 + seconds
    month = (np.datetime64("2021-01-01") + days.astype("timedelta64[D]")).astype(
        "datetime64[M]"
    ).astype(int) % 12 + 1
    summer = (month >= 4) & (month <= 10)
    return np.minimum(local - np.where(summer, 3600.0, 0.0), END - 86400)


def generate(n: int, seed: int = 7):
    """Synthetic tickets and their status histories as columns (epoch seconds)."""
    rng = np.random.default_rng(seed)
    created = np.sort(_office_time_created(rng, n))
    priority = rng.choice(4, n, p=[0.05, 0.20, 0.55, 0.20])
    response_after = rng.lognormal(np.log(1800), 1.2, n)
    work = rng.lognormal(np.log(6 * 3600), 1.3, n)
    has_pause = rng.random(n) < 0.30
    has_vendor = rng.random(n) < 0.10
    reopened = rng.random(n) < 0.05
    is_open = rng.random(n) < 0.06
    pause_len = rng.lognormal(np.log(20 * 3600), 1.0, n)
    vendor_len = rng.lognormal(np.log(30 * 3600), 1.0, n)

    first_response = created + response_after
    t_pause = first_response + work * 0.3
    t_pause_end = t_pause + pause_len
    t_vendor = t_pause_end + work * 0.2
    t_vendor_end = t_vendor + vendor_len
    t_resolved = t_vendor_end + work * 0.5
    t_reopen = t_resolved + rng.lognormal(np.log(48 * 3600), 0.8, n)
    t_final = t_reopen + work * 0.4
    resolved = np.where(reopened, t_final, t_resolved)
    resolved = np.where(is_open, np.nan, resolved)

    # Event table, 8 candidate slots per ticket, masked per ticket then flattened in order.
    times = np.stack(
        [
            first_response,
            t_pause,
            t_pause_end,
            t_vendor,
            t_vendor_end,
            t_resolved,
            t_reopen,
            t_final,
        ],
        axis=1,
    )
    codes = np.array(
        [ACTIVE, CUSTOMER_WAIT, ACTIVE, VENDOR_WAIT, ACTIVE, STOPPED, REOPENED, STOPPED],
        dtype=np.int8,
    )
    keep = np.ones((n, 8), dtype=bool)
    keep[:, 1] = keep[:, 2] = has_pause
    keep[:, 3] = keep[:, 4] = has_vendor
    keep[:, 5] = ~is_open
    keep[:, 6] = keep[:, 7] = reopened & ~is_open
    counts = keep.sum(axis=1)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    event_at = times[keep]
    event_code = np.broadcast_to(codes, (n, 8))[keep]
    return {
        "priority": priority,
        "created": np.floor(created),
        "first_response": np.floor(first_response),
        "resolved": np.floor(resolved),
        "offsets": offsets,
        "event_at": np.floor(event_at),
        "event_code": event_code,
    }


def columns(data) -> TicketColumns:
    state = np.where(data["event_code"] == REOPENED, ACTIVE, data["event_code"]).astype(np.int8)
    return TicketColumns(
        priority=data["priority"],
        created=data["created"],
        first_response=data["first_response"],
        resolved=data["resolved"],
        event_offsets=data["offsets"],
        event_at=data["event_at"],
        event_state=state,
    )


def bench_core(policy: SlaPolicy, data) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds and the results of one full evaluation."""
    cols = columns(data)
    cpu_started = time.process_time()
    started = time.perf_counter()
    result = BulkEvaluator(policy).evaluate(cols, now=END)
    months = MonthlyCompliance(policy.calendar.timezone)
    months.add_bulk(cols.created, result.response_breached, result.resolution_breached)
    elapsed = time.perf_counter() - started
    return elapsed, time.process_time() - cpu_started, (result, months)


def bench_per_ticket_api(policy: SlaPolicy, data, count: int) -> float:
    """Tickets/s of the scalar API the web views use (datetimes in, TicketResult out)."""
    names = {**STATUS_NAMES, REOPENED: "Reopened"}
    keys = list(policy.priorities)

    def moment(epoch):
        return None if np.isnan(epoch) else dt.datetime.fromtimestamp(epoch, ZONE)

    tickets = []
    for i in range(count):
        low, high = data["offsets"][i], data["offsets"][i + 1]
        events = tuple(
            StatusEvent(moment(at), names[int(code)])
            for at, code in zip(
                data["event_at"][low:high], data["event_code"][low:high], strict=True
            )
        )
        tickets.append(
            Ticket(f"T{i}", keys[data["priority"][i]], moment(data["created"][i]),
                   moment(data["first_response"][i]), moment(data["resolved"][i]), events)
        )  # fmt: skip
    now = dt.datetime.fromtimestamp(END, ZONE)
    started = time.perf_counter()
    for ticket in tickets:
        evaluate_ticket(ticket, policy, now)
    return count / (time.perf_counter() - started)


def _iso(epochs: np.ndarray) -> np.ndarray:
    text = np.datetime_as_string(epochs.astype("datetime64[s]"), unit="s", timezone="UTC")
    return np.where(np.isnan(epochs), "", text)


def write_csvs(data, folder: Path) -> tuple[Path, Path]:
    n = data["created"].shape[0]
    ids = np.char.add("T", np.arange(n).astype(str))
    names = np.array(["P1", "P2", "P3", "P4"])[data["priority"]]
    tickets = folder / "tickets.csv"
    with tickets.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "priority", "created", "first_response", "resolved"])
        writer.writerows(
            zip(
                ids.tolist(),
                names.tolist(),
                _iso(data["created"]).tolist(),
                _iso(data["first_response"]).tolist(),
                _iso(data["resolved"]).tolist(),
                strict=True,
            )
        )
    events = folder / "events.csv"
    owners = np.repeat(ids, np.diff(data["offsets"]))
    status_names = {**STATUS_NAMES, REOPENED: "Reopened"}
    lookup = np.array([status_names.get(code, "") for code in range(REOPENED + 1)])
    statuses = lookup[data["event_code"]]
    with events.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "at", "status"])
        writer.writerows(
            zip(owners.tolist(), _iso(data["event_at"]).tolist(), statuses.tolist(), strict=True)
        )
    return tickets, events


CLI_HARNESS = (
    "import argparse, sys\n"
    "from vendorpact.commands import sla\n"
    "p = argparse.ArgumentParser(); sla.register(p.add_subparsers(dest='command'))\n"
    "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))\n"
)


def bench_cli(policy_path: Path, tickets: Path, events: Path, output: Path):
    """Wall seconds, CPU seconds and peak RSS (MB, sampled every 20 ms) of one CLI process."""
    argv = ["sla", "evaluate", "--policy", str(policy_path), "--tickets", str(tickets)]
    argv += ["--events", str(events), "--format", "csv", "--output", str(output)]
    argv += ["--now", "2026-01-01T00:00:00+01:00"]
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", CLI_HARNESS, *argv])
    peak_kb = 0
    while True:  # VmHWM is the child's own high-water mark (rusage maxrss is inherited at fork)
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        peak_kb = max(peak_kb, _high_water_kb(process.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"CLI failed with status {process.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, peak_kb // 1024


def _high_water_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def businesstimedelta_rules():
    import businesstimedelta
    import holidays
    import pytz

    tz = pytz.timezone("Europe/Brussels")
    workday = businesstimedelta.WorkDayRule(
        start_time=dt.time(8, 30), end_time=dt.time(17, 30), working_days=[0, 1, 2, 3, 4], tz=tz
    )
    holiday = businesstimedelta.HolidayRule(
        holidays.country_holidays("BE", years=range(2020, 2027)), tz=tz
    )
    return businesstimedelta.Rules([workday, holiday])


def sample_rows(data, sample: int, min_days: float = 0.0) -> np.ndarray:
    """Random resolved tickets, optionally only those open for at least ``min_days``."""
    rng = np.random.default_rng(11)
    age = (data["resolved"] - data["created"]) / 86400
    rows = np.flatnonzero(~np.isnan(data["resolved"]) & (age >= min_days))
    return rng.choice(rows, size=min(sample, rows.size), replace=False)


def _best_of(function, repeat: int):
    """Best CPU seconds of ``repeat`` runs (CPU time: the machine is shared) and the value."""
    best, value = float("inf"), None
    for _ in range(max(repeat, 1)):
        started = time.process_time()
        value = function()
        best = min(best, time.process_time() - started)
    return best, value


def bench_businesstimedelta(policy: SlaPolicy, data, rows: np.ndarray, repeat: int = 1):
    """Two spans per given resolved ticket with businesstimedelta and with our calendar."""
    rules = businesstimedelta_rules()
    spans = [
        (
            dt.datetime.fromtimestamp(data["created"][i], ZONE),
            dt.datetime.fromtimestamp(data["first_response"][i], ZONE),
            dt.datetime.fromtimestamp(data["resolved"][i], ZONE),
        )
        for i in rows
    ]

    def theirs_once():
        return [
            (
                rules.difference(c, f).timedelta.total_seconds(),
                rules.difference(c, r).timedelta.total_seconds(),
            )
            for c, f, r in spans
        ]

    calendar = policy.calendar

    def ours_once():
        return [
            (calendar.business_seconds(c, f), calendar.business_seconds(c, r)) for c, f, r in spans
        ]

    their_time, theirs = _best_of(theirs_once, repeat)
    our_time, ours = _best_of(ours_once, repeat)
    mismatches = sum(1 for a, b in zip(theirs, ours, strict=True) if a != b)
    return len(spans), their_time, our_time, mismatches


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=300, help="businesstimedelta sample size")
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; best counts")
    parser.add_argument(
        "--real-logs", action="store_true", help="also time the UCI ServiceNow and BPIC 2013 logs"
    )
    args = parser.parse_args(argv)
    policy = SlaPolicy.from_dict(POLICY)
    n = args.tickets

    started = time.perf_counter()
    data = generate(n)
    events = int(data["offsets"][-1])
    print(
        f"generated {n:,} tickets with {events:,} status events "
        f"in {time.perf_counter() - started:.1f} s"
    )

    runs = [bench_core(SlaPolicy.from_dict(POLICY), data) for _ in range(args.repeat)]
    core_seconds = min(run[0] for run in runs)  # best of N: the machine is shared
    core_cpu = min(run[1] for run in runs)
    result, months = runs[0][2]
    breached = int(np.isin(result.resolution_breached, (BREACHED, OVERDUE)).sum())
    overdue = int((result.resolution_breached == OVERDUE).sum())
    print(
        f"core  : {n:,} tickets in {core_seconds:.2f} s = {n / core_seconds:,.0f} tickets/s "
        f"(CPU {core_cpu:.2f} s; {len(months.result())} months, {breached:,} resolution breaches "
        f"of which {overdue:,} open, overdue)"
    )
    core_per_ticket = core_cpu / n
    per_ticket_rate = bench_per_ticket_api(policy, data, min(n, 20_000))
    print(
        f"per-ticket API (evaluate_ticket on Ticket objects, sample): "
        f"{per_ticket_rate:,.0f} tickets/s"
    )

    cli_per_ticket = None
    if not args.skip_cli:
        with tempfile.TemporaryDirectory(prefix="sla_bench_") as folder:
            folder = Path(folder)
            started = time.perf_counter()
            tickets_csv, events_csv = write_csvs(data, folder)
            print(
                f"wrote CSVs ({tickets_csv.stat().st_size / 1e6:.0f} MB tickets, "
                f"{events_csv.stat().st_size / 1e6:.0f} MB events) "
                f"in {time.perf_counter() - started:.1f} s"
            )
            policy_path = folder / "policy.json"
            policy_path.write_text(json.dumps(POLICY), encoding="utf-8")
            output = folder / "out.csv"
            cli_runs = [
                bench_cli(policy_path, tickets_csv, events_csv, output) for _ in range(args.repeat)
            ]
            cli_seconds, cli_cpu, peak_mb = min(cli_runs)
            with output.open(encoding="utf-8") as handle:
                rows_out = sum(1 for _ in handle) - 1
            print(
                f"cli   : {rows_out:,} tickets in {cli_seconds:.2f} s = "
                f"{n / cli_seconds:,.0f} tickets/s (CSV in, CSV out, one process, "
                f"CPU {cli_cpu:.2f} s, peak RSS {peak_mb} MB)"
            )
            cli_per_ticket = cli_cpu / n

    mismatches = 0
    for label, min_days in (("random resolved tickets", 0.0), ("tickets open >= 10 days", 10.0)):
        rows = sample_rows(data, args.sample, min_days)
        count, their_time, our_time, wrong = bench_businesstimedelta(
            policy, data, rows, args.repeat
        )
        mismatches += wrong
        their_per_ticket = their_time / count
        cli_ratio = (
            ""
            if cli_per_ticket is None
            else (f", CLI end to end {their_per_ticket / cli_per_ticket:,.0f}x")
        )
        print(
            f"businesstimedelta on {count} {label}, 2 spans each: "
            f"{count / their_time:,.0f} tickets/s (VendorPact calendar, datetime API: "
            f"{count / our_time:,.0f} tickets/s); mismatching spans: {wrong}; "
            f"per-ticket CPU-time ratio: core {their_per_ticket / core_per_ticket:,.0f}x{cli_ratio}"
        )
    if args.real_logs:
        bench_real_logs()
    return 1 if mismatches else 0


def shared_data_dir() -> Path:
    override = os.environ.get("VENDORPACT_SHARED_DIR")
    if override:
        return Path(override) / "data"
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"


def bench_real_logs() -> None:
    from vendorpact.core.sla.imports.eventlogs import import_bpic2013_xes, import_servicenow_log

    folder = shared_data_dir() / "tickets"
    servicenow_policy = SlaPolicy.from_dict(
        {
            "timezone": "Europe/Brussels",
            "hours": {day: [["08:30", "17:30"]] for day in WORKDAYS},
            "holidays": {"country": "BE"},
            "pause_statuses": ["Awaiting User Info"],
            "vendor_wait_statuses": ["Awaiting Vendor"],
            "resolved_statuses": ["Resolved", "Closed"],
            "priority_map": {"1 - Major": "1 - Critical", "2 - High": "2 - High",
                             "3 - Medium": "3 - Moderate", "4 - Low": "4 - Low"},
            "priorities": {
                p: {"resolution": {"hours": h, "clock": "business"}}
                for p, h in (("1 - Critical", 8), ("2 - High", 24), ("3 - Moderate", 72),
                             ("4 - Low", 120))
            },
        }
    )  # fmt: skip
    for name, loader in (
        ("uci_incident_event_log.csv.gz", import_servicenow_log),
        ("bpic2013_incidents.xes.gz", import_bpic2013_xes),
    ):
        started = time.perf_counter()
        imported = loader(folder / name)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        results = [evaluate_ticket(t, servicenow_policy) for t in imported.tickets]
        evaluated = time.perf_counter() - started
        breached = sum(1 for r in results if r.resolution_breached)
        events = sum(len(t.events) for t in imported.tickets)
        print(
            f"{name}: {len(results):,} tickets / {events:,} events imported in {loaded:.2f} s, "
            f"evaluated per ticket in {evaluated:.2f} s "
            f"({len(results) / evaluated:,.0f} tickets/s), {breached:,} resolution breaches"
        )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
