"""The demo organisation: a Flemish bakery chain with its IT suppliers (idempotent)."""

from __future__ import annotations

import importlib
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from vendorpact.core.terms import add_months
from vendorpact.engagements.models import ChecklistEntry, Engagement, EntrySource
from vendorpact.orgs.models import Membership, Organisation, Role
from vendorpact.suppliers.models import Contact, Supplier

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "vendorpact-demo"
DEMO_ORG_SLUG = "bakkerij-verhaegen"
SECOND_ORG_SLUG = "tandartspraktijk-de-smet"

# The address the demo's NetCare contract gives for the client.
DEMO_ORG = {
    "name": "Bakkerij Verhaegen BV",
    "street": "Stationsstraat 14",
    "postal_code": "2800",
    "city": "Mechelen",
    "country": "BE",
    "vat_number": "BE0458123080",  # fictitious, with a valid check number
}

# Each app adds its demo data through `load(org, user, engagements_by_title)` (idempotent).
APP_DEMOS = (
    "vendorpact.analysis.demo",
    "vendorpact.budget.demo",
    "vendorpact.planning.demo",
    "vendorpact.supplier_requests.demo",
    "vendorpact.concerns.demo",
    "vendorpact.health.demo",
    "vendorpact.sla.demo",
    "vendorpact.portfolio.demo",
    "vendorpact.agreements.demo",  # after the apps whose data the agreements are filled from
)

SUPPLIERS = [
    {
        "name": "Pixelwerf BV",
        "vat_number": "BE0712345630",
        "street": "Kortrijksesteenweg 112",
        "postal_code": "9000",
        "city": "Gent",
        "website": "https://www.pixelwerf.example",
        "notes": "Webbureau: bouwde onze webshop.",
        "contacts": [
            ("Sofie Claes", "Projectleider", "sofie@pixelwerf.example", "+32 9 123 45 67")
        ],
    },
    {
        "name": "NetCare Solutions NV",
        "vat_number": "BE0456789133",
        "street": "Industrieweg 4",
        "postal_code": "2800",
        "city": "Mechelen",
        "website": "https://www.netcare.example",
        "notes": "Managed service provider.",
        "contacts": [
            ("Tom Peeters", "Accountmanager", "tom.peeters@netcare.example", "+32 15 98 76 54"),
            ("Servicedesk", "Support", "support@netcare.example", "+32 15 98 76 00"),
        ],
    },
    {
        "name": "CloudBooks BV",
        "country": "NL",
        "vat_number": "NL004495445B01",
        "street": "Keizersgracht 200",
        "postal_code": "1016 DZ",
        "city": "Amsterdam",
        "website": "https://www.cloudbooks.example",
        "notes": "SaaS-boekhouding en kassa.",
        "contacts": [("Klantenservice", "Support", "help@cloudbooks.example", "")],
    },
    {
        "name": "Integra ERP Consultancy BV",
        "vat_number": "BE0812345801",
        "street": "Noorderlaan 88",
        "postal_code": "2030",
        "city": "Antwerpen",
        "website": "https://www.integra-erp.example",
        "notes": "ERP-integrator (Odoo).",
        "contacts": [("Pieter Janssens", "Senior consultant", "pieter@integra-erp.example", "")],
    },
    {
        "name": "SecureOps BV",
        "vat_number": "BE0654321715",
        "street": "Ravensteingalerij 3",
        "postal_code": "1000",
        "city": "Brussel",
        "notes": "Eenmalige security-audit in 2025.",
        "contacts": [],
    },
]


