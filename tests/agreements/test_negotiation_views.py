"""Negotiation pages: roles, the link shown once, the supplier's page without an account and
closed links (410) or unknown ones (404) that change nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.conftest import login
from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements.models import ArticleEvent, NegotiationLink
from vendorpact.agreements.negotiation_services import Answer


def _org_url(draft, action):
    return f"/o/{draft.organisation.slug}/agreement-drafts/{draft.pk}/{action}/"


def _public_url(token):
    return f"/shared/agreement/{token}/"


def _send(tenancy, draft):
    return negotiation.create_link(org=tenancy.org_a, actor=tenancy.max, draft=draft)


def _answers(draft, disputed=2):
    data = {"respondent": "Jens Maes"}
    for article in draft.articles.all():
        n = article.number
        if n == disputed:
            data |= {f"choice_{n}": "propose", f"text_{n}": "Andere tekst.", f"comment_{n}": ""}
        else:
            data |= {f"choice_{n}": "accept", f"text_{n}": article.text, f"comment_{n}": ""}
    return data


@pytest.mark.parametrize("user", ["vera", "alice"])
def test_only_managers_send(client, tenancy, draft, user):
    response = login(client, getattr(tenancy, user)).post(_org_url(draft, "send"), {"days": 14})
    assert response.status_code == 403
    assert not NegotiationLink.objects.exists()


def test_manager_sees_the_link_once(client, tenancy, draft):
    response = login(client, tenancy.max).post(
        _org_url(draft, "send"), {"days": 14, "sent_to": "jens@netcare.be"}
    )
    assert response.status_code == 200
    url = response.context["new_url"]
    assert "/shared/agreement/" in url
    page = client.get(_org_url(draft, "negotiation")).content.decode()
    assert url.rsplit("/", 2)[-2] not in page


def test_viewer_reads_the_negotiation_without_actions(client, tenancy, draft):
    response = login(client, tenancy.vera).get(_org_url(draft, "negotiation"))
    assert response.status_code == 200
    assert b'id="finalise"' not in response.content
    assert b'id="issue-version"' not in response.content


def test_manager_sees_the_finalise_button(client, tenancy, draft):
    response = login(client, tenancy.max).get(_org_url(draft, "negotiation"))
    assert b'id="finalise"' in response.content


def test_supplier_page_shows_every_article_without_login(client, tenancy, draft):
    _link, token = _send(tenancy, draft)
    response = client.get(_public_url(token))
    assert response.status_code == 200
    assert len(response.context["form"].rows()) == draft.articles.count()
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_supplier_answers_set_statuses(client, tenancy, draft):
    _link, token = _send(tenancy, draft)
    response = client.post(_public_url(token), _answers(draft))
    assert response.status_code == 200 and response.context["thanks"]
    assert draft.articles.get(number=2).status == "disputed"
    assert draft.articles.filter(status="agreed").count() == draft.articles.count() - 1


def test_unknown_token_is_404(client, tenancy, draft):
    assert client.get(_public_url("not-a-token")).status_code == 404


@pytest.mark.parametrize("closing", ["expired", "revoked"])
def test_closed_link_is_410_and_changes_nothing(client, tenancy, draft, closing):
    link, token = _send(tenancy, draft)
    if closing == "expired":
        link.expires_at = timezone.now() - timedelta(seconds=1)
        link.save()
    else:
        revoke = f"/o/{tenancy.org_a.slug}/agreement-links/{link.pk}/revoke/"
        login(client, tenancy.max).post(revoke)
        client.logout()
    data = _answers(draft)
    assert client.get(_public_url(token)).status_code == 410
    assert client.post(_public_url(token), data).status_code == 410
    assert not ArticleEvent.objects.exists()
    assert set(draft.articles.values_list("status", flat=True)) == {"open"}


def test_member_accepts_the_proposal(client, tenancy, draft):
    _link, token = _send(tenancy, draft)
    client.post(_public_url(token), _answers(draft))
    article = draft.articles.get(number=2)
    url = f"/o/{tenancy.org_a.slug}/agreement-articles/{article.pk}/accept/"
    assert login(client, tenancy.vera).post(url).status_code == 403
    login(client, tenancy.alice).post(url)
    article.refresh_from_db()
    assert (article.status, article.next_text) == ("agreed", "Andere tekst.")


def test_member_counters_then_issues_a_new_version(client, tenancy, draft):
    _link, token = _send(tenancy, draft)
    negotiation.answer_via_link(
        token=token, answers=[Answer(2, "comment", comment="Te kort")], respondent="Jens"
    )
    article = draft.articles.get(number=2)
    login(client, tenancy.alice)
    client.post(
        f"/o/{tenancy.org_a.slug}/agreement-articles/{article.pk}/counter/",
        {f"a{article.pk}-text": "Nieuwe tekst.", f"a{article.pk}-comment": ""},
    )
    response = client.post(_org_url(draft, "new-version"))
    new = draft.engagement.agreement_drafts.get(version=2)
    assert response["Location"] == _org_url(new, "negotiation")
    assert new.articles.get(number=2).text == "Nieuwe tekst."


def test_manager_finalises_a_fully_agreed_version(client, tenancy, draft):
    draft.articles.update(status="agreed")
    assert login(client, tenancy.alice).post(_org_url(draft, "finalise")).status_code == 403
    login(client, tenancy.max).post(_org_url(draft, "finalise"))
    draft.refresh_from_db()
    assert draft.is_final
