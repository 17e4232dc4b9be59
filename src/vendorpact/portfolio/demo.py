"""Demo: the demo user also advises three small client businesses that use two of the bakery's
suppliers (NetCare, CloudBooks: same VAT numbers) and a third IT provider among themselves, so
that the portfolio and the supplier page across clients have something to show. Idempotent;
kept small so that the demo loads fast."""

from __future__ import annotations

import copy
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from vendorpact.budget import services as budget_services
from vendorpact.concerns import services as concern_services
from vendorpact.core.health import QUESTIONS
from vendorpact.core.terms import add_months
from vendorpact.engagements.models import ChecklistEntry, Engagement, EntrySource
from vendorpact.health import services as health_services
from vendorpact.orgs.models import Membership, Organisation, Role
from vendorpact.sla import services as sla_services
from vendorpact.sla.demo import NETCARE_POLICY
from vendorpact.sla.synthetic import build_tickets
from vendorpact.suppliers.models import Supplier

TICKETS_PER_CLIENT = 40

NETCARE = {"name": "NetCare Solutions NV", "vat_number": "BE0456789133", "city": "Mechelen"}
# Not a supplier of the bakery: a second IT service provider the three clients share, so that
# NetCare has a peer of the same kind to be compared with.
IT_HUIS = {"name": "IT-Huis Rupel BV", "vat_number": "BE0477123402", "city": "Boom"}
CLOUDBOOKS = {
    "name": "CloudBooks BV",
    "country": "NL",
    "vat_number": "NL004495445B01",
    "city": "Amsterdam",
}

CLIENTS = [
    {
        "slug": "frituur-de-gouden-friet",
        "name": "Frituur De Gouden Friet",
        "city": "Lier",
        "msp_months_ago": 9,
        "notice_months": 3,
        "checklist": {"maintenance.services": "covered", "maintenance.response_time": "missing"},
        "health": {"client": 2, "supplier": 4},
        "concern": "Kassa valt 's avonds uit, support pas de volgende dag bereikbaar",
        "extra_cost": Decimal("640.00"),
    },
    {
        "slug": "kapsalon-lies",
        "name": "Kapsalon Lies",
        "city": "Duffel",
        "msp_months_ago": 14,
        "notice_months": 2,
        "checklist": {
            "maintenance.services": "covered",
            "maintenance.response_time": "covered",
            "exit.termination": "covered",
        },
        "health": {"client": 4, "supplier": 4},
        "concern": "",
        "extra_cost": None,
    },
    {
        "slug": "drukkerij-maes",
        "name": "Drukkerij Maes",
        "city": "Willebroek",
        "msp_months_ago": 20,
        "notice_months": 1,
        "checklist": {"maintenance.services": "partial", "legal.data_protection": "covered"},
        "health": {"client": 3, "supplier": 5},
        "concern": "Back-up van de prepress-server niet getest",
        "extra_cost": Decimal("1850.00"),
    },
]


def load(org, user, engagements_by_title) -> None:
    """Called with the bakery; adds the three client organisations once."""
    for number, spec in enumerate(CLIENTS):
        client, created = Organisation.objects.get_or_create(
            slug=spec["slug"], defaults={"name": spec["name"], "city": spec["city"]}
        )
        Membership.objects.get_or_create(
            user=user, organisation=client, defaults={"role": Role.MANAGER}
        )
        if created:
            _client_data(client, user, spec, seed=number + 11)


def _client_data(org, user, spec, seed: int) -> None:
    today = timezone.localdate()
    netcare = Supplier.objects.create(organisation=org, **NETCARE)
    cloudbooks = Supplier.objects.create(organisation=org, **CLOUDBOOKS)
    start = add_months(today.replace(day=1), -spec["msp_months_ago"])
    maintenance = _engagement(
        org,
        user,
        netcare,
        title="Beheer pc's, kassa en netwerk",
        kind="maintenance",
        start_date=start,
        notice_value=spec["notice_months"],
        checklist=spec["checklist"],
    )
    _engagement(
        org,
        user,
        cloudbooks,
        title="Boekhouding (SaaS)",
        kind="saas",
        start_date=add_months(start, 2),
        notice_value=1,
        checklist={"budget.recurring_cost": "covered", "exit.data_return": "missing"},
    )
    hosting = _engagement(
        org,
        user,
        Supplier.objects.create(organisation=org, **IT_HUIS),
        title="Hosting website en e-mail",
        kind="maintenance",
        start_date=add_months(start, 1),
        notice_value=1,
        checklist={"maintenance.services": "covered", "maintenance.availability": "partial"},
    )
    _service_levels(org, user, maintenance, seed)
    _service_levels(org, user, hosting, seed + 100)
    _health_check(org, user, maintenance, spec["health"])
    if spec["concern"]:
        concern_services.create_concern(
            org=org,
            actor=user,
            engagement=maintenance,
            data={"title": spec["concern"], "raised_on": today - timedelta(days=25)},
        )
    _budget(org, user, maintenance, spec["extra_cost"], today)


def _engagement(org, user, supplier, *, checklist, **values) -> Engagement:
    engagement = Engagement.objects.create(
        organisation=org,
        supplier=supplier,
        status="active",
        agreed_how="signed_both",
        duration_months=12,
        renewal="tacit",
        renewal_months=12,
        notice_unit="months",
        created_by=user,
        **values,
    )
    for item_id, status in checklist.items():
        ChecklistEntry.objects.create(
            organisation=org,
            engagement=engagement,
            item_id=item_id,
            status=status,
            source=EntrySource.USER,
            updated_by=user,
        )
    return engagement


def _service_levels(org, user, engagement, seed: int) -> None:
    """NetCare's terms as at the bakery, and a small synthetic ticket history."""
    sla_services.save_terms(
        org=org,
        actor=user,
        engagement=engagement,
        policy=copy.deepcopy(NETCARE_POLICY),
        monthly_fee=Decimal("450.00"),
        prefilled_from="",
    )
    build_tickets(engagement, TICKETS_PER_CLIENT, timezone.now(), seed=seed)


def _health_check(org, user, engagement, levels: dict[str, int]) -> None:
    period = health_services.period_for(add_months(timezone.localdate(), -2))
    check = health_services.create_health_check(
        org=org, actor=user, engagement=engagement, period=period
    )
    health_services.answer_as_client(
        org=org, actor=user, check=check, answers={q.id: levels["client"] for q in QUESTIONS}
    )
    _link, token = health_services.create_link(
        org=org, actor=user, check=check, sent_to="Tom Peeters"
    )
    health_services.answer_via_link(
        token=token,
        answers={q.id: levels["supplier"] for q in QUESTIONS},
        respondent="Tom Peeters",
    )


def _budget(org, user, engagement, extra_cost: Decimal | None, today) -> None:
    line = budget_services.create_budget_line(
        org=org,
        actor=user,
        engagement=engagement,
        data={"label": "Beheer (jaarcontract)", "kind": "one_off", "amount": Decimal("5400.00")},
    )
    if extra_cost is not None:
        budget_services.create_extra_cost(
            org=org,
            actor=user,
            engagement=engagement,
            data={
                "description": "Extra switch en bekabeling",
                "estimate": extra_cost,
                "reported_on": today - timedelta(days=12),
                "budget_line": line,
                "requested_by": "Tom Peeters (NetCare)",
            },
        )
