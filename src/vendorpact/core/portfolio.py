"""An advisor's portfolio: one row per client organisation, the deadlines and overdue actions
across clients, and one supplier's figures across clients against its peers.

Privacy rule: a figure that combines clients is only given when at least `MIN_CLIENTS` client
organisations contribute to it (`Figure.shown`); a withheld figure has value None.

Percentiles interpolate linearly between the closest ranks (rank = p/100 x (n - 1) over the
sorted values, as spreadsheet PERCENTILE.INC does); the median is the 50th percentile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from vendorpact.core.health import Band, band_for

MIN_CLIENTS = 3
WEEK_DAYS = 7
MONTH_DAYS = 30
ZERO = Decimal("0")


# ---- statistics -----------------------------------------------------------------------------


def percentile(values: Iterable[float], p: float) -> float | None:
    """The p-th percentile (0-100) with linear interpolation; None without values."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = p / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Iterable[float]) -> float | None:
    return percentile(values, 50)


def enough_clients(client_ids: Iterable[object]) -> bool:
    """Whether a combined figure may be shown: at least MIN_CLIENTS distinct clients."""
    return len(set(client_ids)) >= MIN_CLIENTS


def share(part: float, whole: float) -> float | None:
    """`part` as a percentage of `whole`, rounded to one decimal; None when whole is 0."""
    return None if not whole else round(100.0 * float(part) / float(whole), 1)


def mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


# ---- the portfolio rows ---------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    due: date
    engagement_id: int
    engagement: str


@dataclass(frozen=True)
class EngagementFacts:
    """What the portfolio reads of one running engagement."""

    engagement_id: int
    title: str
    next_notice_deadline: date | None = None
    coverage_percent: int | None = None
    open_concerns_raised_on: tuple[date, ...] = ()
    sla_measured: int = 0  # responses and resolutions measured in the period
    sla_late: int = 0  # of which over their target
    health_overall: float | None = None  # latest combined health-check score (0-100)
    unapproved_extra_costs: Decimal = ZERO  # reported, not yet approved or rejected
    budget: Decimal = ZERO
    forecast: Decimal = ZERO


@dataclass(frozen=True)
class ClientRow:
    org_id: int
    name: str
    slug: str
    engagements: int
    deadlines: tuple[Deadline, ...]  # next notice deadlines, soonest first
    open_concerns: int
    oldest_concern_days: int | None
    coverage_percent: int | None  # mean over the engagements
    sla_percent: float | None  # met share of the measured items
    health_overall: float | None  # mean over the engagements with a score
    health_band: Band | None
    unapproved_extra_costs: Decimal
    budget_overrun: Decimal  # forecast over budget, summed over the engagements over budget

    @property
    def next_deadline(self) -> date | None:
        return self.deadlines[0].due if self.deadlines else None


def client_row(
    org_id: int, name: str, slug: str, engagements: Sequence[EngagementFacts], today: date
) -> ClientRow:
    deadlines = sorted(
        (
            Deadline(e.next_notice_deadline, e.engagement_id, e.title)
            for e in engagements
            if e.next_notice_deadline is not None
        ),
        key=lambda d: (d.due, d.engagement),
    )
    raised = [day for e in engagements for day in e.open_concerns_raised_on]
    coverages = [e.coverage_percent for e in engagements if e.coverage_percent is not None]
    measured = sum(e.sla_measured for e in engagements)
    late = sum(e.sla_late for e in engagements)
    health = mean([e.health_overall for e in engagements if e.health_overall is not None])
    return ClientRow(
        org_id=org_id,
        name=name,
        slug=slug,
        engagements=len(engagements),
        deadlines=tuple(deadlines),
        open_concerns=len(raised),
        oldest_concern_days=(today - min(raised)).days if raised else None,
        coverage_percent=round(sum(coverages) / len(coverages)) if coverages else None,
        sla_percent=share(measured - late, measured),
        health_overall=health,
        health_band=band_for(health),
        unapproved_extra_costs=sum((e.unapproved_extra_costs for e in engagements), ZERO),
        budget_overrun=sum((overrun(e.budget, e.forecast) for e in engagements), ZERO),
    )


def overrun(budget: Decimal, forecast: Decimal) -> Decimal:
    """How far the forecast exceeds a budget (0 without a budget or within it)."""
    return max(forecast - budget, ZERO) if budget > 0 else ZERO


