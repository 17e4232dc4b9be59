"""Build many engagements with everything the list pages read, to check that a page's number of
queries does not grow with the number of engagements."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vendorpact.budget.models import BudgetLine, ExtraCost, Invoice, InvoiceLine
from vendorpact.concerns.models import Concern, ConcernEvent, ExitPlan, ExitTask
from vendorpact.engagements.models import ChecklistEntry, Engagement
from vendorpact.health.models import HealthCheck, HealthLink
from vendorpact.planning.models import Milestone
from vendorpact.suppliers.models import Supplier

TODAY = date(2026, 12, 4)
KINDS = ("project", "maintenance", "saas", "tm")


def add_engagements(org, count: int, start: int = 0) -> list:
    """`count` running engagements of `org`, each with its own supplier, checklist entries, a
    milestone due soon, an ageing concern with an event, an extra cost awaiting approval, an exit
    task due soon, a health check with an expiring link, a budget line and an invoice."""
    created = []
    for number in range(start, start + count):
        supplier = Supplier.objects.create(organisation=org, name=f"Leverancier {number:03d} BV")
        engagement = Engagement.objects.create(
            organisation=org,
            supplier=supplier,
            title=f"Opdracht {number:03d}",
            kind=KINDS[number % len(KINDS)],
            status="active",
            start_date=date(2025, 1, 1),
            duration_months=24,
            renewal="tacit",
            renewal_months=12,
            notice_value=3,
            notice_unit="months",
        )
        scoped = {"organisation": org, "engagement": engagement}
        for item_id, status in (
            ("budget.project_cost", "covered"),
            ("legal.liability", "missing"),
            ("sla.response_times", "partial"),
        ):
            ChecklistEntry.objects.create(**scoped, item_id=item_id, status=status)
        Milestone.objects.create(
            **scoped,
            title=f"Oplevering {number}",
            owner_side="supplier",
            original_due=TODAY + timedelta(days=3),
        )
        concern = Concern.objects.create(
            **scoped, title=f"Trage support {number}", raised_on=TODAY - timedelta(days=60)
        )
        ConcernEvent.objects.create(
            organisation=org, concern=concern, on=TODAY - timedelta(days=60), status="raised"
        )
        line = BudgetLine.objects.create(
            **scoped, label="Ontwikkeling", kind="one_off", amount=Decimal("12000.00")
        )
        ExtraCost.objects.create(
            **scoped,
            budget_line=line,
            description=f"Extra koppeling {number}",
            estimate=Decimal("1500.00"),
            reported_on=TODAY - timedelta(days=20),
        )
        plan = ExitPlan.objects.create(**scoped)
        ExitTask.objects.create(
            **scoped, plan=plan, code="exit.data_export", due=TODAY + timedelta(days=5)
        )
        check = HealthCheck.objects.create(**scoped, period="2026-Q4")
        expires = datetime.combine(TODAY + timedelta(days=2), datetime.min.time(), UTC)
        HealthLink.objects.create(
            **scoped,
            health_check=check,
            token_hash=f"{org.pk:04d}{number:060d}",
            expires_at=expires,
        )
        invoice = Invoice.objects.create(
            **scoped,
            number=f"F{number}",
            supplier_name=supplier.name,
            supplier_key=supplier.name.upper(),
            number_key=f"F{number}",
            issue_date=TODAY - timedelta(days=30),
            total_excl_vat=Decimal("1000.00"),
            total_incl_vat=Decimal("1210.00"),
        )
        InvoiceLine.objects.create(
            organisation=org,
            invoice=invoice,
            line_id="1",
            description="Uren",
            line_amount=Decimal("1000.00"),
            budget_line=line,
            match_state="confirmed",
        )
        created.append(engagement)
    return created


def count_queries(action) -> tuple[int, object]:
    """(number of queries, result) of calling `action()`."""
    with CaptureQueriesContext(connection) as context:
        result = action()
    return len(context.captured_queries), result


def count_cold_queries(action) -> tuple[int, object]:
    """count_queries() with nothing cached: what computing the page takes (reminders are cached
    per data version; a cached read is counted by tests/reminders/test_cache.py)."""
    cache.clear()
    return count_queries(action)
