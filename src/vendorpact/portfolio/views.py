"""The portfolio across the user's organisations, and one supplier across those clients."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from vendorpact.core import portfolio as core
from vendorpact.portfolio.labels import FILTER_LABELS, SORT_LABELS
from vendorpact.portfolio.rows import agenda_rows
from vendorpact.portfolio.sources import has_portfolio, portfolio_for
from vendorpact.portfolio.suppliers import supplier_portfolio

SORT_CHOICES = tuple(core.SORT_KEYS)
FILTER_CHOICES = tuple(core.FILTERS)


def _lang() -> str:
    return (get_language() or "nl")[:2]


def _require_portfolio(user) -> None:
    """Only a user with two or more organisations has a portfolio."""
    if not has_portfolio(user):
        raise Http404


@login_required
def portfolio_page(request):
    _require_portfolio(request.user)
    today = timezone.localdate()
    portfolio = portfolio_for(request.user, today)
    sort = request.GET.get("sort", "name")
    sort = sort if sort in SORT_CHOICES else "name"
    descending = request.GET.get("dir") == "desc"
    only = request.GET.get("only", "")
    text = request.GET.get("q", "")
    rows = core.filter_rows(portfolio.rows, today, text=text, only=only)
    context = {
        "rows": core.sort_rows(rows, sort, descending),
        "total": len(portfolio.rows),
        "agenda": agenda_rows(portfolio.reminders, today, _lang()),
        "months": portfolio.months,
        "sort": sort,
        "descending": descending,
        "only": only if only in FILTER_CHOICES else "",
        "q": text,
        "today": today,
        "filters": list(FILTER_LABELS.items()),
        "sorts": list(SORT_LABELS.items()),
    }
    return render(request, "portfolio/portfolio.html", context)


@login_required
def supplier_list(request):
    _require_portfolio(request.user)
    suppliers = supplier_portfolio(request.user, timezone.localdate())
    rows = [
        {"figures": figures, "name": suppliers.names[figures.key]}
        for figures in core.counts_by_key(suppliers.figures)
    ]
    return render(request, "portfolio/suppliers.html", {"rows": rows})


@login_required
def supplier_detail(request, vat):
    _require_portfolio(request.user)
    suppliers = supplier_portfolio(request.user, timezone.localdate())
    subject = suppliers.figures.get(core.vat_key(vat))
    if subject is None:
        raise Http404
    medians = core.peer_medians(subject, suppliers.figures.values())
    metrics = [
        {"name": name, "figure": subject.figures[name], "median": medians[name]}
        for name in core.METRICS
    ]
    context = {
        "supplier": subject,
        "name": suppliers.names[subject.key],
        "metrics": metrics,
        "engagements": suppliers.engagements[subject.key],
        "min_clients": core.MIN_CLIENTS,
    }
    return render(request, "portfolio/supplier.html", context)
