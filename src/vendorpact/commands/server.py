"""`vendorpact serve` (gunicorn, or Django's development server with --dev) and `vendorpact worker`
(the database-backed task queue's worker)."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys

from vendorpact.commands.web import migrate, setup_django


def default_workers() -> int:
    return int(os.environ.get("VENDORPACT_WEB_WORKERS", "2"))


def default_threads() -> int:
    return int(os.environ.get("VENDORPACT_WEB_THREADS", "4"))


def gunicorn_options(args) -> dict:
    return {
        "bind": f"{args.host}:{args.port}",
        "workers": args.workers,
        "threads": args.threads,
        "timeout": int(os.environ.get("VENDORPACT_WEB_TIMEOUT", "120")),
        "accesslog": "-",
        "errorlog": "-",
        "access_log_format": '%(h)s "%(r)s" %(s)s %(b)s %(M)sms',
        "forwarded_allow_ips": os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    }


def loaded_application():
    """The WSGI application with every view, API router and schema imported (the URL
    configuration loaded), and the objects alive at that point moved out of the garbage
    collector's reach (gc.freeze): they live as long as the worker, yet each full collection
    would otherwise walk all of them again (~280,000 objects, ~140 ms of CPU each time)."""
    from django.urls import get_resolver

    from vendorpact.wsgi import application

    get_resolver().url_patterns  # noqa: B018 - imports the URL configuration
    gc.collect()
    gc.freeze()
    return application


def run_gunicorn(options: dict) -> None:
    from gunicorn.app.base import BaseApplication

    class VendorPactServer(BaseApplication):
        def load_config(self):
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            # In each worker (the application is not preloaded in the master).
            return loaded_application()

    VendorPactServer().run()


def start_worker_process() -> subprocess.Popen:
    """One task worker beside the server (the `make run` set-up)."""
    return subprocess.Popen([sys.executable, "-m", "vendorpact", "worker"])


def run_serve(args) -> int:
    setup_django()
    migrate()
    if args.demo:
        from vendorpact import demo

        created = demo.load_demo_if_empty()
        print(demo.login_banner(created, args.host, args.port), flush=True)
    worker = start_worker_process() if args.with_worker else None
    try:
        if args.dev:
            from django.core.management import call_command

            call_command("runserver", f"{args.host}:{args.port}", use_threading=True)
        else:
            run_gunicorn(gunicorn_options(args))
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
    return 0


def run_worker(args) -> int:
    setup_django()
    migrate()
    from django.core.management import call_command

    from vendorpact.analysis.services import fail_interrupted
    from vendorpact.budget.invoice_tasks import fail_interrupted as fail_interrupted_invoices
    from vendorpact.reports.runs import fail_interrupted_runs
    from vendorpact.sla.import_tasks import fail_interrupted as fail_interrupted_imports
    from vendorpact.sla.results import recompute_pending

    interrupted = fail_interrupted()
    if interrupted:
        print(f"{interrupted} interrupted analysis(es) marked failed", flush=True)
    interrupted = fail_interrupted_imports() + fail_interrupted_invoices()
    if interrupted:
        print(f"{interrupted} interrupted import(s) marked failed", flush=True)
    interrupted_reports = fail_interrupted_runs()
    if interrupted_reports:
        print(f"{interrupted_reports} interrupted report build(s) marked failed", flush=True)
    # After an upgrade (or a crash) stored SLA figures may wait: catch up before taking tasks.
    recomputed = recompute_pending()
    if recomputed:
        print(f"SLA figures of {recomputed} engagement(s) recomputed", flush=True)
    options = {"batch": args.batch, "reload": False, "interval": args.interval}
    call_command("db_worker", verbosity=1, **options)
    return 0


def register(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="migrate the database and start the web app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--demo",
        action="store_true",
        help="load the demo organisation first if the database is empty",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=default_workers(),
        help="web worker processes (default: $VENDORPACT_WEB_WORKERS or 2)",
    )
    serve.add_argument(
        "--threads",
        type=int,
        default=default_threads(),
        help="threads per web worker (default: $VENDORPACT_WEB_THREADS or 4)",
    )
    serve.add_argument(
        "--with-worker",
        dest="with_worker",
        action="store_true",
        help="also start one task worker (analyses, large imports) and stop it with the server",
    )
    serve.add_argument(
        "--dev",
        action="store_true",
        help="Django's autoreloading development server instead of gunicorn",
    )
    serve.set_defaults(func=run_serve)

    worker = subparsers.add_parser(
        "worker", help="run queued background tasks (document analysis, large imports)"
    )
    worker.add_argument(
        "--batch", action="store_true", help="run what is queued, then exit (for cron)"
    )
    worker.add_argument(
        "--interval", type=float, default=1.0, help="seconds between polls of an empty queue"
    )
    worker.set_defaults(func=run_worker)
