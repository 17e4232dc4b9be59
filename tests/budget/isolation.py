"""Objects of organisation A for the isolation matrix (tests/test_isolation.py and the API one)."""

from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import SHARED_DATA
from vendorpact.budget import invoicing
from vendorpact.budget.models import BudgetLine, ExtraCost, Invoice, InvoiceImport, InvoiceLine

INVOICE_CSV = (
    b"supplier_name;supplier_vat;invoice_number;issue_date;description;line_amount\n"
    b"Pixelwerf BV;BE0712345630;2026-0050;2026-04-30;Tweede schijf;4000\n"
)


def budget_line(tenancy, engagement):
    line, _ = BudgetLine.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        label="Ontwikkeling webshop",
        defaults={"kind": "one_off", "amount": Decimal("15000")},
    )
    return line


def extra_cost(tenancy, engagement):
    cost, _ = ExtraCost.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        description="Koppeling met betaalterminal",
        defaults={"estimate": Decimal("1200"), "reported_on": date(2026, 3, 2)},
    )
    return cost


def invoice(tenancy, engagement):
    found, created = Invoice.objects.get_or_create(
        organisation=tenancy.org_a,
        engagement=engagement,
        number="2026-0042",
        defaults={
            "supplier_name": "Pixelwerf BV",
            "supplier_key": "BE0712345630",
            "number_key": "2026-0042",
            "issue_date": date(2026, 3, 31),
            "total_excl_vat": Decimal("5000"),
            "total_incl_vat": Decimal("6050"),
            "source": "manual",
        },
    )
    if created:
        InvoiceLine.objects.create(
            organisation=tenancy.org_a,
            invoice=found,
            line_id="1",
            description="Voorschot ontwikkeling",
            line_amount=Decimal("5000"),
        )
    return found


def invoice_import(tenancy, engagement):
    """An imported invoice file of org A: a batch that could be removed."""
    found = InvoiceImport.objects.filter(organisation=tenancy.org_a).first()
    if found:
        return found
    return invoicing.import_csv(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        data=INVOICE_CSV,
        name="facturen.csv",
    ).batch


def ubl_body(params):
    path = SHARED_DATA / "invoices" / "UBLBE_BE0000000196_V01-15000001.xml"
    return {"file": SimpleUploadedFile(path.name, path.read_bytes(), "application/xml")}


FACTORIES = {
    "budget-lines": lambda tenancy, engagement: budget_line(tenancy, engagement).pk,
    "extra-costs": lambda tenancy, engagement: extra_cost(tenancy, engagement).pk,
    "invoices": lambda tenancy, engagement: invoice(tenancy, engagement).pk,
    "invoice-imports": lambda tenancy, engagement: invoice_import(tenancy, engagement).pk,
}
SNAPSHOT_MODELS = [BudgetLine, ExtraCost, Invoice, InvoiceLine, InvoiceImport]
API_PARAMS = {
    "budget_line_id": lambda tenancy, engagement: budget_line(tenancy, engagement).pk,
    "extra_cost_id": lambda tenancy, engagement: extra_cost(tenancy, engagement).pk,
    "invoice_id": lambda tenancy, engagement: invoice(tenancy, engagement).pk,
    "invoice_line_id": lambda tenancy, engagement: invoice(tenancy, engagement).lines.first().pk,
    "invoice_import_id": lambda tenancy, engagement: invoice_import(tenancy, engagement).pk,
}
_ORG = "/api/v1/orgs/{org_slug}"
API_BODIES = {
    ("post", _ORG + "/engagements/{engagement_id}/budget-lines"): {
        "label": "Hosting",
        "amount": "40",
    },
    ("post", _ORG + "/engagements/{engagement_id}/extra-costs"): {
        "description": "Extra taal",
        "estimate": "800",
    },
    ("post", _ORG + "/extra-costs/{extra_cost_id}/approve"): {"confirm_over_budget": True},
    ("post", _ORG + "/engagements/{engagement_id}/invoices"): {
        "number": "X-1",
        "issue_date": "2026-04-01",
        "lines": [{"description": "Werk", "amount": "100"}],
    },
    ("post", _ORG + "/engagements/{engagement_id}/invoices/ubl"): ubl_body,
    ("put", _ORG + "/invoices/{invoice_id}/lines/{invoice_line_id}/match"): {"target": ""},
}
