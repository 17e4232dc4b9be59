from datetime import date
from decimal import Decimal

from ninja import Schema


class DeadlineOut(Schema):
    due: date
    engagement_id: int
    engagement: str


class ClientOut(Schema):
    slug: str
    name: str
    engagements: int
    next_notice_deadlines: list[DeadlineOut]
    open_concerns: int
    oldest_concern_days: int | None
    checklist_coverage_percent: int | None
    sla_compliance_percent: float | None
    health_score: float | None
    health_band: str | None
    unapproved_extra_costs: Decimal
    budget_overrun: Decimal


class AgendaItemOut(Schema):
    org_slug: str
    due: date
    overdue: bool
    kind: str
    title: str
    path: str


class PortfolioOut(Schema):
    sla_months: list[str]
    clients: list[ClientOut]
    overdue: list[AgendaItemOut]
    this_week: list[AgendaItemOut]
    this_month: list[AgendaItemOut]


class FigureOut(Schema):
    name: str
    value: float | None
    clients: int
    withheld: bool
    peer_median: float | None


class PortfolioSupplierOut(Schema):
    vat_number: str
    name: str
    kind: str
    clients: int
    engagements: int
    figures: list[FigureOut]
