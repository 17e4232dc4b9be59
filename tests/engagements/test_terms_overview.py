"""The overview, list and dashboard say plainly when a notice deadline was missed (nl/en/fr).

The reported case: from 01/02/2026 for 12 months, renewing tacitly by 12 months, 3 months'
notice, looked at on 04/12/2026: the deadline of 31/10/2026 has passed."""

from datetime import date
from html import unescape

import pytest
from django.utils import timezone

MISSED_TEXT = {
    "en": "The deadline of 31/10/2026 has passed; the contract renews until 31/01/2028; "
    "the next last day to give notice is 31/10/2027.",
    "nl": "De uiterste opzegdatum 31/10/2026 is verstreken; het contract wordt verlengd tot "
    "31/01/2028; de volgende laatste dag om op te zeggen is 31/10/2027.",
    "fr": "La date limite de préavis du 31/10/2026 est dépassée ; le contrat est reconduit "
    "jusqu'au 31/01/2028 ; le prochain dernier jour pour donner le préavis est le 31/10/2027.",
}


@pytest.fixture
def on_4_december_2026(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: date(2026, 12, 4))


@pytest.fixture
def renewed(engagement_a):
    engagement_a.kind = "maintenance"
    engagement_a.start_date = date(2026, 2, 1)
    engagement_a.duration_months, engagement_a.renewal_months = 12, 12
    engagement_a.renewal, engagement_a.notice_value, engagement_a.notice_unit = "tacit", 3, "months"
    engagement_a.save()
    return engagement_a


def page(client, user, path, lang):
    client.force_login(user)
    return unescape(client.get(path, HTTP_ACCEPT_LANGUAGE=lang).content.decode())


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_overview_says_the_deadline_was_missed(client, tenancy, renewed, on_4_december_2026, lang):
    html = page(client, tenancy.alice, f"/o/{tenancy.org_a.slug}/engagements/{renewed.pk}/", lang)
    assert MISSED_TEXT[lang] in html


def test_overview_facts_agree_with_each_other(client, tenancy, renewed, on_4_december_2026):
    html = page(client, tenancy.alice, f"/o/{tenancy.org_a.slug}/engagements/{renewed.pk}/", "en")
    facts = html[html.index("Current term ends") :]
    assert "Current term ends</dt><dd>31/01/2027" in facts
    assert 'Notice deadline missed</dt><dd><span class="badge medium">31/10/2026' in facts
    assert "Last day to give notice</dt><dd><strong>31/10/2027" in facts
    assert "Earliest possible end</dt><dd>31/01/2028" in facts


def test_list_marks_the_missed_deadline_next_to_the_next_one(
    client, tenancy, renewed, on_4_december_2026
):
    html = page(client, tenancy.alice, f"/o/{tenancy.org_a.slug}/engagements/", "en")
    assert "31/10/2027" in html and "31/10/2026 missed" in html


def test_before_the_deadline_nothing_is_called_missed(client, tenancy, renewed, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: date(2026, 10, 1))
    html = page(client, tenancy.alice, f"/o/{tenancy.org_a.slug}/engagements/{renewed.pk}/", "en")
    assert "has passed" not in html and "Notice deadline missed" not in html
    assert "Last day to give notice</dt><dd><strong>31/10/2026" in html


def test_dashboard_marks_the_missed_deadline(client, tenancy, renewed, on_4_december_2026):
    html = page(client, tenancy.alice, f"/o/{tenancy.org_a.slug}/", "en")
    assert "31/10/2027" in html and "31/10/2026 missed" in html
