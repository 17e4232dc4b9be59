from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import minimal_pdf
from vendorpact.engagements.models import ChecklistEntry, Document, Engagement


def url(org, suffix=""):
    return f"/o/{org.slug}/engagements/{suffix}"


def test_create_engagement_agreed_by_email(client, tenancy, supplier_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, "new/"),
        {
            "supplier": supplier_a.pk,
            "title": "Onderhoud webshop",
            "kind": "maintenance",
            "status": "active",
            "agreed_how": "email",
            "general_terms": "supplier",
            "start_date": "01/02/2026",
            "duration_months": 12,
            "renewal": "tacit",
            "renewal_months": 12,
            "notice_value": 3,
            "notice_unit": "months",
        },
    )
    engagement = Engagement.objects.get(title="Onderhoud webshop")
    assert response.status_code == 302
    assert engagement.start_date == date(2026, 2, 1)


def test_engagement_page_shows_general_terms_advice(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    page = client.get(url(tenancy.org_a, f"{engagement_a.pk}/"), HTTP_ACCEPT_LANGUAGE="en")
    assert "you may be bound by the supplier" in page.content.decode()


def test_supplier_of_other_org_cannot_be_chosen(client, tenancy):
    from vendorpact.suppliers.models import Supplier

    foreign = Supplier.objects.create(organisation=tenancy.org_b, name="Foreign")
    client.force_login(tenancy.ada)
    response = client.post(
        url(tenancy.org_a, "new/"),
        {
            "supplier": foreign.pk,
            "title": "Sneaky",
            "kind": "project",
            "status": "draft",
            "agreed_how": "email",
            "general_terms": "none",
            "renewal": "none",
            "notice_unit": "months",
        },
    )
    assert response.status_code == 200 and not Engagement.objects.filter(title="Sneaky").exists()


def test_end_before_start_is_refused(client, tenancy, supplier_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, "new/"),
        {
            "supplier": supplier_a.pk,
            "title": "Backwards",
            "kind": "project",
            "status": "draft",
            "agreed_how": "email",
            "general_terms": "none",
            "renewal": "none",
            "notice_unit": "months",
            "start_date": "2026-05-01",
            "end_date": "2026-04-01",
        },
    )
    assert response.status_code == 200 and not Engagement.objects.filter(title="Backwards").exists()


def test_checklist_status_click_saves_entry(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, f"{engagement_a.pk}/checklist/timing.planning/"),
        {"status": "partial"},
        HTTP_HX_REQUEST="true",
    )
    entry = ChecklistEntry.objects.get(engagement=engagement_a, item_id="timing.planning")
    assert response.status_code == 200 and entry.status == "partial"
    assert entry.source == "user" and entry.updated_by == tenancy.alice


def test_checklist_note_is_saved(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    client.post(
        url(tenancy.org_a, f"{engagement_a.pk}/checklist/budget.project_cost/"),
        {"status": "covered", "note": "Offerte 2026-014, art. 3"},
    )
    entry = ChecklistEntry.objects.get(engagement=engagement_a, item_id="budget.project_cost")
    assert entry.note == "Offerte 2026-014, art. 3"


def test_unknown_checklist_item_is_404(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, f"{engagement_a.pk}/checklist/nope.nothing/"), {"status": "covered"}
    )
    assert response.status_code == 404


def test_viewer_cannot_change_checklist(client, tenancy, engagement_a):
    client.force_login(tenancy.vera)
    response = client.post(
        url(tenancy.org_a, f"{engagement_a.pk}/checklist/timing.planning/"), {"status": "covered"}
    )
    assert response.status_code == 403
    assert not ChecklistEntry.objects.filter(item_id="timing.planning").exists()


def test_upload_pdf_stores_hash_and_size(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    pdf = minimal_pdf()
    client.post(
        url(tenancy.org_a, f"{engagement_a.pk}/documents/"),
        {"file": SimpleUploadedFile("offerte.pdf", pdf), "kind": "quote"},
    )
    document = Document.objects.get(engagement=engagement_a)
    assert (document.original_name, document.size, len(document.sha256)) == (
        "offerte.pdf",
        len(pdf),
        64,
    )


def test_upload_of_exe_is_refused_and_nothing_stored(client, tenancy, engagement_a, settings):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, f"{engagement_a.pk}/documents/"),
        {"file": SimpleUploadedFile("setup.exe", b"MZ\x90\x00"), "kind": "other"},
        follow=True,
    )
    assert "are not accepted" in response.content.decode() or "niet aanvaard" in (
        response.content.decode()
    )
    assert not Document.objects.exists()
    assert not any(p.is_file() for p in settings.MEDIA_ROOT.rglob("*"))


def test_oversized_upload_is_refused(client, tenancy, engagement_a, settings):
    settings.VENDORPACT_MAX_UPLOAD_MB = 1
    client.force_login(tenancy.alice)
    big = b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10)
    client.post(
        url(tenancy.org_a, f"{engagement_a.pk}/documents/"),
        {"file": SimpleUploadedFile("big.pdf", big), "kind": "contract"},
    )
    assert not Document.objects.exists()


def test_download_returns_the_original_file(client, tenancy, document_a):
    client.force_login(tenancy.vera)
    response = client.get(f"/o/{tenancy.org_a.slug}/documents/{document_a.pk}/")
    assert b"".join(response.streaming_content) == minimal_pdf()
    assert 'filename="contract.pdf"' in response["Content-Disposition"]


def test_member_cannot_delete_document(client, tenancy, document_a):
    client.force_login(tenancy.alice)
    response = client.post(f"/o/{tenancy.org_a.slug}/documents/{document_a.pk}/delete/")
    assert response.status_code == 403 and Document.objects.filter(pk=document_a.pk).exists()


def test_manager_deletes_document_and_its_file(
    client, tenancy, document_a, settings, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.max)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/o/{tenancy.org_a.slug}/documents/{document_a.pk}/delete/")
    assert not Document.objects.exists()
    assert not any(p.is_file() for p in settings.MEDIA_ROOT.rglob("*"))


def test_new_engagement_form_asks_how_it_was_agreed(client, tenancy):
    client.force_login(tenancy.alice)
    page = client.get(url(tenancy.org_a, "new/"), HTTP_ACCEPT_LANGUAGE="en")
    form = page.context["form"]
    assert form["agreed_how"].value() == ""
    assert list(form.fields["agreed_how"].choices)[0] == ("", "— choose —")
    assert 'value="signed_both" selected' not in page.content.decode()


def test_new_engagement_without_agreed_how_is_refused(client, tenancy, supplier_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, "new/"),
        {
            "supplier": supplier_a.pk,
            "title": "Nieuwe kassa",
            "kind": "project",
            "status": "draft",
            "agreed_how": "",
            "general_terms": "none",
            "renewal": "none",
            "notice_unit": "months",
        },
    )
    assert response.status_code == 200
    assert "agreed_how" in response.context["form"].errors
    assert not Engagement.objects.filter(title="Nieuwe kassa").exists()


def test_edit_form_keeps_the_recorded_agreed_how(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    page = client.get(url(tenancy.org_a, f"{engagement_a.pk}/edit/"))
    assert page.context["form"]["agreed_how"].value() == engagement_a.agreed_how
