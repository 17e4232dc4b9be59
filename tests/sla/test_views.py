"""The SLA pages: overview with chart, terms form, import flow, ticket list, claim letter."""

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.clock import at_moment
from tests.sla.conftest import NOW, SMALL_ZENDESK
from vendorpact.analysis.models import Analysis
from vendorpact.sla.models import SlaImport, SlaTerms, Ticket

# The pages evaluate open tickets as of now: the moment the demo export was made.
pytestmark = at_moment(NOW)


def _url(tenancy, engagement, section=""):
    return f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/sla/{section}"


def test_engagement_page_has_the_service_levels_tab(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/").content.decode()
    assert _url(tenancy, engagement_a) in page


def test_overview_shows_months_chart_and_breaches(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.vera)
    page = client.get(_url(tenancy, engagement_a)).content.decode()
    assert 'data-month="2026-09"' in page and "<svg" in page
    assert 'id="breaches"' in page and "claim/?month=2026-09" in page


def test_terms_page_says_it_was_prefilled_from_the_analysis(
    client, tenancy, engagement_a, document_a
):
    Analysis.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        document=document_a,
        state="done",
        result={"items": [], "figures": {"availability_percent": 99.5}},
    )
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a, "terms/")).content.decode()
    assert 'id="prefill-note"' in page and "contract.pdf" in page
    assert 'value="99,5"' in page  # the Dutch page shows the decimal comma


def _terms_post(**changes):
    data = {
        "timezone": "Europe/Brussels",
        "holiday_country": "BE",
        "reopen": "continue",
        "pause_statuses": "pending, waiting for customer",
        "hours_mon": "08:30-12:00, 13:00-17:30",
        "hours_tue": "08:30-17:30",
        "priority-TOTAL_FORMS": "2",
        "priority-INITIAL_FORMS": "0",
        "priority-0-name": "P1",
        "priority-0-response_value": "1",
        "priority-0-response_unit": "hours",
        "priority-0-response_clock": "business",
        "priority-0-resolution_value": "1",
        "priority-0-resolution_unit": "days",
        "priority-0-resolution_clock": "business",
        "priority-1-response_unit": "hours",
        "priority-1-response_clock": "business",
        "priority-1-resolution_unit": "hours",
        "priority-1-resolution_clock": "business",
        "credit-TOTAL_FORMS": "1",
        "credit-INITIAL_FORMS": "0",
        "credit-0-below_percent": "99.5",
        "credit-0-credit_percent": "5",
        "availability_enabled": "on",
        "target_percent": "99.5",
        "exclude_planned": "on",
        "monthly_fee": "1200",
    }
    return data | changes


def test_terms_form_saves_the_policy(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(_url(tenancy, engagement_a, "terms/"), _terms_post())
    assert response.status_code == 302
    policy = SlaTerms.objects.get(engagement=engagement_a).policy
    assert policy["hours"]["mon"] == [["08:30", "12:00"], ["13:00", "17:30"]]
    # one business day on the longest opening day, 08:30-17:30
    assert policy["priorities"]["P1"]["resolution"] == {"minutes": 540, "clock": "business"}
    assert policy["availability"]["monthly_fee_eur"] == 1200.0


def test_terms_form_refuses_bad_opening_hours(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(_url(tenancy, engagement_a, "terms/"), _terms_post(hours_mon="8-25"))
    assert response.status_code == 200 and not SlaTerms.objects.exists()


def test_viewer_cannot_save_terms(client, tenancy, engagement_a):
    client.force_login(tenancy.vera)
    response = client.post(_url(tenancy, engagement_a, "terms/"), _terms_post())
    assert response.status_code == 403 and not SlaTerms.objects.exists()


def test_import_preview_lists_bad_rows_then_imports_the_good_ones(
    client, tenancy, engagement_a, terms
):
    client.force_login(tenancy.alice)
    upload = SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode())
    response = client.post(
        _url(tenancy, engagement_a, "import/"),
        {"file": upload, "timezone": "Europe/Brussels", "day_first": "on"},
    )
    preview_url = response["Location"]
    page = client.get(preview_url).content.decode()
    assert 'id="bad-rows"' in page and '<td class="num">5</td>' in page
    assert "Import the 3 good rows" in page or "Importeer de 3 goede rijen" in page
    client.post(preview_url + "confirm/", {"mode": "good_rows"})
    assert Ticket.objects.count() == 3
    assert SlaImport.objects.get().state == "done"


def test_import_nothing_leaves_no_tickets(client, tenancy, engagement_a, terms):
    client.force_login(tenancy.alice)
    upload = SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode())
    response = client.post(
        _url(tenancy, engagement_a, "import/"), {"file": upload, "timezone": "Europe/Brussels"}
    )
    client.post(response["Location"] + "confirm/", {"mode": "nothing"})
    assert Ticket.objects.count() == 0 and SlaImport.objects.get().state == "cancelled"


