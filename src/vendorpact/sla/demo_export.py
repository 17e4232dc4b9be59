"""A realistic Zendesk-style ticket export, its status history and a downtime log (seeded).

Used by the demo and the tests: ~150 tickets over the last four months on NetCare's contract
calendar, with some late responses and resolutions, waiting-for-customer pauses, third-party
waits, a reopened ticket, a few open tickets, and one month whose availability is below target.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from vendorpact.core.sla.policy import SlaPolicy

HOUR = 3600
ZENDESK_HEADER = [
    "ID",
    "Requester",
    "Group",
    "Subject",
    "Tags",
    "Status",
    "Priority",
    "Via",
    "Created at",
    "Updated at",
    "Solved at",
    "Reopens",
    "Replies",
    "First reply time in minutes",
    "Full resolution time in minutes",
]
PRIORITIES = [
    ("Urgent", "P1", 0.08),
    ("High", "P2", 0.22),
    ("Normal", "P3", 0.5),
    ("Low", "P4", 0.2),
]
SUBJECTS = [
    "Kassa filiaal {shop} start niet op",
    "Bestellingen webshop komen niet door",
    "Printer in {shop} drukt niet af",
    "Wifi valt weg in {shop}",
    "Nieuwe medewerker: account en laptop",
    "Outlook vraagt telkens om wachtwoord",
    "VPN-verbinding lukt niet vanuit thuis",
    "Back-up meldt fout op fileserver",
    "Scanner bakkerij {shop} niet gevonden",
    "Licentie boekhoudpakket verlopen",
    "Traag netwerk in {shop}",
    "Telefooncentrale: doorschakeling aanpassen",
]
SHOPS = ["Mechelen", "Lier", "Duffel", "Bonheiden", "Sint-Katelijne-Waver", "Willebroek"]
REQUESTERS = ["Els Verhaegen", "Koen Maes", "Ann De Wit", "Jonas Peeters", "Sarah Wouters"]


@dataclass
class DemoExport:
    tickets_csv: str
    events_csv: str
    downtime_csv: str
    ticket_ids: list[str] = field(default_factory=list)
    below_target_month: str = ""  # YYYY-MM of the long outage


def _local(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def _month_starts(today: dt.date, count: int) -> list[dt.date]:
    year, month = today.year, today.month
    starts = []
    for _ in range(count):
        starts.append(dt.date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return starts[::-1]


def _created(rng: random.Random, policy: SlaPolicy, first: dt.date, now: dt.datetime):
    zone = policy.calendar.zone
    last = min(now.date(), (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1))
    for _attempt in range(10_000):
        day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
        hour = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 20])
        moment = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=zone)
        if moment < now - dt.timedelta(hours=2) and (day.weekday() < 5 or rng.random() < 0.1):
            return moment
    raise ValueError(f"no moment in the past in the month of {first}")


def _target(policy: SlaPolicy, priority: str, which: str) -> float:
    return getattr(policy.priorities[priority], which).seconds


class _Timeline:
    """Status changes of one ticket, moving forward in business time."""

    def __init__(self, policy: SlaPolicy, created: dt.datetime) -> None:
        self.calendar = policy.calendar
        self.events: list[tuple[dt.datetime, str]] = [(created, "new")]
        self.at = created

    def after(self, business_seconds: float) -> dt.datetime:
        self.at = self.calendar.add_business_time(self.at, business_seconds)
        return self.at

    def status(self, status: str) -> None:
        self.events.append((self.at, status))


def _ticket(rng, policy, created):
    raw, priority, _ = rng.choices(PRIORITIES, weights=[p[2] for p in PRIORITIES])[0]
    response_target = _target(policy, priority, "response")
    resolution_target = _target(policy, priority, "resolution")
    late_response = rng.random() < 0.08
    line = _Timeline(policy, created)
    response = line.after(
        response_target * (rng.uniform(1.1, 2.5) if late_response else rng.uniform(0.1, 0.9))
    )
    line.status("open")
    used = line.calendar.business_seconds(created, response)
    late_resolution = rng.random() < 0.1
    share = rng.uniform(1.1, 1.8) if late_resolution else rng.uniform(0.2, 0.95)
    remaining = max(resolution_target * share - used, 60)
    kind = rng.random()
    if kind < 0.18:  # waits for the customer: paused
        line.after(remaining * 0.4)
        line.status("pending")
        line.after(rng.uniform(2, 14) * HOUR)
        line.status("open")
        remaining *= 0.6
    elif kind < 0.26:  # waits for a third party (e.g. a hardware vendor): not paused
        line.after(remaining * 0.3)
        line.status("hold")
        line.after(remaining * 0.4)
        line.status("open")
        remaining *= 0.3
    line.after(remaining)
    line.status("solved")
    return raw, response, line


def _row(rng, number, raw, created, response, line, now, zone, reopens=0):
    solved = line.at if line.at <= now else None
    events = [(at, status) for at, status in line.events if at <= now]
    status = (
        "closed" if solved and (now - solved).days > 4 else (events[-1][1] if events else "new")
    )
    if solved is None and status == "solved":
        status = "open"
    replied = response if response <= now else None
    shop = rng.choice(SHOPS)
    row = {
        "ID": str(number),
        "Requester": rng.choice(REQUESTERS),
        "Group": "Servicedesk",
        "Subject": rng.choice(SUBJECTS).format(shop=shop),
        "Tags": f"filiaal_{shop.lower().replace('-', '_')}",
        "Status": status.capitalize(),
        "Priority": raw,
        "Via": rng.choice(["Mail", "Web form", "Phone call (incoming)"]),
        "Created at": _local(created, zone),
        "Updated at": _local(min(line.at, now), zone),
        "Solved at": _local(solved, zone) if solved else "",
        "Reopens": str(reopens),
        "Replies": str(rng.randint(1, 6)),
        "First reply time in minutes": (
            str(round((replied - created).total_seconds() / 60)) if replied else ""
        ),
        "Full resolution time in minutes": (
            str(round((solved - created).total_seconds() / 60)) if solved else ""
        ),
    }
    return row, events


def _reopen(line: _Timeline, rng) -> None:
    """Solved too early: the customer reopens it the next working day."""
    line.after(rng.uniform(3, 6) * HOUR)
    line.status("open")
    line.after(rng.uniform(2, 5) * HOUR)
    line.status("solved")


def build_export(
    policy: SlaPolicy,
    now: dt.datetime,
    seed: int = 2026,
    count: int = 150,
    months: int = 4,
    first_number: int = 4100,
):
    """The Zendesk CSV, the status history CSV and the downtime log CSV, as text: ``count``
    tickets (numbered from ``first_number``) created over the last ``months`` months (the
    current one included)."""
    rng = random.Random(seed)
    zone = policy.calendar.zone
    today = now.astimezone(zone).date()
    # the current month only once it has a few days behind it
    starts = _month_starts(today if today.day >= 3 else today - dt.timedelta(days=3), months)
    created_moments = sorted(_created(rng, policy, rng.choice(starts), now) for _ in range(count))
    tickets, events = io.StringIO(), io.StringIO()
    writer = csv.DictWriter(tickets, ZENDESK_HEADER, lineterminator="\n")
    writer.writeheader()
    history = csv.writer(events, lineterminator="\n")
    history.writerow(["id", "at", "status"])
    ids = []
    reopened = count // 3
    for index, created in enumerate(created_moments):
        number = first_number + index
        raw, response, line = _ticket(rng, policy, created)
        if index == reopened:
            _reopen(line, rng)
        row, row_events = _row(
            rng, number, raw, created, response, line, now, zone, int(index == reopened)
        )
        writer.writerow(row)
        history.writerows([number, _local(at, zone), status] for at, status in row_events)
        ids.append(str(number))
    downtime = _downtime_log(rng, starts, now, zone)
    return DemoExport(
        tickets.getvalue(), events.getvalue(), downtime, ids, starts[1].strftime("%Y-%m")
    )


def _downtime_log(rng, months: list[dt.date], now: dt.datetime, zone: ZoneInfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["start", "end", "scope", "planned", "reference"])
    bad_month = months[1]
    for month in months:
        outages = [(rng.randint(3, 26), rng.randint(9, 16), rng.randint(5, 35), False)]
        outages.append((rng.randint(3, 26), 22, 120, True))  # planned maintenance window
        if month == bad_month:
            outages.append((12, 10, 400, False))  # SAN controller failure
        for day, hour, minutes, planned in outages:
            start = dt.datetime(month.year, month.month, day, hour, rng.randrange(60), tzinfo=zone)
            end = start + dt.timedelta(minutes=minutes)
            if end > now:
                continue
            reference = (
                "Gepland onderhoud: updates servers"
                if planned
                else rng.choice(["Storing internetlijn", "Firewall herstart", "Storing SAN"])
            )
            writer.writerow(
                [start.strftime("%d/%m/%Y %H:%M"), end.strftime("%d/%m/%Y %H:%M")]
                + ["servers en netwerk", "ja" if planned else "nee", reference]
            )
    return out.getvalue()
