"""The page comparing two versions of an agreement, per article."""

from tests.conftest import login
from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements.negotiation_services import Answer

ADDED = "Facturen vermelden het ordernummer."


def _compare_url(engagement, **params):
    return f"/o/{engagement.organisation.slug}/engagements/{engagement.pk}/agreement/compare/"


def test_page_shows_the_changed_article_with_its_words(client, tenancy, draft):
    _link, token = negotiation.create_link(org=tenancy.org_a, actor=tenancy.max, draft=draft)
    proposal = draft.articles.get(number=2).text + " " + ADDED
    negotiation.answer_via_link(
        token=token, answers=[Answer(2, "propose", text=proposal)], respondent="Jens"
    )
    article = draft.articles.get(number=2)
    negotiation.accept_proposal(org=tenancy.org_a, actor=tenancy.alice, article=article)
    negotiation.issue_new_version(org=tenancy.org_a, actor=tenancy.alice, draft=draft)
    response = login(client, tenancy.vera).get(_compare_url(draft.engagement), {"old": 1, "new": 2})
    assert response.status_code == 200
    changed = [d for d in response.context["diffs"] if d.change != "unchanged"]
    assert [(d.change, d.new.number) for d in changed] == [("changed", 2)]
    assert f"<ins> {ADDED}</ins>" in response.content.decode()
    assert response.context["counts"]["changed"] == 1


def test_page_without_versions_says_so(client, tenancy, netcare):
    response = login(client, tenancy.vera).get(_compare_url(netcare))
    assert response.status_code == 200
    assert response.context["diffs"] == []
