"""A demo-like maintenance engagement: supplier with VAT and address, organisation address,
SLA terms, budget lines, team, a milestone and an analysed contract with open items."""

from datetime import date
from decimal import Decimal

import pytest

from vendorpact.agreements import services
from vendorpact.agreements.prefill import prefill_terms
from vendorpact.budget.models import BudgetLine
from vendorpact.engagements.models import ChecklistEntry, Engagement
from vendorpact.planning.models import Milestone, TeamMember
from vendorpact.sla.demo import NETCARE_POLICY
from vendorpact.sla.models import SlaTerms
from vendorpact.suppliers.models import Contact, Supplier

# maintenance items the supplier's contract leaves open (expected for maintenance)
OPEN_ITEMS = {
    "maintenance.response_time": "missing",
    "maintenance.resolution_time": "partial",
    "exit.data_return": "missing",
}


@pytest.fixture
def netcare(tenancy):
    org = tenancy.org_a
    org.vat_number = "BE0456789012"
    org.street = "Kerkstraat 12"
    org.postal_code = "9000"
    org.city = "Gent"
    org.save()
    supplier = Supplier.objects.create(
        organisation=org,
        name="NetCare Solutions BV",
        vat_number="BE0834567891",
        street="Industrieweg 4",
        postal_code="9030",
        city="Mariakerke",
    )
    Contact.objects.create(organisation=org, supplier=supplier, name="Tom Verhaegen", role="CEO")
    engagement = Engagement.objects.create(
        organisation=org,
        supplier=supplier,
        title="Beheer en support IT-infrastructuur",
        kind="maintenance",
        agreed_how="signed_quote",
        general_terms="supplier",
        status="active",
        start_date=date(2025, 1, 1),
        duration_months=36,
        renewal="tacit",
        renewal_months=12,
        notice_value=2,
        notice_unit="months",
    )
    SlaTerms.objects.create(organisation=org, engagement=engagement, policy=NETCARE_POLICY)
    BudgetLine.objects.create(
        organisation=org,
        engagement=engagement,
        label="Beheer en support",
        kind="recurring",
        amount=Decimal("3600"),
        period="quarter",
        included_scope="Beheer van 15 werkposten\nBeheer van de server",
        excluded_scope="Vervanging van hardware",
    )
    BudgetLine.objects.create(
        organisation=org,
        engagement=engagement,
        label="Technicus",
        kind="rate",
        amount=Decimal("85"),
        rate_unit="hour",
    )
    TeamMember.objects.create(
        organisation=org, engagement=engagement, side="client", name="Lies Peeters", role="IT"
    )
    TeamMember.objects.create(
        organisation=org,
        engagement=engagement,
        side="supplier",
        name="Jens Maes",
        role="Accountmanager",
        seniority="senior",
    )
    Milestone.objects.create(
        organisation=org,
        engagement=engagement,
        title="Migratie naar Microsoft 365",
        owner_side="supplier",
        original_due=date(2025, 3, 31),
    )
    for item_id, status in OPEN_ITEMS.items():
        ChecklistEntry.objects.create(
            organisation=org, engagement=engagement, item_id=item_id, status=status
        )
    ChecklistEntry.objects.create(
        organisation=org, engagement=engagement, item_id="budget.recurring_cost", status="covered"
    )
    return engagement


# what the user adds on the form for a complete draft (the rest is pre-filled)
COMPLETION = {
    "quote.reference": "NC-2024-118",
    "quote.date": "2024-11-20",
    "prices.indexation_cap_percent": 3,
    "client.representative": "An Claes",
    "client.function": "Zaakvoerder",
    "payment_days": 30,
    "reporting": "monthly",
    "meetings": "quarterly",
    "data_return.format": "CSV",
    "data_return.days": 30,
    "transition_months": 3,
    "court": "Gent",
    "escrow_agent": "Escrow Europe (Benelux)",
    "service_credits.per_breach_percent": 5,
    "replacement_notice_days": 30,
    "support.phone": "+32 9 123 45 67",
    "support.email": "support@netcare.be",
}


def form_data(form, **changes) -> dict:
    """The tab's form as the browser posts it: every initial value, then COMPLETION and
    `changes` (JSON paths or field names)."""
    data = {name: form[name].value() for name in form.fields}
    for path, value in {**COMPLETION, **changes}.items():
        data[path.replace(".", "__")] = value
    return {name: "" if value is None else value for name, value in data.items()}


def completed_terms(terms: dict) -> dict:
    """The pre-filled terms with COMPLETION written in (as the API client would send them)."""
    terms = {
        key: (dict(value) if isinstance(value, dict) else value) for key, value in terms.items()
    }
    for path, value in COMPLETION.items():
        *parents, last = path.split(".")
        target = terms
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return terms


@pytest.fixture
def draft(tenancy, netcare):
    """Version 1 of NetCare's full agreement in Dutch, saved by alice (member)."""
    terms = completed_terms(prefill_terms(netcare, as_of=date(2026, 6, 1)).terms)
    return services.create_draft(
        org=tenancy.org_a,
        engagement=netcare,
        actor=tenancy.alice,
        mode="full",
        language="nl",
        terms=terms,
    )
