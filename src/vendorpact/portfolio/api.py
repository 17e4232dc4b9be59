"""API: the token user's portfolio across their organisations (user-scoped, not per org)."""

from django.http import Http404
from django.utils import timezone
from ninja import Router

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.messages import lang
from vendorpact.core import portfolio as core
from vendorpact.portfolio.rows import agenda_rows
from vendorpact.portfolio.schemas import PortfolioOut, PortfolioSupplierOut
from vendorpact.portfolio.sources import has_portfolio, portfolio_for
from vendorpact.portfolio.suppliers import supplier_portfolio

router = Router()


def _require_portfolio(user) -> None:
    if not has_portfolio(user):
        raise Http404


@router.get("/portfolio", response={200: PortfolioOut, **ERRORS}, tags=["portfolio"])
def get_portfolio(request):
    _require_portfolio(request.auth)
    today = timezone.localdate()
    portfolio = portfolio_for(request.auth, today)
    agenda = agenda_rows(portfolio.reminders, today, lang())
    return {
        "sla_months": portfolio.months,
        "clients": [client_out(row) for row in portfolio.rows],
        "overdue": [agenda_item_out(item) for item in agenda.overdue],
        "this_week": [agenda_item_out(item) for item in agenda.this_week],
        "this_month": [agenda_item_out(item) for item in agenda.this_month],
    }


def client_out(row: core.ClientRow) -> dict:
    return {
        "slug": row.slug,
        "name": row.name,
        "engagements": row.engagements,
        "next_notice_deadlines": [
            {"due": d.due, "engagement_id": d.engagement_id, "engagement": d.engagement}
            for d in row.deadlines
        ],
        "open_concerns": row.open_concerns,
        "oldest_concern_days": row.oldest_concern_days,
        "checklist_coverage_percent": row.coverage_percent,
        "sla_compliance_percent": row.sla_percent,
        "health_score": row.health_overall,
        "health_band": str(row.health_band) if row.health_band else None,
        "unapproved_extra_costs": row.unapproved_extra_costs,
        "budget_overrun": row.budget_overrun,
    }


def agenda_item_out(item) -> dict:
    return {
        "org_slug": item.org.slug,
        "due": item.due,
        "overdue": item.overdue,
        "kind": item.kind,
        "title": item.title,
        "path": item.path,
    }


@router.get(
    "/portfolio/suppliers/{vat}", response={200: PortfolioSupplierOut, **ERRORS}, tags=["portfolio"]
)
def get_supplier(request, vat: str):
    _require_portfolio(request.auth)
    suppliers = supplier_portfolio(request.auth, timezone.localdate())
    subject = suppliers.figures.get(core.vat_key(vat))
    if subject is None:
        raise Http404
    medians = core.peer_medians(subject, suppliers.figures.values())
    figures = [
        {
            "name": name,
            "value": subject.figures[name].value,
            "clients": subject.figures[name].clients,
            "withheld": subject.figures[name].withheld,
            "peer_median": medians[name],
        }
        for name in core.METRICS
    ]
    return {
        "vat_number": subject.key,
        "name": suppliers.names[subject.key],
        "kind": subject.kind,
        "clients": subject.clients,
        "engagements": subject.engagements,
        "figures": figures,
    }
