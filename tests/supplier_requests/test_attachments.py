"""Attachments of a request: checked like document uploads, members only, removed with it."""

import hashlib

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.supplier_requests.factories import PNG, make_attachment, make_request
from vendorpact.core.uploads import UploadError
from vendorpact.engagements.services import delete_engagement
from vendorpact.supplier_requests import attachment_services
from vendorpact.supplier_requests.models import RequestAttachment, SupplierRequest


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def test_screenshot_is_stored_with_its_sha256_and_type(tenancy, engagement_a):
    attachment = make_attachment(tenancy, engagement_a)
    assert attachment.sha256 == hashlib.sha256(PNG).hexdigest()
    assert (attachment.content_type, attachment.size) == ("image/png", len(PNG))
    assert default_storage.exists(attachment.file.name)


def test_log_file_is_accepted_as_text(tenancy, engagement_a):
    log = b"2026-10-05 09:00:01 ERROR kassa: verbinding met betaalterminal verloren\n"
    attachment = make_attachment(tenancy, engagement_a, name="kassa.log", content=log)
    assert attachment.content_type == "text/plain"


def test_file_whose_content_is_not_its_extension_is_refused(tenancy, engagement_a):
    supplier_request = make_request(tenancy, engagement_a)
    with pytest.raises(UploadError) as refused:
        attachment_services.add_attachment(
            org=tenancy.org_a,
            actor=tenancy.alice,
            supplier_request=supplier_request,
            uploaded=upload("scherm.png", b"GIF89a not a png"),
        )
    assert refused.value.code == "upload.content_mismatch"
    assert not RequestAttachment.objects.exists()


def test_program_is_refused_with_the_attachment_message(client, tenancy, engagement_a):
    supplier_request = make_request(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    client.cookies["django_language"] = "nl"
    url = f"/o/{tenancy.org_a.slug}/requests/{supplier_request.pk}/attachments/"
    response = client.post(url, {"file": upload("setup.exe", b"MZ\x90\x00")}, follow=True)
    assert "Bestanden van het type “exe” worden niet aanvaard" in response.text
    assert not RequestAttachment.objects.exists()


def test_file_over_the_size_limit_is_refused(settings, tenancy, engagement_a):
    settings.VENDORPACT_MAX_UPLOAD_MB = 0  # every non-empty file is over the limit
    supplier_request = make_request(tenancy, engagement_a)
    with pytest.raises(UploadError) as refused:
        attachment_services.add_attachment(
            org=tenancy.org_a,
            actor=tenancy.alice,
            supplier_request=supplier_request,
            uploaded=upload("scherm.png", PNG),
        )
    assert refused.value.code == "upload.too_large"


def test_member_uploads_and_downloads_through_the_pages(client, tenancy, engagement_a):
    supplier_request = make_request(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/requests/{supplier_request.pk}/attachments/"
    client.post(url, {"file": upload("scherm.png", PNG)})
    attachment = RequestAttachment.objects.get()
    response = client.get(f"/o/{tenancy.org_a.slug}/request-attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert response["Content-Disposition"].startswith("attachment;")


def test_viewer_cannot_attach(client, tenancy, engagement_a):
    supplier_request = make_request(tenancy, engagement_a)
    client.force_login(tenancy.vera)
    url = f"/o/{tenancy.org_a.slug}/requests/{supplier_request.pk}/attachments/"
    assert client.post(url, {"file": upload("scherm.png", PNG)}).status_code == 403
    assert not RequestAttachment.objects.exists()


def test_member_of_another_organisation_cannot_download(client, tenancy, engagement_a):
    attachment = make_attachment(tenancy, engagement_a)
    client.force_login(tenancy.bob)
    own_org_url = f"/o/{tenancy.org_b.slug}/request-attachments/{attachment.pk}/"
    assert client.get(own_org_url).status_code == 404


def test_deleting_the_request_removes_its_attachments_and_files(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    attachment = make_attachment(tenancy, engagement_a)
    client.force_login(tenancy.max)  # a manager
    url = f"/o/{tenancy.org_a.slug}/requests/{attachment.supplier_request_id}/delete/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert not SupplierRequest.objects.filter(pk=attachment.supplier_request_id).exists()
    assert not RequestAttachment.objects.exists()
    assert not default_storage.exists(attachment.file.name)


def test_delete_confirmation_names_the_attachments(client, tenancy, engagement_a):
    attachment = make_attachment(tenancy, engagement_a)
    client.force_login(tenancy.max)
    client.cookies["django_language"] = "en"
    url = f"/o/{tenancy.org_a.slug}/requests/{attachment.supplier_request_id}/delete/"
    assert "Request attachments (with their files): 1" in client.get(url).text


def test_member_cannot_delete_a_request(client, tenancy, engagement_a):
    supplier_request = make_request(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/requests/{supplier_request.pk}/delete/"
    assert client.post(url).status_code == 403


def test_removing_one_attachment_removes_its_file(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    attachment = make_attachment(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/request-attachments/{attachment.pk}/delete/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    assert not RequestAttachment.objects.exists()
    assert not default_storage.exists(attachment.file.name)


def test_deleting_the_engagement_removes_attachment_files(
    tenancy, engagement_a, django_capture_on_commit_callbacks
):
    attachment = make_attachment(tenancy, engagement_a)
    with django_capture_on_commit_callbacks(execute=True):
        delete_engagement(org=tenancy.org_a, actor=tenancy.olga, engagement=engagement_a)
    assert not default_storage.exists(attachment.file.name)
