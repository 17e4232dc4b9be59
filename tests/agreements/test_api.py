"""API: list, create (422 with one message per problem), get and download agreement drafts."""

import io

import pytest
from django.utils import timezone
from docx import Document

from tests.agreements.conftest import OPEN_ITEMS, completed_terms
from vendorpact.agreements.models import AgreementDraft
from vendorpact.agreements.prefill import prefill_terms
from vendorpact.api.services import create_token


def _caller(client, user):
    token = create_token(user=user, name="t")[1]

    def call(method, path, body=None):
        kwargs = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
        if body is not None:
            kwargs |= {"data": body, "content_type": "application/json"}
        return getattr(client, method)("/api/v1/orgs/bakkerij-peeters" + path, **kwargs)

    return call


@pytest.fixture
def api(client, tenancy):
    return _caller(client, tenancy.alice)


@pytest.fixture
def terms(netcare):
    return completed_terms(prefill_terms(netcare, as_of=timezone.localdate()).terms)


def _drafts_path(engagement):
    return f"/engagements/{engagement.pk}/agreement-drafts"


def test_api_creates_numbered_drafts(api, netcare, terms):
    first = api("post", _drafts_path(netcare), {"mode": "full", "language": "nl", "terms": terms})
    second = api("post", _drafts_path(netcare), {"mode": "full", "language": "fr", "terms": terms})
    assert first.status_code == 201, first.json()
    assert (first.json()["version"], second.json()["version"]) == (1, 2)
    listed = api("get", _drafts_path(netcare)).json()
    assert [d["version"] for d in listed] == [2, 1]


def test_api_addendum_without_items_settles_the_open_items(api, netcare, terms):
    response = api("post", _drafts_path(netcare), {"mode": "addendum", "terms": terms})
    assert response.status_code == 201
    assert sorted(response.json()["terms"]["items"]) == sorted(OPEN_ITEMS)


def test_api_refuses_incomplete_terms_with_one_message_per_problem(api, netcare, terms):
    del terms["payment_days"]
    terms["notice_days"] = 400  # the format allows at most 365
    response = api("post", _drafts_path(netcare), {"terms": terms})
    assert response.status_code == 422
    fields = sorted(error["field"] for error in response.json()["errors"])
    assert fields == ["notice_days"]  # the format is checked first, as in the CLI
    terms["notice_days"] = 60
    response = api("post", _drafts_path(netcare), {"terms": terms})
    assert [e["field"] for e in response.json()["errors"]] == ["payment_days"]
    assert "payment_days: required for budget.payment_terms" in response.json()["detail"]
    assert not AgreementDraft.objects.exists()


def test_api_get_and_download_docx(api, netcare, terms):
    created = api("post", _drafts_path(netcare), {"language": "en", "terms": terms}).json()
    assert api("get", f"/agreement-drafts/{created['id']}").json()["language"] == "en"
    response = api("get", f"/agreement-drafts/{created['id']}/docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "NetCare Solutions BV" in text


def test_api_download_pdf(api, netcare, terms):
    created = api("post", _drafts_path(netcare), {"terms": terms}).json()
    response = api("get", f"/agreement-drafts/{created['id']}/pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_api_viewer_reads_but_cannot_draft(client, tenancy, netcare, terms, api):
    api("post", _drafts_path(netcare), {"terms": terms})
    viewer = _caller(client, tenancy.vera)
    assert len(viewer("get", _drafts_path(netcare)).json()) == 1
    assert viewer("post", _drafts_path(netcare), {"terms": terms}).status_code == 403
    assert AgreementDraft.objects.count() == 1


def test_api_refuses_terms_of_another_kind(api, netcare, terms):
    terms["kind"] = "project"
    response = api("post", _drafts_path(netcare), {"terms": terms})
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["kind"]
