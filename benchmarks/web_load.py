"""HTTP load on the production server with the large tenant (a benchmark, not a test).

Builds the large tenant of benchmarks/web_scale.py (the demo plus an organisation of 200
suppliers, 400 engagements and 5,000 invoices) in a fresh SQLite database in a temporary folder,
starts `vendorpact serve` (gunicorn) on 127.0.0.1 on a free port with that database, logs in
--clients clients (the login form with its CSRF token; API calls with a Bearer token), and lets
each drive a weighted mix of pages and API calls, one request after the other, for --duration
seconds. Prints requests/s, p50/p95/p99 and errors per kind of request and overall; an error is
a status other than 200 or a failed connection. The reminders are cached per data version:
with --write-every S a milestone of the tenant is updated every S seconds during the load (as
users editing would), so the reminder pages after each write compute them again. Goals on the
2-core machine: p95 < 300 ms, no errors.

Usage: .venv/bin/python benchmarks/web_load.py [--duration 60] [--clients 20] [--think 0]
           [--workers 2] [--threads 4] [--write-every 0]
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

DATA_DIR = tempfile.mkdtemp(prefix="vp-web-load-")
os.environ["VENDORPACT_DATA_DIR"] = DATA_DIR  # the tenant's database; the server reads it too
sys.path.insert(0, str(Path(__file__).resolve().parent))

import web_scale  # noqa: E402  (sets Django up on the database above)
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from vendorpact import demo  # noqa: E402
from vendorpact.api.services import create_token  # noqa: E402
from vendorpact.planning.models import Milestone  # noqa: E402

PASSWORD = "load-test-password-4711"
HOST = "127.0.0.1"
CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


# ---- the tenant and the server --------------------------------------------------------------


@dataclass(frozen=True)
class Tenant:
    username: str
    token: str
    org_slug: str
    big_pk: int  # the engagement with 463 invoices
    small_pk: int  # an engagement with a dozen


def build() -> Tenant:
    call_command("createcachetable", verbosity=0)
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    with transaction.atomic():
        demo.load_demo()
        user = demo._demo_user()
        user.set_password(PASSWORD)
        user.save()
        org, engagements = web_scale.build_tenant(user)
    token = create_token(user=user, name="load")[1]
    print(
        f"Built the demo and the large tenant in {time.perf_counter() - start:.1f} s "
        f"(SQLite, {connection.settings_dict['NAME']})",
        flush=True,
    )
    tenant = Tenant(user.username, token, org.slug, engagements[0].pk, engagements[7].pk)
    connection.close()
    return tenant


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(port: int, workers: int, threads: int, log) -> subprocess.Popen:
    command = [sys.executable, "-m", "vendorpact", "serve", "--host", HOST, "--port", str(port)]
    command += ["--workers", str(workers), "--threads", str(threads)]
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(
                f"the server stopped at start (exit {server.returncode}); see {log.name}"
            )
        try:
            probe = http.client.HTTPConnection(HOST, port, timeout=2)
            probe.request("GET", "/healthz")
            if probe.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"the server did not answer /healthz within 60 s; see {log.name}")


def server_cpu_seconds(server: subprocess.Popen) -> float:
    """CPU seconds used so far by the gunicorn workers (Linux /proc): with other programs on the
    machine the latencies grow, the CPU a request costs does not."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    total = 0
    for pid in children:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


# ---- one client -------------------------------------------------------------------------------


def request_mix(tenant: Tenant) -> list[tuple[str, str, int]]:
    """(kind, path, weight): the pages people open most, and the API lists an integration reads."""
    base, api = f"/o/{tenant.org_slug}", f"/api/v1/orgs/{tenant.org_slug}"
    return [
        ("dashboard", f"{base}/", 4),
        ("engagement list", f"{base}/engagements/", 2),
        ("engagement list p5", f"{base}/engagements/?sort=title&page=5", 1),
        ("engagement detail", f"{base}/engagements/{tenant.small_pk}/", 2),
        ("supplier list", f"{base}/suppliers/", 1),
        ("reminders page", f"{base}/reminders/", 2),
        ("budget page (463 invoices)", f"{base}/engagements/{tenant.big_pk}/budget/", 1),
        ("budget page (small)", f"{base}/engagements/{tenant.small_pk}/budget/", 1),
        ("API engagements", f"{api}/engagements", 2),
        ("API reminders", f"{api}/reminders", 1),
        ("API invoices (463)", f"{api}/engagements/{tenant.big_pk}/invoices", 1),
        ("API suppliers", f"{api}/suppliers", 1),
    ]


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, ms: float, ok: bool) -> None:
        with self.lock:
            self.times.setdefault(kind, []).append(ms)
            if not ok:
                self.errors[kind] = self.errors.get(kind, 0) + 1


