"""The notice (termination) letter: effective end, the contract's clause, nl/en/fr, PDF.

Reported case on 04/12/2026: started 01/02/2026 for 12 months, renews tacitly by 12 months,
3 months' notice. The first term ends 31/01/2027; its deadline 31/10/2026 is missed, so the
contract renews and notice given now ends it on 31/01/2028."""

import re
from datetime import date

import pytest
from django.utils import timezone

from vendorpact.engagements.models import ChecklistEntry

ENGLISH_PHRASES = [
    "Subject",
    "notice",
    "termination",
    "Dear",
    "agreement",
    "Kind regards",
    "Our reference",
    "confirm",
    "data",
    "VAT",
    "Belgium",
]


@pytest.fixture
def renewed(tenancy, engagement_a, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: date(2026, 12, 4))
    org = tenancy.org_a
    org.street, org.postal_code, org.city = "Kerkstraat 12", "9000", "Gent"
    org.vat_number = "BE0403170701"
    org.save()
    supplier = engagement_a.supplier
    supplier.street, supplier.postal_code = "Dok Noord 4", "9000"
    supplier.save()
    engagement_a.title = "Onderhoud webshop"
    engagement_a.start_date = date(2026, 2, 1)
    engagement_a.duration_months, engagement_a.renewal_months = 12, 12
    engagement_a.renewal, engagement_a.notice_value, engagement_a.notice_unit = "tacit", 3, "months"
    engagement_a.save()
    return engagement_a


def letter(client, tenancy, engagement, lang):
    client.force_login(tenancy.alice)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/exit-plan/notice-letter/?lang={lang}"
    )
    assert page.status_code == 200
    return page.context["letter_html"]


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_letter_ends_the_renewed_term_after_a_missed_deadline(client, tenancy, renewed):
    body = letter(client, tenancy, renewed, "en")
    assert "the agreement ends on 31/01/2028" in body
    assert "31/01/2027" not in body


def test_letter_names_sender_addressee_date_and_place(client, tenancy, renewed):
    body = letter(client, tenancy, renewed, "en")
    assert "Kerkstraat 12" in body and "VAT BE 0403.170.701" in body
    assert "Pixelwerf BV" in body and "Dok Noord 4" in body
    assert "Gent, 04/12/2026" in body
    assert f"VP-{renewed.pk}-20261204" in body


def test_letter_quotes_the_contracts_notice_clause(client, tenancy, renewed):
    ChecklistEntry.objects.create(
        organisation=tenancy.org_a,
        engagement=renewed,
        item_id="exit.termination",
        status="covered",
        evidence="Elke partij kan de overeenkomst opzeggen met een termijn van drie maanden.",
        evidence_clause="9.2",
        evidence_page=4,
        source="analysis",
    )
    body = letter(client, tenancy, renewed, "nl")
    assert "Elke partij kan de overeenkomst opzeggen met een termijn van drie maanden." in body
    assert "artikel 9.2, pagina 4" in body


def test_letter_without_analysed_clause_quotes_nothing(client, tenancy, renewed):
    assert 'id="letter-clause"' not in letter(client, tenancy, renewed, "nl")


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_dutch_and_french_letters_contain_no_english(client, tenancy, renewed, lang):
    text = visible_text(letter(client, tenancy, renewed, lang))
    found = [phrase for phrase in ENGLISH_PHRASES if re.search(rf"\b{phrase}\b", text)]
    assert found == []


def test_dutch_letter_uses_the_formal_u(client, tenancy, renewed):
    text = visible_text(letter(client, tenancy, renewed, "nl"))
    assert " u " in text
    assert not re.search(r"\b(je|jij|jou|jouw)\b", text, re.IGNORECASE)


def test_french_letter_uses_vous(client, tenancy, renewed):
    text = visible_text(letter(client, tenancy, renewed, "fr"))
    assert "vous" in text
    assert not re.search(r"\b(tu|toi|ton|ta|tes)\b", text)


def test_pdf_renders_with_a_dutch_file_name(client, tenancy, renewed):
    client.force_login(tenancy.alice)
    response = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{renewed.pk}/exit-plan/notice-letter/pdf/?lang=nl"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "opzegging-Pixelwerf-BV-04-12-2026.pdf" in response["Content-Disposition"]


def test_exit_plan_links_to_the_letter(client, tenancy, renewed):
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{renewed.pk}/exit-plan/")
    assert f"/engagements/{renewed.pk}/exit-plan/notice-letter/" in page.content.decode()


def test_outsider_gets_404(client, tenancy, renewed):
    client.force_login(tenancy.bob)
    response = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{renewed.pk}/exit-plan/notice-letter/"
    )
    assert response.status_code == 404