SORT_KEYS: dict[str, Callable[[ClientRow], object]] = {
    "name": lambda row: row.name.casefold(),
    "deadline": lambda row: row.next_deadline,
    "concerns": lambda row: row.open_concerns,
    "concern_age": lambda row: row.oldest_concern_days,
    "coverage": lambda row: row.coverage_percent,
    "sla": lambda row: row.sla_percent,
    "health": lambda row: row.health_overall,
    "extra_costs": lambda row: row.unapproved_extra_costs,
    "overrun": lambda row: row.budget_overrun,
}

FILTERS: dict[str, Callable[[ClientRow, date], bool]] = {
    "deadline_90": lambda row, today: (
        row.next_deadline is not None and (row.next_deadline - today).days <= 90
    ),
    "concerns": lambda row, today: row.open_concerns > 0,
    "extra_costs": lambda row, today: row.unapproved_extra_costs > 0,
    "overrun": lambda row, today: row.budget_overrun > 0,
    "sla_below_95": lambda row, today: row.sla_percent is not None and row.sla_percent < 95,
    "health_low": lambda row, today: row.health_band == Band.SUPPLIER,
}


def sort_rows(rows: Iterable[ClientRow], key: str, descending: bool = False) -> list[ClientRow]:
    """Rows by `key` (unknown keys sort by name); rows without a value always come last."""
    value_of = SORT_KEYS.get(key, SORT_KEYS["name"])
    known = [row for row in rows if value_of(row) is not None]
    unknown = [row for row in rows if value_of(row) is None]
    known.sort(key=lambda row: (value_of(row), row.name.casefold()), reverse=descending)
    return known + sorted(unknown, key=lambda row: row.name.casefold())


def filter_rows(
    rows: Iterable[ClientRow], today: date, text: str = "", only: str = ""
) -> list[ClientRow]:
    """Rows whose name contains `text` and that pass the named filter (FILTERS)."""
    needle = text.strip().casefold()
    keep = FILTERS.get(only)
    return [
        row for row in rows if needle in row.name.casefold() and (keep is None or keep(row, today))
    ]


# ---- deadlines and overdue actions across clients --------------------------------------------


@dataclass
class Agenda:
    """Items with a `.due` date and an `.overdue` flag, split by when they fall."""

    overdue: list = field(default_factory=list)
    this_week: list = field(default_factory=list)  # today up to today + 6 days
    this_month: list = field(default_factory=list)  # the 23 days after that (30 in all)


def agenda(items: Iterable, today: date) -> Agenda:
    week_end = today + timedelta(days=WEEK_DAYS - 1)
    month_end = today + timedelta(days=MONTH_DAYS - 1)
    result = Agenda()
    for item in sorted(items, key=lambda item: item.due):
        if item.overdue or item.due < today:
            result.overdue.append(item)
        elif item.due <= week_end:
            result.this_week.append(item)
        elif item.due <= month_end:
            result.this_month.append(item)
    return result


# ---- one supplier across clients -------------------------------------------------------------


