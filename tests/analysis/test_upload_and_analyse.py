"""One rule for web and API: every uploaded document whose kind can be analysed is analysed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.analysis.test_analysis_web import DUTCH_MAINTENANCE_CONTRACT
from vendorpact.analysis.models import Analysis
from vendorpact.analysis.services import upload_and_analyse
from vendorpact.api.services import create_token
from vendorpact.core.uploads import UploadError


def contract_file():
    return SimpleUploadedFile("onderhoud.txt", DUTCH_MAINTENANCE_CONTRACT.encode())


def test_a_contract_is_stored_and_its_analysis_requested(tenancy, engagement_a):
    upload = upload_and_analyse(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        uploaded=contract_file(),
        kind="contract",
    )
    assert upload.analysis == Analysis.objects.get(document=upload.document)


def test_a_document_of_another_kind_is_stored_without_an_analysis(tenancy, engagement_a):
    upload = upload_and_analyse(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        uploaded=contract_file(),
        kind="other",
    )
    assert upload.analysis is None
    assert engagement_a.documents.get() == upload.document
    assert not Analysis.objects.exists()


def test_a_refused_file_is_neither_stored_nor_analysed(tenancy, engagement_a):
    with pytest.raises(UploadError):
        upload_and_analyse(
            org=tenancy.org_a,
            actor=tenancy.alice,
            engagement=engagement_a,
            uploaded=SimpleUploadedFile("x.exe", b"MZ"),
            kind="contract",
        )
    assert not engagement_a.documents.exists() and not Analysis.objects.exists()


def test_a_contract_uploaded_through_the_api_is_analysed(client, tenancy, engagement_a):
    token = create_token(user=tenancy.alice, name="t")[1]
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/documents",
        {"file": contract_file(), "kind": "contract"},
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 201
    assert Analysis.objects.get().document_id == response.json()["id"]
