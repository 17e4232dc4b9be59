"""Demo budget data: budget lines, extra costs and a Peppol e-invoice, matched (idempotent)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from xml.sax.saxutils import escape

from django.db import transaction
from django.utils import timezone

from vendorpact.budget import invoicing, services
from vendorpact.budget.models import BudgetLine, Invoice
from vendorpact.core.terms import add_months

WEBSHOP = "Nieuwe webshop met online bestellingen"
MAINTENANCE = "Beheer en support IT-infrastructuur"
SAAS = "Boekhouding en kassasysteem (SaaS)"
ERP = "Koppeling ERP en webshop"


def _line(org, user, engagement, **data) -> BudgetLine:
    existing = BudgetLine.objects.filter(engagement=engagement, label=data["label"]).first()
    return existing or services.create_budget_line(
        org=org, actor=user, engagement=engagement, data=data
    )


def _webshop(org, user, engagement) -> None:
    start = engagement.start_date
    development = _line(
        org,
        user,
        engagement,
        label="Ontwikkeling webshop (offerte PW-2026-014)",
        kind="one_off",
        amount=Decimal("15500.00"),
        start=start,
        reference="PW-2026-014",
        included_scope="Ontwerp, productcatalogus, winkelmand, online betalen, "
        "click & collect per filiaal.",
        excluded_scope="Koppeling met het kassasysteem, productteksten en -foto's.",
    )
    _line(
        org,
        user,
        engagement,
        label="Hosting en onderhoud webshop",
        kind="recurring",
        amount=Decimal("85.00"),
        period="month",
        start=start,
    )
    reserve = _line(
        org,
        user,
        engagement,
        label="Reserve meerwerk",
        kind="one_off",
        amount=Decimal("1500.00"),
        is_reserve=True,
    )
    payconiq = services.create_extra_cost(
        org=org,
        actor=user,
        engagement=engagement,
        data={
            "description": "Extra betaalmethode Payconiq by Bancontact",
            "reason": "Klanten vroegen erom; niet in de offerte.",
            "estimate": Decimal("950.00"),
            "requested_by": "Sofie Claes (Pixelwerf)",
            "reported_on": start + timedelta(days=40),
            "budget_line": reserve,
            "reference": "MW-01",
        },
    )
    services.approve_extra_cost(org=org, actor=user, cost=payconiq, on=start + timedelta(days=43))
    services.create_extra_cost(
        org=org,
        actor=user,
        engagement=engagement,
        data={
            "description": "Koppeling voorraad met het kassasysteem",
            "reason": "Voorraad per filiaal tonen; de kassa-API bleek niet standaard.",
            "estimate": Decimal("2400.00"),
            "requested_by": "Sofie Claes (Pixelwerf)",
            "reported_on": start + timedelta(days=95),
            "budget_line": reserve,
            "reference": "MW-02",
        },
    )
    invoice = invoicing.import_ubl(
        org=org,
        actor=user,
        engagement=engagement,
        data=pixelwerf_invoice_xml(engagement, start + timedelta(days=31)),
        name="PW-2026-0031.xml",
    )
    targets = {
        "1": f"budget_line:{development.pk}",
        "2": f"budget_line:{engagement.budget_lines.get(kind='recurring').pk}",
    }
    for line in invoice.lines.all():
        invoicing.match_line(org=org, actor=user, line=line, target=targets[line.line_id])


def _document_reference(reference: str) -> str:
    if not reference:
        return ""
    return f"<cac:DocumentReference><cbc:ID>{escape(reference)}</cbc:ID></cac:DocumentReference>"


def pixelwerf_invoice_xml(engagement, issued: date, number: str = "PW-2026-0031") -> bytes:
    """A Peppol BIS Billing 3.0 invoice as Pixelwerf's software would send it."""
    supplier = engagement.supplier
    lines = [
        ("1", "Voorschot 30 % ontwikkeling webshop", Decimal("4650.00"), "PW-2026-014"),
        ("2", "Hosting en onderhoud webshop, eerste maand", Decimal("85.00"), ""),
    ]
    total = sum((amount for _, _, amount, _ in lines), Decimal(0))
    vat = (total * Decimal("0.21")).quantize(Decimal("0.01"))
    xml_lines = "".join(
        f"""<cac:InvoiceLine><cbc:ID>{number}</cbc:ID>
<cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
<cbc:LineExtensionAmount currencyID="EUR">{amount}</cbc:LineExtensionAmount>
{_document_reference(reference)}
<cac:Item><cbc:Name>{escape(name)}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID>
<cbc:Percent>21</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
</cac:ClassifiedTaxCategory></cac:Item>
<cac:Price><cbc:PriceAmount currencyID="EUR">{amount}</cbc:PriceAmount></cac:Price>
</cac:InvoiceLine>"""
        for number, name, amount, reference in lines
    )
    vat_id = escape(supplier.vat_number or "")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
