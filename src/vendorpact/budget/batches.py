"""Invoice import batches (reads only): same file imported before, invoices dated outside the
engagement, and what removing a batch would remove."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum

from vendorpact.budget.models import (
    Invoice,
    InvoiceImport,
    InvoiceImportState,
    InvoiceLine,
    MatchState,
)
from vendorpact.core.import_batches import OutsidePeriod, engagement_period, outside_period


@dataclass(frozen=True)
class InvoiceBatchContents:
    """What an imported invoice file added and would be removed with it."""

    invoices: int
    lines: int
    matched_lines: int  # lines confirmed on a budget line or extra cost
    total_excl_vat: Decimal
    extra_costs: int  # extra costs booked through these lines: their status stays as it is


def earlier_import(engagement, sha256: str, exclude=None) -> InvoiceImport | None:
    """The latest import of the very same file into this engagement that is still in place."""
    found = InvoiceImport.objects.of_engagement(engagement).filter(
        sha256=sha256, removed_at__isnull=True
    )
    if exclude is not None:
        found = found.exclude(pk=exclude.pk)
    return found.select_related("created_by").order_by("-created_at", "-pk").first()


def outside_engagement(engagement, dates) -> OutsidePeriod:
    """Invoice dates before the engagement's start or after its end."""
    return outside_period(dates, engagement_period(engagement.terms))


def batch_contents(batch: InvoiceImport) -> InvoiceBatchContents:
    scope = {"organisation_id": batch.organisation_id}
    invoices = Invoice.objects.filter(source_import=batch, **scope)
    lines = InvoiceLine.objects.filter(invoice__in=invoices, **scope)
    matched = lines.filter(match_state=MatchState.CONFIRMED)
    total = invoices.aggregate(total=Sum("total_excl_vat"))["total"] or Decimal(0)
    extra_costs = matched.exclude(extra_cost=None).values("extra_cost").distinct().count()
    return InvoiceBatchContents(
        invoices=invoices.count(),
        lines=lines.count(),
        matched_lines=matched.count(),
        total_excl_vat=total,
        extra_costs=extra_costs,
    )


def can_remove(batch: InvoiceImport) -> bool:
    """Once: a batch imported, or one whose import failed part-way (what it wrote stays with
    it); not while its task still writes."""
    return batch.removed_at is None and batch.state != InvoiceImportState.IMPORTING
