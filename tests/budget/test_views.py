from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.budget.models import BudgetLine, ExtraCost, Invoice


def url(tenancy, path):
    return f"/o/{tenancy.org_a.slug}/{path}"


def test_budget_page_shows_lines_and_the_chart(client, tenancy, engagement_a, development_line):
    client.force_login(tenancy.vera)
    response = client.get(url(tenancy, f"engagements/{engagement_a.pk}/budget/"))
    assert response.status_code == 200
    assert "Ontwikkeling webshop" in response.content.decode()
    assert "<svg" in response.content.decode()


def test_member_adds_a_recurring_budget_line(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy, f"engagements/{engagement_a.pk}/budget-lines/new/"),
        {
            "label": "Hosting",
            "kind": "recurring",
            "amount": "45",
            "period": "month",
            "start": "2026-01-01",
        },
    )
    assert response.status_code == 302
    assert BudgetLine.objects.get().period == "month"


def test_recurring_line_without_period_gets_a_form_error(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy, f"engagements/{engagement_a.pk}/budget-lines/new/"),
        {"label": "Hosting", "kind": "recurring", "amount": "45"},
    )
    assert response.status_code == 200 and not BudgetLine.objects.exists()


def test_viewer_cannot_approve(client, tenancy, reported_cost):
    client.force_login(tenancy.vera)
    response = client.post(url(tenancy, f"extra-costs/{reported_cost.pk}/approve/"))
    assert response.status_code == 403


def test_extra_cost_page_shows_the_agreed_procedure(client, tenancy, engagement_a, reported_cost):
    from vendorpact.engagements.models import ChecklistEntry

    ChecklistEntry.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        item_id="budget.extra_costs",
        status="covered",
        note="Meerwerk enkel na schriftelijke offerte en akkoord van de zaakvoerder.",
    )
    client.force_login(tenancy.vera)
    response = client.get(url(tenancy, f"extra-costs/{reported_cost.pk}/"))
    assert "schriftelijke offerte en akkoord" in response.content.decode()


def test_over_budget_approval_asks_for_confirmation(client, tenancy, reported_cost):
    reported_cost.estimate = Decimal("9000")
    reported_cost.save()
    client.force_login(tenancy.alice)
    response = client.post(url(tenancy, f"extra-costs/{reported_cost.pk}/approve/"))
    assert response.status_code == 409
    assert 'name="confirm_over_budget"' in response.content.decode()
    assert ExtraCost.objects.get().status == "reported"


def test_confirmed_over_budget_approval_is_saved(client, tenancy, reported_cost):
    reported_cost.estimate = Decimal("9000")
    reported_cost.save()
    client.force_login(tenancy.alice)
    client.post(
        url(tenancy, f"extra-costs/{reported_cost.pk}/approve/"), {"confirm_over_budget": "1"}
    )
    assert ExtraCost.objects.get().status == "approved"


def test_broken_ubl_upload_gets_a_clear_message(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    upload = SimpleUploadedFile("factuur.xml", b"<Invoice><cbc:ID>1</Invoice", "application/xml")
    response = client.post(
        url(tenancy, f"engagements/{engagement_a.pk}/invoices/import/"),
        {"file": upload},
        follow=True,
    )
    assert "geen geldige XML" in response.content.decode()
    assert not Invoice.objects.exists()


def test_duplicate_ubl_upload_is_refused_with_the_number(client, tenancy, engagement_a, ubl_bytes):
    client.force_login(tenancy.alice)
    for _ in range(2):
        upload = SimpleUploadedFile("f.xml", ubl_bytes(), "application/xml")
        response = client.post(
            url(tenancy, f"engagements/{engagement_a.pk}/invoices/import/"),
            {"file": upload},
            follow=True,
        )
    assert "V01/15000001" in response.content.decode()
    assert "al ingevoerd" in response.content.decode()
    assert Invoice.objects.count() == 1


def test_manual_invoice_with_lines_is_stored(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy, f"engagements/{engagement_a.pk}/invoices/new/"),
        {
            "number": "PW-2026-031",
            "issue_date": "31/03/2026",
            "vat_total": "840",
            "lines-TOTAL_FORMS": "3",
            "lines-INITIAL_FORMS": "0",
            "lines-0-description": "Tweede schijf ontwikkeling",
            "lines-0-amount": "4000",
        },
    )
    assert response.status_code == 302
    invoice = Invoice.objects.get()
    assert (invoice.total_excl_vat, invoice.total_incl_vat) == (Decimal(4000), Decimal(4840))


def test_confirming_the_match_marks_the_line_matched(
    client, tenancy, engagement_a, development_line, ubl_bytes
):
    client.force_login(tenancy.alice)
    upload = SimpleUploadedFile("f.xml", ubl_bytes(), "application/xml")
    client.post(url(tenancy, f"engagements/{engagement_a.pk}/invoices/import/"), {"file": upload})
    invoice = Invoice.objects.get()
    line = invoice.lines.get()
    client.post(
        url(tenancy, f"invoices/{invoice.pk}/match/"),
        {f"line-{line.pk}": f"budget_line:{development_line.pk}"},
    )
    line.refresh_from_db()
    assert line.match_state == "confirmed"


def test_budget_page_renders_in_english(client, tenancy, engagement_a, reported_cost):
    client.force_login(tenancy.vera)
    response = client.get(
        url(tenancy, f"engagements/{engagement_a.pk}/budget/"), HTTP_ACCEPT_LANGUAGE="en"
    )
    page = response.content.decode()
    assert "Budget per line" in page and "Budget per lijn" not in page


def test_manager_deletes_a_budget_line_member_cannot(
    client, tenancy, engagement_a, development_line
):
    client.force_login(tenancy.alice)
    denied = client.post(url(tenancy, f"budget-lines/{development_line.pk}/delete/"))
    client.force_login(tenancy.max)
    client.post(url(tenancy, f"budget-lines/{development_line.pk}/delete/"))
    assert denied.status_code == 403 and not BudgetLine.objects.exists()


def test_csv_upload_reports_the_bad_row_and_keeps_the_good_invoice(client, tenancy, engagement_a):
    csv = (
        b"leverancier;factuurnummer;factuurdatum;omschrijving;bedrag\n"
        b"Pixelwerf BV;2026-010;31/01/2026;Voorschot;5000\n"
        b"Pixelwerf BV;2026-011;vorige week;Tweede schijf;4000\n"
    )
    client.force_login(tenancy.alice)
    upload = SimpleUploadedFile("facturen.csv", csv, "text/csv")
    page = client.post(
        url(tenancy, f"engagements/{engagement_a.pk}/invoices/import/"),
        {"file": upload},
        follow=True,
    ).content.decode()
    assert "1 factuur ingelezen" in page and "Lijn 3" in page
    assert list(Invoice.objects.values_list("number", flat=True)) == ["2026-010"]