class Client:
    """One logged-in user on one keep-alive connection (cookies kept by hand)."""

    def __init__(self, port: int, tenant: Tenant) -> None:
        self.port = port
        self.tenant = tenant
        self.cookies: dict[str, str] = {}
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)

    def send(self, method: str, path: str, body: bytes | None = None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        except (http.client.HTTPException, OSError):
            self.connection.close()  # the server closed a kept-alive connection: reconnect once
            self.connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        content = response.read()
        for header in response.msg.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, content

    def log_in(self) -> None:
        status, page = self.send("GET", "/accounts/login/")
        token = CSRF_FIELD.search(page)
        if status != 200 or token is None:
            raise SystemExit(f"no login form (status {status})")
        form = urllib.parse.urlencode(
            {
                "username": self.tenant.username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": token.group(1).decode(),
            }
        ).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://{HOST}:{self.port}/accounts/login/",
        }
        status, _ = self.send("POST", "/accounts/login/", form, headers)
        if status != 302 or "sessionid" not in self.cookies:
            raise SystemExit(f"login refused (status {status})")

    def run(self, mix, until: float, results: Results, seed: int, think: float) -> None:
        chooser = random.Random(seed)
        kinds = [(kind, path) for kind, path, _weight in mix]
        weights = [weight for _kind, _path, weight in mix]
        api_headers = {"Authorization": f"Bearer {self.tenant.token}"}
        while time.perf_counter() < until:
            kind, path = chooser.choices(kinds, weights)[0]
            headers = api_headers if path.startswith("/api/") else {}
            start = time.perf_counter()
            try:
                status, _ = self.send("GET", path, headers=headers)
                ok = status == 200
            except (http.client.HTTPException, OSError):
                ok = False
            results.add(kind, (time.perf_counter() - start) * 1000, ok)
            if think:
                time.sleep(chooser.expovariate(1 / think))


def keep_writing(org_slug: str, every: float, until: float, writes: list[int]) -> None:
    """Every `every` seconds until `until`, a bulk update of one milestone of the tenant: it
    changes the data version, so the next reminder pages compute the reminders again."""
    rows = Milestone.objects.filter(organisation__slug=org_slug)
    pk = rows.order_by("pk").values_list("pk", flat=True)[0]
    try:
        while time.perf_counter() + every < until:
            time.sleep(every)
            rows.filter(pk=pk).update(title=f"Oplevering {len(writes)}")
            writes.append(pk)
    finally:
        connection.close()


# ---- the run ----------------------------------------------------------------------------------


def percentile(sorted_times: list[float], fraction: float) -> float:
    return sorted_times[max(0, round(fraction * len(sorted_times)) - 1)]


def print_table(results: Results, seconds: float) -> None:
    print(
        f"\n{'request':<30} {'count':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'errors':>7}"
    )
    everything = []
    for kind, times in sorted(results.times.items()):
        everything += times
        _row(kind, sorted(times), seconds, results.errors.get(kind, 0))
    _row("overall", sorted(everything), seconds, sum(results.errors.values()))


def _row(kind: str, times: list[float], seconds: float, errors: int) -> None:
    print(
        f"{kind:<30} {len(times):>6} {len(times) / seconds:>7.1f} {percentile(times, 0.5):>8.0f} "
        f"{percentile(times, 0.95):>8.0f} {percentile(times, 0.99):>8.0f} {errors:>7}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (60)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent users (20)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (4)")
    parser.add_argument(
        "--think",
        type=float,
        default=0,
        help="mean seconds a client waits between requests, as a user reading a page "
        "(exponential; default 0: back to back, so latency grows with the queue)",
    )
    parser.add_argument(
        "--write-every",
        type=float,
        default=0,
        help="seconds between writes to a reminder input during the load (default 0: none)",
    )
    args = parser.parse_args()

    tenant = build()
    port = free_port()
    log_path = Path(DATA_DIR) / "server.log"
    with open(log_path, "w") as log:
        server = start_server(port, args.workers, args.threads, log)
        try:
            clients = [Client(port, tenant) for _ in range(args.clients)]
            for client in clients:
                client.log_in()
            print(
                f"gunicorn on {HOST}:{port} ({args.workers} workers x {args.threads} threads); "
                f"{args.clients} clients logged in; {args.duration:.0f} s of load, "
                f"{args.think:g} s between a client's requests...",
                flush=True,
            )
            results = Results()
            mix = request_mix(tenant)
            start = time.perf_counter()
            until = start + args.duration
            threads = [
                threading.Thread(target=client.run, args=(mix, until, results, number, args.think))
                for number, client in enumerate(clients)
            ]
            writes: list[int] = []
            if args.write_every:
                writer = (tenant.org_slug, args.write_every, until, writes)
                threads.append(threading.Thread(target=keep_writing, args=writer))
            cpu_before = server_cpu_seconds(server)
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            cpu = server_cpu_seconds(server) - cpu_before
            print_table(results, time.perf_counter() - start)
            count = sum(len(times) for times in results.times.values())
            print(
                f"\nServer CPU: {cpu:.1f} s over {count} requests, "
                f"{1000 * cpu / max(count, 1):.0f} ms per request; load average "
                f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
            )
            if args.write_every:
                print(f"{len(writes)} writes to a milestone during the load")
            print(f"Server log: {log_path}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
