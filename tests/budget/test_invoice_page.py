"""The invoice page for every role, with booked and unbooked lines."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.budget.invoicing import create_manual_invoice, match_line
from vendorpact.budget.models import Invoice


@pytest.fixture
def half_booked_invoice(tenancy, engagement_a, development_line):
    invoice = create_manual_invoice(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        header={"number": "PW-2026-044", "issue_date": dt.date(2026, 4, 30)},
        lines=[
            {"description": "Tweede schijf ontwikkeling", "amount": Decimal("4000")},
            {"description": "Verplaatsingskosten", "amount": Decimal("85")},
        ],
    )
    booked = invoice.lines.get(line_id="1")
    match_line(
        org=tenancy.org_a,
        actor=tenancy.alice,
        line=booked,
        target=f"budget_line:{development_line.pk}",
    )
    return invoice


def _row(page: str, line_id: str) -> str:
    start = page.index(f'data-line="{line_id}"')
    return page[start : page.index("</tr>", start)]


def test_viewer_sees_an_invoice_with_an_unbooked_line(client, tenancy, half_booked_invoice):
    client.force_login(tenancy.vera)
    response = client.get(f"/o/{tenancy.org_a.slug}/invoices/{half_booked_invoice.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ontwikkeling webshop" in _row(page, "1")
    assert "<td>–</td>" in _row(page, "2")


def test_member_sees_an_invoice_with_an_unbooked_line(client, tenancy, half_booked_invoice):
    client.force_login(tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/invoices/{half_booked_invoice.pk}/")
    assert response.status_code == 200
    assert 'name="line-' in _row(response.content.decode(), "2")


def test_cp1252_invoice_csv_keeps_its_accents(client, tenancy, engagement_a):
    csv = (
        "leverancier;factuurnummer;factuurdatum;omschrijving;bedrag\n"
        "Pixelwerf BV;2026-012;31/01/2026;Hébergement février;120\n"
    ).encode("cp1252")
    client.force_login(tenancy.alice)
    client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/import/",
        {"file": SimpleUploadedFile("facturen.csv", csv, "text/csv")},
    )
    line = Invoice.objects.get(number="2026-012").lines.get()
    assert line.description == "Hébergement février"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "Het bestand is leeg."), ("fr", "Le fichier est vide.")],
)
def test_empty_invoice_file_is_reported_as_empty(client, tenancy, engagement_a, language, expected):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/import/",
        {"file": SimpleUploadedFile("facturen.csv", b"", "text/csv")},
        follow=True,
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert expected in response.content.decode()
