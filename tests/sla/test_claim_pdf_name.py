"""The claim PDF's file name carries the supplier's name, also outside Latin-1 (RFC 5987)."""

import pytest

from vendorpact.suppliers.models import Supplier


def test_claim_pdf_name_with_greek_letters_uses_filename_star(
    client, tenancy, engagement_a, imported
):
    Supplier.objects.filter(pk=engagement_a.supplier_id).update(name="Ωmega Café")
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/claim.pdf"
    response = client.get(url, {"month": "2026-09", "lang": "en"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''service-credit-%CE%A9mega-Caf%C3%A9-2026-09.pdf"
    )


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("nl", "servicecredit-Pixelwerf-BV-2026-09.pdf"),
        ("fr", "credit-de-service-Pixelwerf-BV-2026-09.pdf"),
        ("en", "service-credit-Pixelwerf-BV-2026-09.pdf"),
    ],
)
def test_claim_pdf_name_is_in_the_letter_language(
    client, tenancy, engagement_a, imported, language, name
):
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/claim.pdf"
    response = client.get(url, {"month": "2026-09", "lang": language})
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
