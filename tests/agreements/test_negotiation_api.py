"""API: sending a version, the supplier's token endpoints, accepting, the next version,
finalising, the signed copy and the comparison of two versions."""

import logging
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.agreements.signing import self_signed_signer, sign
from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements import services
from vendorpact.agreements.models import ArticleEvent, NegotiationLink
from vendorpact.api.services import create_token

ORG = "/api/v1/orgs/bakkerij-peeters"


def _auth(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user=user, name='t')[1]}"}


def _post(client, path, user, body=None):
    return client.post(ORG + path, body or {}, content_type="application/json", **_auth(user))


def _token_of(response) -> str:
    return response.json()["url"].rstrip("/").rsplit("/", 1)[-1]


def _answers(draft, disputed=2):
    return {
        "respondent": "Jens Maes",
        "answers": [
            {"number": a.number, "choice": "propose", "text": "Andere tekst."}
            if a.number == disputed
            else {"number": a.number, "choice": "accept"}
            for a in draft.articles.all()
        ],
    }


def test_manager_sends_and_member_cannot(client, tenancy, draft):
    path = f"/agreement-drafts/{draft.pk}/links"
    assert _post(client, path, tenancy.alice, {"days": 14}).status_code == 403
    response = _post(client, path, tenancy.max, {"days": 14, "sent_to": "jens@netcare.be"})
    assert response.status_code == 201
    assert "/shared/agreement/" in response.json()["url"]
    assert response.json()["state"] == "active"


def test_supplier_answers_with_the_token_only(client, tenancy, draft):
    token = _token_of(_post(client, f"/agreement-drafts/{draft.pk}/links", tenancy.max))
    shown = client.get(f"/api/v1/shared/agreements/{token}")
    assert shown.status_code == 200
    assert len(shown.json()["articles"]) == draft.articles.count()
    answered = client.post(
        f"/api/v1/shared/agreements/{token}/answers",
        _answers(draft),
        content_type="application/json",
    )
    assert answered.status_code == 200
    assert draft.articles.get(number=2).status == "disputed"
    # used once: the link is closed now
    assert client.get(f"/api/v1/shared/agreements/{token}").status_code == 410


def test_expired_token_is_410_and_changes_nothing(client, tenancy, draft):
    link, token = negotiation.create_link(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    NegotiationLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - timedelta(1))
    response = client.post(
        f"/api/v1/shared/agreements/{token}/answers",
        _answers(draft),
        content_type="application/json",
    )
    assert response.status_code == 410
    assert not ArticleEvent.objects.exists()


def test_unknown_token_is_404(client, tenancy, draft):
    assert client.get("/api/v1/shared/agreements/nope").status_code == 404


def test_accept_next_version_and_finalise(client, tenancy, draft):
    _link, token = negotiation.create_link(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    client.post(
        f"/api/v1/shared/agreements/{token}/answers",
        _answers(draft),
        content_type="application/json",
    )
    refused = _post(client, f"/agreement-drafts/{draft.pk}/finalise", tenancy.max)
    assert (refused.status_code, refused.json()["code"]) == (422, "agreement.not_all_agreed")
    article = draft.articles.get(number=2)
    accepted = _post(client, f"/agreement-articles/{article.pk}/accept", tenancy.alice)
    assert accepted.json()["status"] == "agreed"
    new = _post(client, f"/agreement-drafts/{draft.pk}/next-version", tenancy.alice)
    assert (new.status_code, new.json()["version"]) == (201, 2)
    final = _post(client, f"/agreement-drafts/{new.json()['id']}/finalise", tenancy.max)
    assert final.status_code == 200


def test_comparison_lists_the_changed_article(client, tenancy, draft):
    _link, token = negotiation.create_link(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    negotiation.answer_via_link(
        token=token,
        answers=[negotiation.Answer(2, "propose", text="Andere tekst.")],
        respondent="Jens",
    )
    negotiation.accept_proposal(
        org=tenancy.org_a, actor=tenancy.alice, article=draft.articles.get(number=2)
    )
    negotiation.issue_new_version(org=tenancy.org_a, actor=tenancy.alice, draft=draft)
    path = f"{ORG}/engagements/{draft.engagement_id}/agreement-comparison"
    rows = client.get(path, **_auth(tenancy.vera)).json()
    assert [(r["new_number"], r["change"]) for r in rows if r["change"] != "unchanged"] == [
        (2, "changed")
    ]


def test_signed_copy_upload_reports_the_signers(client, tenancy, draft):
    logging.disable(logging.WARNING)
    try:
        draft.articles.update(status="agreed")
        final = negotiation.finalise(org=tenancy.org_a, actor=tenancy.max, draft=draft)
        pdf = services.render(final, "pdf")
        pdf = sign(sign(pdf, self_signed_signer("An Claes"), "A"), self_signed_signer("Tom"), "B")
        upload = SimpleUploadedFile("getekend.pdf", pdf, content_type="application/pdf")
        response = client.post(
            f"{ORG}/agreement-drafts/{final.pk}/signed-copy",
            {"file": upload},
            HTTP_ACCEPT_LANGUAGE="nl",  # the API answers in English unless asked otherwise
            **_auth(tenancy.max),
        )
    finally:
        logging.disable(logging.NOTSET)
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["signers"], body["digital"]) == (["An Claes", "Tom"], True)
    assert body["outcome"][0].startswith("Digitaal ondertekend door An Claes, Tom")


@pytest.mark.parametrize("user", ["vera", "alice"])
def test_only_managers_finalise(client, tenancy, draft, user):
    draft.articles.update(status="agreed")
    response = _post(client, f"/agreement-drafts/{draft.pk}/finalise", getattr(tenancy, user))
    assert response.status_code == 403