@dataclass(frozen=True)
class SupplierEngagement:
    """One engagement of a supplier (matched by VAT number) at one client."""

    client_id: int
    engagement_id: int
    kind: str
    years: float = 0.0  # engagement-years (start up to its end or today); 0 without a start
    concerns: int = 0
    sla_measured: int = 0
    sla_late: int = 0
    credits_eur: float | None = None  # service credits due; None without availability terms
    budget: Decimal = ZERO
    extra_costs: Decimal = ZERO  # approved or invoiced extra costs
    client_health: float | None = None
    supplier_health: float | None = None
    response_seconds: tuple[float, ...] = ()
    resolution_seconds: tuple[float, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A combined figure: its value only when enough clients contribute (else None)."""

    value: float | None
    clients: int

    @property
    def withheld(self) -> bool:
        return self.clients > 0 and self.value is None


METRICS = (
    "sla_percent",
    "credits_per_engagement",
    "response_p50",
    "response_p90",
    "resolution_p50",
    "resolution_p90",
    "extra_cost_share",
    "concerns_per_year",
    "client_health",
    "supplier_health",
)


@dataclass(frozen=True)
class SupplierFigures:
    key: str  # the VAT number
    kind: str  # the kind most of its engagements have
    clients: int
    engagements: int
    figures: dict[str, Figure]


def _figure(rows: Sequence[SupplierEngagement], compute) -> Figure:
    clients = {row.client_id for row in rows}
    value = compute(rows) if rows and enough_clients(clients) else None
    return Figure(value, len(clients))


def _sla(rows):
    return share(sum(r.sla_measured - r.sla_late for r in rows), sum(r.sla_measured for r in rows))


def _credits(rows):
    return round(sum(r.credits_eur for r in rows) / len(rows), 2)


def _seconds(attribute: str, p: float):
    return lambda rows: percentile([s for r in rows for s in getattr(r, attribute)], p)


def _extra_share(rows):
    return share(sum(r.extra_costs for r in rows), sum(r.budget for r in rows))


def _concerns_per_year(rows):
    years = sum(r.years for r in rows)
    return round(sum(r.concerns for r in rows) / years, 2) if years else None


def _health(attribute: str):
    return lambda rows: mean([getattr(r, attribute) for r in rows])


# Per metric: which engagements contribute, and how the figure is computed from them.
_METRIC_RULES = {
    "sla_percent": (lambda r: r.sla_measured > 0, _sla),
    "credits_per_engagement": (lambda r: r.credits_eur is not None, _credits),
    "response_p50": (lambda r: bool(r.response_seconds), _seconds("response_seconds", 50)),
    "response_p90": (lambda r: bool(r.response_seconds), _seconds("response_seconds", 90)),
    "resolution_p50": (lambda r: bool(r.resolution_seconds), _seconds("resolution_seconds", 50)),
    "resolution_p90": (lambda r: bool(r.resolution_seconds), _seconds("resolution_seconds", 90)),
    "extra_cost_share": (lambda r: r.budget > 0, _extra_share),
    "concerns_per_year": (lambda r: r.years > 0, _concerns_per_year),
    "client_health": (lambda r: r.client_health is not None, _health("client_health")),
    "supplier_health": (lambda r: r.supplier_health is not None, _health("supplier_health")),
}


def main_kind(rows: Sequence[SupplierEngagement]) -> str:
    """The kind most engagements have (ties: the alphabetically first kind)."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.kind] = counts.get(row.kind, 0) + 1
    return min(counts, key=lambda kind: (-counts[kind], kind)) if counts else ""


def supplier_figures(key: str, rows: Sequence[SupplierEngagement]) -> SupplierFigures:
    figures = {
        name: _figure([r for r in rows if contributes(r)], compute)
        for name, (contributes, compute) in _METRIC_RULES.items()
    }
    return SupplierFigures(
        key=key,
        kind=main_kind(rows),
        clients=len({r.client_id for r in rows}),
        engagements=len(rows),
        figures=figures,
    )


def peer_medians(subject: SupplierFigures, others: Iterable[SupplierFigures]) -> dict:
    """Per metric, the median of the shown figures of the other suppliers of the same kind
    (None when none of them has the figure); each of those figures is itself combined over
    enough clients, so the median names no client."""
    peers = [o for o in others if o.key != subject.key and o.kind == subject.kind]
    result = {}
    for name in METRICS:
        values = [p.figures[name].value for p in peers if p.figures[name].value is not None]
        result[name] = median(values)
    return result


def by_supplier(rows: Iterable[tuple[str, SupplierEngagement]]) -> dict[str, SupplierFigures]:
    """Figures per supplier key from (key, engagement) pairs."""
    grouped: dict[str, list[SupplierEngagement]] = {}
    for key, row in rows:
        grouped.setdefault(key, []).append(row)
    return {key: supplier_figures(key, group) for key, group in grouped.items()}


def engagement_years(start: date | None, end: date | None, today: date) -> float:
    """Years from `start` up to `end` (or today when it has not ended yet); 0 without a start
    or when it has not started."""
    if start is None:
        return 0.0
    last = min(end, today) if end else today
    return max((last - start).days, 0) / 365.25


def vat_key(raw: str) -> str:
    """The matching key of a VAT number: upper case without spaces, dots or dashes; "" for none.
    Suppliers without a VAT number are never matched (names alone do not identify)."""
    return "".join(raw.split()).upper().replace(".", "").replace("-", "")


def counts_by_key(rows: Mapping[str, SupplierFigures]) -> list[SupplierFigures]:
    """Suppliers by number of clients (most first), then key."""
    return sorted(rows.values(), key=lambda s: (-s.clients, s.key))
