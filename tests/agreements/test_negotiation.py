"""Negotiation services: the supplier's answers through the link, the client's acceptance or
counter-wording, the next version and finalising."""

from datetime import timedelta

import pytest
from django.utils import timezone

from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements import services
from vendorpact.agreements.models import AgreementArticle, ArticleEvent, NegotiationLink
from vendorpact.agreements.negotiation_services import Answer, NegotiationError
from vendorpact.core import health as core_health
from vendorpact.core.agreements.negotiation import article_texts

PROPOSAL = "De betalingstermijn bedraagt 45 dagen na factuurdatum."


def _send(tenancy, draft, days=14):
    return negotiation.create_link(org=tenancy.org_a, actor=tenancy.max, draft=draft, days=days)


def _answer_all(token, draft, disputed: int | None = None, choice="propose"):
    answers = [
        Answer(a.number, choice, text=PROPOSAL, comment="Te kort voor ons")
        if a.number == disputed
        else Answer(a.number, "accept")
        for a in draft.articles.all()
    ]
    return negotiation.answer_via_link(token=token, answers=answers, respondent="Jens Maes")


def _article(draft, number):
    return draft.articles.get(number=number)


def test_saved_version_has_each_generated_article_open(draft):
    expected = article_texts(services.agreement_of(draft))
    rows = list(draft.articles.values_list("number", "key", "status"))
    assert rows == [(a.number, a.key, "open") for a in expected]
    assert len({key for _n, key, _s in rows}) == len(rows)


def test_link_stores_only_the_hash_of_its_token(tenancy, draft):
    link, token = _send(tenancy, draft)
    assert link.token_hash == core_health.hash_token(token)
    assert not NegotiationLink.objects.filter(token_hash=token).exists()


def test_accepted_article_is_agreed_and_proposed_one_disputed(tenancy, draft):
    _link, token = _send(tenancy, draft)
    _answer_all(token, draft, disputed=2)
    assert _article(draft, 2).status == "disputed"
    assert set(draft.articles.exclude(number=2).values_list("status", flat=True)) == {"agreed"}
    event = ArticleEvent.objects.get(article__number=2, article__draft=draft)
    assert (event.action, event.text, event.supplier_name) == (
        "supplier_proposed",
        PROPOSAL,
        "Jens Maes",
    )


def test_comment_without_wording_disputes_the_article(tenancy, draft):
    _link, token = _send(tenancy, draft)
    negotiation.answer_via_link(
        token=token, answers=[Answer(3, "comment", comment="Wat met feestdagen?")], respondent="J"
    )
    assert _article(draft, 3).status == "disputed"
    assert _article(draft, 1).status == "open"


def test_proposal_equal_to_current_wording_is_refused(tenancy, draft):
    _link, token = _send(tenancy, draft)
    same = _article(draft, 1).text
    with pytest.raises(NegotiationError) as refused:
        negotiation.answer_via_link(
            token=token, answers=[Answer(1, "propose", text=same)], respondent="J"
        )
    assert refused.value.code == "agreement.proposal_needs_wording"
    assert not ArticleEvent.objects.exists()


@pytest.mark.parametrize("closing", ["expired", "revoked", "answered"])
def test_closed_link_changes_nothing(tenancy, draft, closing):
    link, token = _send(tenancy, draft)
    if closing == "expired":
        NegotiationLink.objects.filter(pk=link.pk).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )
    elif closing == "revoked":
        negotiation.revoke_link(org=tenancy.org_a, actor=tenancy.max, link=link)
    else:
        negotiation.answer_via_link(token=token, answers=[Answer(1, "accept")], respondent="J")
    events_before = ArticleEvent.objects.count()
    statuses_before = list(draft.articles.values_list("status", flat=True))
    with pytest.raises(NegotiationError) as refused:
        _answer_all(token, draft, disputed=2)
    assert refused.value.code == f"agreement.link_{closing}"
    assert ArticleEvent.objects.count() == events_before
    assert list(draft.articles.values_list("status", flat=True)) == statuses_before


def test_accepted_proposal_is_the_wording_of_the_next_version(tenancy, draft):
    _link, token = _send(tenancy, draft)
    _answer_all(token, draft, disputed=2)
    negotiation.accept_proposal(org=tenancy.org_a, actor=tenancy.alice, article=_article(draft, 2))
    new = negotiation.issue_new_version(org=tenancy.org_a, actor=tenancy.alice, draft=draft)
    assert new.version == 2
    assert _article(new, 2).text == PROPOSAL
    assert set(new.articles.values_list("status", flat=True)) == {"agreed"}
    rendered = services.agreement_of(new).articles()[1].paragraphs
    assert rendered == [PROPOSAL]


def test_counter_wording_reopens_the_article_in_the_next_version(tenancy, draft):
    _link, token = _send(tenancy, draft)
    _answer_all(token, draft, disputed=2)
    counter = "De betalingstermijn bedraagt 35 dagen na factuurdatum."
    negotiation.counter(
        org=tenancy.org_a, actor=tenancy.alice, article=_article(draft, 2), text=counter
    )
    new = negotiation.issue_new_version(org=tenancy.org_a, actor=tenancy.alice, draft=draft)
    assert (_article(new, 2).text, _article(new, 2).status) == (counter, "open")
    assert _article(new, 1).status == "agreed"


def test_new_version_withdraws_links_to_older_versions(tenancy, draft):
    link, _token = _send(tenancy, draft)
    negotiation.issue_new_version(org=tenancy.org_a, actor=tenancy.alice, draft=draft)
    link.refresh_from_db()
    assert negotiation.link_state(link) == "revoked"


def test_finalising_needs_every_article_agreed(tenancy, draft):
    _link, token = _send(tenancy, draft)
    _answer_all(token, draft, disputed=2)
    with pytest.raises(NegotiationError) as refused:
        negotiation.finalise(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    assert refused.value.code == "agreement.not_all_agreed"
    draft.refresh_from_db()
    assert not draft.is_final


def test_accepted_proposal_needs_a_new_version_before_finalising(tenancy, draft):
    _link, token = _send(tenancy, draft)
    _answer_all(token, draft, disputed=2)
    negotiation.accept_proposal(org=tenancy.org_a, actor=tenancy.alice, article=_article(draft, 2))
    with pytest.raises(NegotiationError) as refused:
        negotiation.finalise(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    assert refused.value.code == "agreement.new_version_first"


def test_fully_agreed_version_becomes_final_and_older_versions_cannot(tenancy, draft):
    _link, token = _send(tenancy, draft)
    _answer_all(token, draft, disputed=2)
    negotiation.accept_proposal(org=tenancy.org_a, actor=tenancy.alice, article=_article(draft, 2))
    new = negotiation.issue_new_version(org=tenancy.org_a, actor=tenancy.alice, draft=draft)
    with pytest.raises(NegotiationError) as refused:
        negotiation.finalise(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    assert refused.value.code == "agreement.version_superseded"
    final = negotiation.finalise(org=tenancy.org_a, actor=tenancy.max, draft=new)
    assert final.is_final and final.final_by == tenancy.max


def test_final_version_cannot_be_sent_again(tenancy, draft):
    AgreementArticle.objects.filter(draft=draft).update(status="agreed")
    negotiation.finalise(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    with pytest.raises(NegotiationError) as refused:
        _send(tenancy, draft)
    assert refused.value.code == "agreement.version_final"
