"""Uploads are read through the storage API, so they may live in object storage: with a storage
that has no local paths (like S3 through django-storages: no `FieldFile.path`), analyses and
imports still work."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.fields.files import FieldFile
from django.test import override_settings

from tests.sla.conftest import SMALL_ZENDESK
from vendorpact.analysis.models import AnalysisState
from vendorpact.analysis.services import request_analysis, run_analysis
from vendorpact.engagements.services import upload_document
from vendorpact.sla.models import Ticket

NO_LOCAL_PATHS = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CONTRACT = (
    "Overeenkomst tussen Bakkerij Peeters BV en Pixelwerf BV\n"
    "Artikel 1 - Duur\nDeze overeenkomst geldt voor 12 maanden vanaf 1 februari 2026.\n"
    "Artikel 2 - Opzegging\nElke partij kan opzeggen met een opzegtermijn van 3 maanden.\n"
)


def no_local_path(field_file):
    raise NotImplementedError("This backend doesn't support absolute paths.")


@pytest.fixture
def object_storage(monkeypatch):
    """Uploads in memory, and any use of FieldFile.path fails, as it does on S3."""
    monkeypatch.setattr(FieldFile, "path", property(no_local_path))
    with override_settings(STORAGES=NO_LOCAL_PATHS):
        assert not default_storage.exists("documents")
        yield


def test_document_in_object_storage_is_analysed(object_storage, tenancy, engagement_a):
    uploaded = SimpleUploadedFile("contract.txt", CONTRACT.encode(), content_type="text/plain")
    document = upload_document(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        uploaded=uploaded,
        kind="contract",
    )
    analysis = run_analysis(
        request_analysis(org=tenancy.org_a, actor=tenancy.alice, document=document).pk
    )
    assert analysis.state == AnalysisState.DONE


def test_ticket_export_in_object_storage_is_imported(object_storage, terms, run_import):
    done = run_import("tickets", SMALL_ZENDESK)
    # SMALL_ZENDESK has three good rows (501-503) and two bad ones
    assert done.imported == 3
    assert Ticket.objects.count() == 3