<cbc:ID>{escape(number)}</cbc:ID>
<cbc:IssueDate>{issued.isoformat()}</cbc:IssueDate>
<cbc:DueDate>{(issued + timedelta(days=30)).isoformat()}</cbc:DueDate>
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
<cbc:BuyerReference>PW-2026-014</cbc:BuyerReference>
<cac:OrderReference><cbc:ID>PW-2026-014</cbc:ID></cac:OrderReference>
<cac:AccountingSupplierParty><cac:Party>
<cbc:EndpointID schemeID="0208">{vat_id[2:]}</cbc:EndpointID>
<cac:PartyName><cbc:Name>{escape(supplier.name)}</cbc:Name></cac:PartyName>
<cac:PostalAddress><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
<cac:PartyTaxScheme><cbc:CompanyID>{vat_id}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
<cac:PartyLegalEntity><cbc:RegistrationName>{escape(supplier.name)}</cbc:RegistrationName></cac:PartyLegalEntity>
</cac:Party></cac:AccountingSupplierParty>
<cac:AccountingCustomerParty><cac:Party>
<cac:PartyName><cbc:Name>{escape(engagement.organisation.name)}</cbc:Name></cac:PartyName>
<cac:PostalAddress><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
<cac:PartyLegalEntity><cbc:RegistrationName>{escape(engagement.organisation.name)}</cbc:RegistrationName></cac:PartyLegalEntity>
</cac:Party></cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
<cac:PayeeFinancialAccount><cbc:ID>BE71096123456769</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">{vat}</cbc:TaxAmount></cac:TaxTotal>
<cac:LegalMonetaryTotal>
<cbc:LineExtensionAmount currencyID="EUR">{total}</cbc:LineExtensionAmount>
<cbc:TaxExclusiveAmount currencyID="EUR">{total}</cbc:TaxExclusiveAmount>
<cbc:TaxInclusiveAmount currencyID="EUR">{total + vat}</cbc:TaxInclusiveAmount>
<cbc:PayableAmount currencyID="EUR">{total + vat}</cbc:PayableAmount>
</cac:LegalMonetaryTotal>
{xml_lines}
</Invoice>"""
    return xml.encode("utf-8")


def _others(org, user, engagements_by_title) -> None:
    maintenance = engagements_by_title.get(MAINTENANCE)
    if maintenance is not None and maintenance.start_date:
        _line(
            org,
            user,
            maintenance,
            label="Beheer servers, netwerk en 35 werkplekken",
            kind="recurring",
            amount=Decimal("1200.00"),
            period="month",
            start=maintenance.start_date,
            included_scope="Monitoring, patching, back-up, servicedesk tijdens kantooruren.",
            excluded_scope="Hardware, projecten en interventies buiten kantooruren.",
        )
    saas = engagements_by_title.get(SAAS)
    if saas is not None and saas.start_date:
        _line(
            org,
            user,
            saas,
            label="Abonnement boekhouding en kassa (6 kassa's)",
            kind="recurring",
            amount=Decimal("199.00"),
            period="month",
            start=saas.start_date,
        )
    erp = engagements_by_title.get(ERP)
    if erp is not None:
        _line(
            org,
            user,
            erp,
            label="Consultancy ERP-koppeling (regie)",
            kind="rate",
            amount=Decimal("800.00"),
            rate_unit="day",
            estimated_units=Decimal("12"),
            start=erp.start_date or add_months(timezone.localdate(), 1),
        )


@transaction.atomic
def load(org, user, engagements_by_title) -> None:
    """Budget data for the demo organisation's engagements; does nothing the second time."""
    webshop = engagements_by_title.get(WEBSHOP)
    if webshop is not None and not Invoice.objects.filter(engagement=webshop).exists():
        _webshop(org, user, webshop)
    _others(org, user, engagements_by_title)