def _engagements(today):
    # Dates relative to today, so the demo always shows a notice deadline within weeks, and a
    # SaaS subscription whose notice deadline (30 days before its term end, three weeks from
    # now) passed about ten days ago: it renews for another year.
    msp_start = add_months(today.replace(day=1), -20)
    saas_term_end = today + timedelta(days=20)
    saas_start = add_months(saas_term_end + timedelta(days=1), -12)
    return [
        {
            "supplier": "Pixelwerf BV",
            "title": "Nieuwe webshop met online bestellingen",
            "kind": "project",
            "agreed_how": "email",
            "general_terms": "supplier",
            "status": "active",
            "start_date": add_months(today, -4),
            "contract_value": Decimal("18450.00"),
            "description": "Offerte per e-mail aanvaard. Webshop met click & collect per filiaal.",
            "checklist": {
                "budget.project_cost": "covered",
                "timing.planning": "partial",
                "budget.extra_costs": "missing",
                "rollout.acceptance": "missing",
                "legal.ip": "partial",
            },
        },
        {
            "supplier": "NetCare Solutions NV",
            "title": "Beheer en support IT-infrastructuur",
            "kind": "maintenance",
            "agreed_how": "signed_both",
            "general_terms": "negotiated",
            "status": "active",
            "start_date": msp_start,
            "duration_months": 12,
            "renewal": "tacit",
            "renewal_months": 12,
            "notice_value": 3,
            "notice_unit": "months",
            "contract_value": Decimal("14400.00"),
            "description": "Beheer van servers, netwerk en 35 werkplekken in 6 filialen.",
            "checklist": {
                "maintenance.services": "covered",
                "maintenance.support_hours": "covered",
                "maintenance.response_time": "covered",
                "maintenance.resolution_time": "partial",
                "maintenance.service_credits": "missing",
                "exit.duration_renewal": "covered",
                "exit.termination": "covered",
                "budget.recurring_cost": "covered",
                "legal.data_protection": "covered",
            },
        },
        {
            "supplier": "CloudBooks BV",
            "title": "Boekhouding en kassasysteem (SaaS)",
            "kind": "saas",
            "agreed_how": "email",
            "general_terms": "supplier",
            "status": "active",
            "start_date": saas_start,
            "duration_months": 12,
            "renewal": "tacit",
            "renewal_months": 12,
            "notice_value": 30,
            "notice_unit": "days",
            "contract_value": Decimal("2388.00"),
            "description": "Online aanvaard bij registratie; algemene voorwaarden van CloudBooks.",
            "checklist": {
                "budget.recurring_cost": "covered",
                "maintenance.availability": "partial",
                "exit.data_return": "missing",
                "legal.data_protection": "covered",
            },
        },
        {
            "supplier": "Integra ERP Consultancy BV",
            "title": "Koppeling ERP en webshop",
            "kind": "tm",
            "agreed_how": "signed_quote",
            "general_terms": "none",
            "status": "negotiating",
            "start_date": add_months(today, 1),
            "contract_value": Decimal("9600.00"),
            "description": "Regie: 12 dagen aan € 800 per dag, geschat.",
            "checklist": {"budget.rates": "covered", "team.named_team": "partial"},
        },
        {
            "supplier": "SecureOps BV",
            "title": "Security-audit kassanetwerk",
            "kind": "project",
            "agreed_how": "signed_both",
            "general_terms": "ours",
            "status": "ended",
            "start_date": add_months(today, -18),
            "end_date": add_months(today, -16),
            "contract_value": Decimal("4200.00"),
            "checklist": {"budget.project_cost": "covered", "legal.confidentiality": "covered"},
        },
    ]


def _demo_user():
    users = get_user_model()
    user, created = users.objects.get_or_create(
        username=DEMO_USERNAME,
        defaults={
            "email": "demo@vendorpact.example",
            "first_name": "Lotte",
            "last_name": "Verhaegen",
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


@transaction.atomic
def load_demo() -> Organisation:
    user = _demo_user()
    org, _ = Organisation.objects.get_or_create(slug=DEMO_ORG_SLUG, defaults=DEMO_ORG)
    Membership.objects.get_or_create(user=user, organisation=org, defaults={"role": Role.OWNER})
    second, _ = Organisation.objects.get_or_create(
        slug=SECOND_ORG_SLUG, defaults={"name": "Tandartspraktijk De Smet"}
    )
    Membership.objects.get_or_create(
        user=user, organisation=second, defaults={"role": Role.MANAGER}
    )
    suppliers = {spec["name"]: _demo_supplier(org, spec) for spec in SUPPLIERS}
    today = timezone.localdate()
    for spec in _engagements(today):
        _demo_engagement(org, user, suppliers, dict(spec))
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    for module_name in APP_DEMOS:
        importlib.import_module(module_name).load(org, user, engagements)
    return org


def _demo_supplier(org, spec) -> Supplier:
    values = {k: v for k, v in spec.items() if k != "contacts"}
    supplier, created = Supplier.objects.get_or_create(
        organisation=org, name=values.pop("name"), defaults=values
    )
    if created:
        for name, role, email, phone in spec["contacts"]:
            Contact.objects.create(
                organisation=org, supplier=supplier, name=name, role=role, email=email, phone=phone
            )
    return supplier


def _demo_engagement(org, user, suppliers, spec) -> None:
    checklist = spec.pop("checklist")
    supplier = suppliers[spec.pop("supplier")]
    engagement, created = Engagement.objects.get_or_create(
        organisation=org,
        supplier=supplier,
        title=spec.pop("title"),
        defaults={**spec, "created_by": user},
    )
    if not created:
        return
    for item_id, status in checklist.items():
        ChecklistEntry.objects.create(
            organisation=org,
            engagement=engagement,
            item_id=item_id,
            status=status,
            source=EntrySource.USER,
            updated_by=user,
        )


def load_demo_if_empty() -> bool:
    if get_user_model().objects.exists():
        return False
    load_demo()
    return True


def login_banner(created: bool, host: str, port: int) -> str:
    if not get_user_model().objects.filter(username=DEMO_USERNAME).exists():
        return f"VendorPact runs at http://{host}:{port}/"
    return (
        "\n"
        f"  VendorPact runs at http://{host}:{port}/\n"
        f"  Demo login:  user {DEMO_USERNAME}   password {DEMO_PASSWORD}\n"
    )