def test_unknown_export_asks_for_columns(client, tenancy, engagement_a, terms):
    client.force_login(tenancy.alice)
    text = "Nummer;Urgentie;Gemeld op\nA-1;urgent;05/10/2026 09:00\n"
    response = client.post(
        _url(tenancy, engagement_a, "import/"),
        {"file": SimpleUploadedFile("x.csv", text.encode()), "timezone": "Europe/Brussels"},
    )
    preview_url = response["Location"]
    page = client.get(preview_url).content.decode()
    assert 'id="mapping-form"' in page and "<td>A-1</td>" in page
    client.post(
        preview_url + "mapping/", {"id": "Nummer", "created": "Gemeld op", "priority": "Urgentie"}
    )
    client.post(preview_url + "confirm/", {"mode": "good_rows"})
    assert list(Ticket.objects.values_list("external_id", "priority")) == [("A-1", "P1")]


def test_ticket_list_filters_breaches(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a, "tickets/?breached=any")).content.decode()
    shown = page.count("data-ticket=")
    everything = client.get(_url(tenancy, engagement_a, "tickets/")).content.decode()
    assert 0 < shown < everything.count("data-ticket=")


def test_claim_letter_in_english_has_the_credit(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a, "claim/?month=2026-09&lang=en"))
    text = page.content.decode()
    assert "September 2026" in text and "€60.00" in text


def test_claim_letter_in_dutch(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a, "claim/?month=2026-09&lang=nl"))
    text = page.content.decode()
    assert "september 2026" in text and "€ 60,00" in text


def test_claim_letter_pdf(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    response = client.get(_url(tenancy, engagement_a, "claim.pdf?month=2026-09"))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_claim_letter_for_a_month_without_figures_is_404(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    assert client.get(_url(tenancy, engagement_a, "claim/?month=2019-01")).status_code == 404


def test_ticket_page_shows_history_and_due_moments(client, tenancy, engagement_a, imported):
    ticket = Ticket.objects.filter(events__status="pending").first()
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/sla-tickets/{ticket.pk}/").content.decode()
    assert 'id="evaluation"' in page and "pending" in page


def test_column_mapping_form_guesses_the_columns():
    from vendorpact.sla.forms import guess_mapping

    header = ["Nummer", "Onderwerp", "Prioriteit", "Gemeld op", "Eerste reactie", "Opgelost op"]
    assert guess_mapping(header) == {
        "id": "Nummer",
        "created": "Gemeld op",
        "priority": "Prioriteit",
        "first_response": "Eerste reactie",
        "resolved": "Opgelost op",
        "subject": "Onderwerp",
    }


def test_ticket_list_filters_on_month_and_priority(client, tenancy, engagement_a, imported):
    client.force_login(tenancy.alice)
    page = client.get(_url(tenancy, engagement_a, "tickets/?month=2026-09&priority=P1"))
    shown = page.content.decode().count("data-ticket=")
    expected = Ticket.objects.filter(
        priority="P1", created__gte="2026-08-31T22:00Z", created__lt="2026-09-30T22:00Z"
    ).count()
    assert 0 < shown == expected


def test_second_confirm_click_says_the_import_was_handled(client, tenancy, engagement_a, terms):
    client.force_login(tenancy.alice)
    upload = SimpleUploadedFile("zendesk.csv", SMALL_ZENDESK.encode())
    response = client.post(
        _url(tenancy, engagement_a, "import/"), {"file": upload, "timezone": "Europe/Brussels"}
    )
    client.post(response["Location"] + "confirm/", {"mode": "good_rows"})
    again = client.post(response["Location"] + "confirm/", {"mode": "good_rows"})
    assert again.status_code == 302 and again["Location"] == response["Location"]
    assert Ticket.objects.count() == 3
