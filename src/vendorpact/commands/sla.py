"""`vendorpact sla evaluate`: evaluate a tickets export against an SLA policy JSON.

Formats are documented in docs/sla-formats.md. The generic tickets CSV is streamed in chunks
through the vectorised engine; exports of known helpdesks (Jira, Zendesk, Freshdesk, TOPdesk,
GLPI, ServiceNow) are recognised by their header and evaluated ticket by ticket.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator

import numpy as np

from vendorpact.core.sla.availability import Downtime
from vendorpact.core.sla.calendar import CalendarError
from vendorpact.core.sla.evaluate import evaluate_ticket
from vendorpact.core.sla.imports.downtime import import_downtime
from vendorpact.core.sla.imports.tickets import (
    ExportFormatError,
    RowError,
    attach_events,
    import_events,
    import_tickets,
)
from vendorpact.core.sla.monthly import MonthlyCompliance
from vendorpact.core.sla.outcome import outcome_code
from vendorpact.core.sla.output import WRITERS, OutputChunk, Summary
from vendorpact.core.sla.policy import PolicyError, SlaPolicy
from vendorpact.core.sla.stream import (
    CsvLayoutError,
    EventTable,
    is_generic_tickets_csv,
    iter_generic_chunks,
)
from vendorpact.core.textfiles import refuse_archive

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(subparsers) -> None:
    parser = subparsers.add_parser("sla", help="service-level evaluation")
    commands = parser.add_subparsers(dest="sla_command", metavar="SLA_COMMAND")
    evaluate = commands.add_parser("evaluate", help="evaluate tickets against an SLA policy")
    evaluate.add_argument("--policy", required=True, help="policy JSON file")
    evaluate.add_argument("--tickets", required=True, help="tickets CSV/XLSX export")
    evaluate.add_argument("--events", help="status changes CSV (id,at,status)")
    evaluate.add_argument("--format", choices=("text", "json", "csv"), default="text")
    evaluate.add_argument(
        "--now",
        help="ISO 8601 evaluation moment: open tickets past their target count as breaches "
        "(default: the current time, used only for the time left)",
    )
    evaluate.add_argument(
        "--strict", action="store_true", help="refuse the whole file if any row is bad"
    )
    evaluate.add_argument("--output", help="write to this file instead of standard output")
    evaluate.add_argument(
        "--downtime", help="downtime log CSV: adds availability and service credits per month"
    )
    parser.set_defaults(func=run)
    evaluate.set_defaults(func=run)


def _today(now_epoch: float | None) -> dt.date | None:
    """The day the file is read, for the plausible timestamp window (None: today)."""
    return None if now_epoch is None else dt.datetime.fromtimestamp(now_epoch, dt.UTC).date()


def _generic_chunks(policy, args, now_epoch, errors) -> Iterator[OutputChunk]:
    today = _today(now_epoch)
    events = EventTable.from_csv(args.events, policy, errors, today=today) if args.events else None
    for chunk in iter_generic_chunks(policy, args.tickets, events, now_epoch, errors):
        result = chunk.result
        yield OutputChunk(
            None if chunk.id_bytes is not None else chunk.ids,
            chunk.priorities,
            chunk.created,
            result.response_seconds,
            result.resolution_seconds,
            result.response_breached,
            result.resolution_breached,
            result.response_remaining_seconds,
            result.resolution_remaining_seconds,
            chunk.id_bytes,
            chunk.priority_index,
            chunk.priority_keys,
        )


def _export_chunks(policy, args, now_epoch, errors) -> Iterator[OutputChunk]:
    imported = import_tickets(
        args.tickets,
        timezone=policy.calendar.timezone,
        priority_resolver=policy.resolve_priority,
        imported_on=_today(now_epoch),
    )
    errors.extend(imported.errors)
    tickets = imported.tickets
    if args.events:
        events, event_errors = import_events(
            args.events, policy.calendar.timezone, imported_on=_today(now_epoch)
        )
        errors.extend(event_errors)
        tickets = attach_events(tickets, events)
    now = None if now_epoch is None else dt.datetime.fromtimestamp(now_epoch, dt.UTC)
    results = [evaluate_ticket(ticket, policy, now) for ticket in tickets]
    yield OutputChunk(
        [r.id for r in results],
        [r.priority for r in results],
        np.array([r.created for r in results], dtype=np.float64),
        _floats([r.response_seconds for r in results]),
        _floats([r.resolution_seconds for r in results]),
        _codes([(r.response_breached, r.response_seconds) for r in results]),
        _codes([(r.resolution_breached, r.resolution_seconds) for r in results]),
        _floats([r.response_remaining_seconds for r in results]),
        _floats([r.resolution_remaining_seconds for r in results]),
    )


def _codes(flags: list[tuple[bool | None, float | None]]) -> np.ndarray:
    return np.array([outcome_code(flag, seconds) for flag, seconds in flags], dtype=np.int8)


def _floats(values: list) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


def _chunks(policy, args, now_epoch, errors) -> Iterator[OutputChunk]:
    if str(args.tickets).lower().endswith(".csv") and is_generic_tickets_csv(args.tickets):
        return _generic_chunks(policy, args, now_epoch, errors)
    return _export_chunks(policy, args, now_epoch, errors)


def _report_errors(errors: list[RowError]) -> None:
    for error in errors[:50]:
        detail = f" ({error.field}={error.value!r})" if error.field else ""
        print(f"line {error.line}: {error.code}{detail}", file=sys.stderr)
    if len(errors) > 50:
        print(f"... {len(errors) - 50} more bad rows", file=sys.stderr)


def _now_epoch(text: str | None) -> float | None:
    if not text:
        return dt.datetime.now(dt.UTC).timestamp()
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("--now needs a time zone offset, e.g. 2026-03-31T17:00:00+02:00")
    return moment.timestamp()


def _validate_only(policy, args, now_epoch) -> list[RowError]:
    errors: list[RowError] = []
    for _ in _chunks(policy, args, now_epoch, errors):
        pass
    return errors


def _load_downtime(policy: SlaPolicy, path: str, errors: list[RowError]) -> list[Downtime]:
    if policy.availability is None:
        raise PolicyError("policy.availability_missing", "--downtime needs availability terms")
    downtimes, downtime_errors = import_downtime(path, policy.calendar.timezone)
    errors.extend(downtime_errors)
    return downtimes


def _refuse_archives(args: argparse.Namespace) -> None:
    """A ``.csv.gz`` read as text would fail with a codec error naming no cause."""
    for path in (args.tickets, args.events, args.downtime):
        if path and not str(path).lower().endswith(".xlsx"):
            refuse_archive(path)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "sla_command", None) != "evaluate":
        print("usage: vendorpact sla evaluate --policy P --tickets T [...]", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        _refuse_archives(args)
        policy = SlaPolicy.load(args.policy)
        now_epoch = _now_epoch(args.now)
        if args.strict:
            errors = _validate_only(policy, args, now_epoch)
            if errors:
                _report_errors(errors)
                print(f"{len(errors)} bad row(s); nothing evaluated (--strict)", file=sys.stderr)
                return EXIT_BAD_INPUT
        errors = []
        summary = Summary(policy, MonthlyCompliance(policy.calendar.timezone))
        if args.downtime:
            summary.downtimes = _load_downtime(policy, args.downtime, errors)
        chunks = _chunks(policy, args, now_epoch, errors)
        if not args.now:  # open tickets are judged only as of an explicit moment
            chunks = (chunk.open_items_not_judged() for chunk in chunks)
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                WRITERS[args.format](chunks, out, summary)
        else:
            WRITERS[args.format](chunks, sys.stdout, summary)
    except (PolicyError, CalendarError, CsvLayoutError, ExportFormatError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if errors:
        _report_errors(errors)
        print(f"{len(errors)} bad row(s) skipped", file=sys.stderr)
    return EXIT_OK
