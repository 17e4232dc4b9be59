"""The service-credit claim letter argues for the client (issue 8).

Reproduction: the demo's NetCare engagement with the signed contract and the supplier's general
terms analysed; the general terms put force majeure and "never liable for unavailability" under
the availability and service-credit items. The letter must quote only the commitments.
"""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.utils import translation

from vendorpact import demo
from vendorpact.analysis.demo import contract_file
from vendorpact.analysis.services import request_analysis, run_analysis
from vendorpact.core.sla.evaluate import TicketResult
from vendorpact.engagements.services import upload_document
from vendorpact.orgs.services import update_organisation
from vendorpact.sla import demo as sla_demo
from vendorpact.sla import services as sla_services
from vendorpact.sla.figures import EngagementSla, EvaluatedTicket
from vendorpact.sla.letter import breach_status, letter_context, target_rows
from vendorpact.sla.models import Ticket
from vendorpact.suppliers.services import update_supplier

NOW = dt.datetime(2026, 12, 4, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
TODAY = dt.date(2026, 12, 4)
MONTH = "2026-09"  # the demo export's month with a credit: 415 minutes down, 99.04 %

GENERAL_TERMS = """Algemene voorwaarden NetCare Solutions NV

Artikel 9 – Beschikbaarheid en overmacht
9.1 De Leverancier streeft naar een zo hoog mogelijke beschikbaarheid van de diensten, maar de \
Leverancier is nooit aansprakelijk voor onbeschikbaarheid van de diensten.
9.2 Overmacht, zoals stroomonderbrekingen, storingen bij derden of cyberaanvallen, ontslaat de \
Leverancier van elke verplichting; servicecredits zijn dan niet verschuldigd.
Artikel 10 – Aansprakelijkheid
10.1 De aansprakelijkheid van de Leverancier is in elk geval beperkt tot één maandvergoeding.
"""
TERMS_FILE = "AV-netcare-2024-def.txt"
CONTRACT_FILE_STEM = "NetCare-overeenkomst-OVK-2025-031"


def _analyse(tenancy, engagement, uploaded, kind):
    document = upload_document(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, uploaded=uploaded, kind=kind
    )
    run_analysis(request_analysis(org=tenancy.org_a, actor=tenancy.alice, document=document).pk)


@pytest.fixture
def addresses(tenancy, engagement_a):
    membership = tenancy.org_a.memberships.get(user=tenancy.olga)
    update_organisation(
        org=tenancy.org_a,
        actor=membership,
        data={
            "street": "Veldstraat 12",
            "postal_code": "9000",
            "city": "Gent",
            "country": "BE",
            "vat_number": "0812.345.801",
        },
    )
    update_supplier(
        org=tenancy.org_a,
        actor=tenancy.alice,
        supplier=engagement_a.supplier,
        data={"street": "Industrieweg 4", "postal_code": "2800", "city": "Mechelen"},
    )
    tenancy.alice.first_name, tenancy.alice.last_name = "Lotte", "Verhaegen"
    tenancy.alice.save()


@pytest.fixture
def analysed(tenancy, engagement_a, imported):
    _analyse(tenancy, engagement_a, contract_file(), "contract")
    terms = SimpleUploadedFile(TERMS_FILE, GENERAL_TERMS.encode(), "text/plain")
    _analyse(tenancy, engagement_a, terms, "general_terms")


def letter_html(tenancy, engagement, lang="nl", month=MONTH):
    sla = EngagementSla(engagement, now=NOW)
    with translation.override(lang):
        context = letter_context(sla, month, tenancy.alice, lang, TODAY)
        return render_to_string("sla/_letter.html", context)


def _text(html):
    return re.sub(r"<[^>]+>", "", html)


def test_letter_quotes_the_commitments_with_their_clause_numbers(
    tenancy, engagement_a, analysed, addresses
):
    html = letter_html(tenancy, engagement_a)
    assert "garandeert een beschikbaarheid van de servers en het netwerk van 99,5%" in html
    assert "recht op een servicecredit: 5% van de maandvergoeding onder 99,5%" in html
    assert "Bijlage 1, 3" in html and "Bijlage 1, 4" in html
    assert "Overeenkomst beheer en support IT-infrastructuur, Bijlage 1, 3" in html


def test_letter_states_the_agreed_targets_per_priority(tenancy, engagement_a, analysed):
    html = letter_html(tenancy, engagement_a)
    table = html.split('id="letter-targets"')[1].split("</table>")[0]
    cells = re.findall(r"<td>([^<]*)</td>", table)
    # NetCare's SLA: P1 1 h / 4 h, P3 4 h / 3 working days, P4 1 working day / 10 working days
    assert cells[:3] == ["P1", "1 werkuur", "4 werkuren"]
    assert cells[6:9] == ["P3", "4 werkuren", "3 werkdagen"]
    assert cells[9:12] == ["P4", "1 werkdag", "10 werkdagen"]


def test_letter_never_quotes_force_majeure_or_the_never_liable_sentence(
    tenancy, engagement_a, analysed
):
    html = letter_html(tenancy, engagement_a)
    assert "Overmacht" not in html and "overmacht" not in html
    assert "nooit aansprakelijk" not in html
    assert "beperkt tot" not in html


def test_letter_never_shows_an_uploaded_file_name(tenancy, engagement_a, analysed):
    html = letter_html(tenancy, engagement_a)
    assert TERMS_FILE not in html and CONTRACT_FILE_STEM not in html


def test_letter_shows_how_the_credit_is_calculated(tenancy, engagement_a, analysed):
    html = letter_html(tenancy, engagement_a)
    calculation = _text(html.split('id="calculation">')[1].split("</p>")[0])
    # 415 of 43,200 minutes down: 99.039 % < 99.5 % -> 5 % of € 1.200,00 = € 60,00
    assert "99,03 % &lt; 99,5 %" in calculation
    assert "5 % van de maandvergoeding van € 1.200,00" in calculation
    assert "€ 60,00" in calculation


def test_letter_has_sender_and_addressee_blocks(tenancy, engagement_a, imported, addresses):
    html = letter_html(tenancy, engagement_a)
    sender = html.split('id="letter-sender">')[1].split("</p>")[0]
    addressee = html.split('id="letter-addressee">')[1].split("</p>")[0]
    assert sender == (
        "<strong>Bakkerij Peeters</strong><br>Veldstraat 12<br>9000 Gent<br>België"
        "<br>Btw BE 0812.345.801"
    )
    assert addressee == (
        "<strong>Pixelwerf BV</strong><br>Industrieweg 4<br>2800 Mechelen<br>België"
        "<br>Btw BE 0712.345.630"
    )


def test_letter_has_place_date_reference_and_signature(tenancy, engagement_a, imported, addresses):
    html = letter_html(tenancy, engagement_a)
    assert '<p class="date" id="letter-date">Gent, 04/12/2026</p>' in html
    assert f"Onze referentie: VP-{engagement_a.pk}-2026-09" in html
    assert "Betreft: aanvraag van een servicecredit voor september 2026 – Webshop" in html
    signature = html.split('id="letter-signature">')[1].split("</p>")[0]
    assert signature == "Lotte Verhaegen<br>Bakkerij Peeters"


def test_letter_without_addresses_still_renders_without_none(tenancy, engagement_a, imported):
    html = letter_html(tenancy, engagement_a)
    assert "None" not in html
    assert '<p class="date" id="letter-date">04/12/2026</p>' in html


def test_without_analysed_service_levels_the_letter_relies_on_the_recorded_terms(
    tenancy, engagement_a, imported
):
    html = letter_html(tenancy, engagement_a)
    assert 'id="recorded-levels"' in html and "VendorPact" in html
    assert 'id="commitments"' not in html
    assert "<td>P2</td><td>2 werkuren</td><td>8 werkuren</td>" in html
    assert "beschikbaarheid van ten minste 99,5 % per kalendermaand" in html
    assert "ten hoogste 30 % van de maandvergoeding" in html


def test_general_terms_with_only_exclusions_count_as_no_service_level_clause(
    tenancy, engagement_a, imported
):
    terms = SimpleUploadedFile(TERMS_FILE, GENERAL_TERMS.encode(), "text/plain")
    _analyse(tenancy, engagement_a, terms, "general_terms")
    html = letter_html(tenancy, engagement_a)
    assert 'id="recorded-levels"' in html and "Overmacht" not in html


ENGLISH = re.compile(
    r"\b(?:the|you|your|with|business|hours?|days?|monthly|subject|reference|resolved|overdue|"
    r"availability|claim|agreed|regards|dear|fee|credit note)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_dutch_and_french_letters_contain_no_english(
    tenancy, engagement_a, analysed, addresses, lang
):
    html = letter_html(tenancy, engagement_a, lang=lang)
    own_words = re.sub(r"<blockquote>.*?</blockquote>", "", html, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", " ", own_words)
    assert ENGLISH.findall(text) == []


def test_french_letter_is_formal(tenancy, engagement_a, analysed, addresses):
    html = letter_html(tenancy, engagement_a, lang="fr")
    assert "Objet : demande d'un crédit de service pour septembre 2026" in html
    assert "Nous vous demandons donc un crédit de service de € 60,00." in _text(html)
    assert not re.search(r"\b(?:tu|ton|ta|tes)\b", html)


def _evaluated(resolved, response_breached, resolution_breached):
    ticket = Ticket(external_id="T-1", resolved=resolved)
    result = TicketResult(
        id="T-1",
        priority="P2",
        created=0.0,
        response_seconds=3 * 3600.0,
        resolution_seconds=None if resolved is None else 10 * 3600.0,
        response_breached=response_breached,
        resolution_breached=resolution_breached,
    )
    return EvaluatedTicket(ticket, result)


@pytest.mark.parametrize(
    ("resolved", "response_late", "resolution_late", "status"),
    [
        (NOW, False, True, "resolved late"),
        (NOW, True, False, "resolved, first response late"),
        (None, False, True, "still open, overdue"),
        (None, True, None, "still open, first response late"),
    ],
)
def test_each_breach_says_whether_it_was_closed_late_or_is_still_open(
    resolved, response_late, resolution_late, status
):
    with translation.override("en"):
        assert breach_status(_evaluated(resolved, response_late, resolution_late)) == status


def _claim_url(tenancy, engagement, rest="claim/"):
    return f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/sla/{rest}"


def test_letter_page_says_which_address_data_to_fill_in(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    page = client.get(_claim_url(tenancy, engagement_a) + f"?month={MONTH}&lang=en")
    notice = page.content.decode().split('id="letter-missing"')[1].split("</div>")[0]
    settings_link = f'href="/o/{tenancy.org_a.slug}/organisation/"'
    # the notice is in the interface's language (Dutch), whatever the letter's language
    assert f"{settings_link}>uw postadres</a>" in notice
    assert f"{settings_link}>uw btw-nummer</a>" in notice
    supplier_link = f'href="/o/{tenancy.org_a.slug}/suppliers/{engagement_a.supplier.pk}/edit/"'
    assert f"{supplier_link}>het postadres van de leverancier</a>" in notice
    assert "None" not in page.content.decode()


def test_letter_page_has_no_notice_when_the_addresses_are_complete(
    client, tenancy, engagement_a, imported, addresses
):
    client.force_login(tenancy.alice)
    page = client.get(_claim_url(tenancy, engagement_a) + f"?month={MONTH}")
    assert 'id="letter-missing"' not in page.content.decode()


def test_letter_page_offers_french(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    page = client.get(_claim_url(tenancy, engagement_a) + f"?month={MONTH}&lang=fr")
    assert "Madame, Monsieur," in page.content.decode()


def test_french_pdf_letter(client, tenancy, engagement_a, analysed, addresses):
    client.force_login(tenancy.alice)
    response = client.get(
        _claim_url(tenancy, engagement_a, "claim.pdf") + f"?month={MONTH}&lang=fr"
    )
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_demo_letter_argues_for_the_client(db, monkeypatch):
    """The reproduction on the demo itself (as `make run` loads it), time pinned."""
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW.astimezone(dt.UTC))
    org = demo.load_demo()
    user = get_user_model().objects.get(username=demo.DEMO_USERNAME)
    engagement = org.engagements.get(title=sla_demo.ENGAGEMENT_TITLE)
    document = upload_document(
        org=org,
        actor=user,
        engagement=engagement,
        uploaded=SimpleUploadedFile(TERMS_FILE, GENERAL_TERMS.encode(), "text/plain"),
        kind="general_terms",
    )
    run_analysis(request_analysis(org=org, actor=user, document=document).pk)
    sla = EngagementSla(engagement, now=NOW)
    month = next(row.month for row in sla.months if row.credit_eur)
    with translation.override("nl"):
        html = render_to_string("sla/_letter.html", letter_context(sla, month, user, "nl", TODAY))
    assert "Overmacht" not in html and "nooit aansprakelijk" not in html
    assert TERMS_FILE not in html and CONTRACT_FILE_STEM not in html
    assert "Overeenkomst beheer en support IT-infrastructuur, Bijlage 1, 3" in html
    assert "<td>P1</td><td>1 werkuur</td><td>4 werkuren</td>" in html
    assert "Stationsstraat 14<br>2800 Mechelen" in html.split('id="letter-sender">')[1]
    addressee = html.split('id="letter-addressee">')[1].split("</p>")[0]
    assert addressee == (
        "<strong>NetCare Solutions NV</strong><br>Industrieweg 4<br>2800 Mechelen<br>België"
        "<br>Btw BE 0456.789.133"
    )
    assert '<p class="date" id="letter-date">Mechelen, 04/12/2026</p>' in html


def test_targets_of_a_round_the_clock_calendar_count_days_of_24_hours(tenancy, engagement_a):
    policy = {
        "timezone": "Europe/Brussels",
        "hours": "24x7",
        "priorities": {
            "P1": {
                "response": {"minutes": 30, "clock": "business"},
                "resolution": {"minutes": 2880, "clock": "business"},
            }
        },
    }
    sla_services.save_terms(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, policy=policy
    )
    with translation.override("en"):
        rows = target_rows(EngagementSla(engagement_a, NOW))
    assert rows == [
        {"priority": "P1", "response": "30 business minutes", "resolution": "2 business days"}
    ]
