"""The dashboard lists escalated concerns and exit decisions of running engagements."""

from datetime import date

from tests.concerns.factories import make_concern
from vendorpact.concerns import services as concern_services


def escalate(tenancy, concern, on):
    return concern_services.change_status(
        org=tenancy.org_a, actor=tenancy.alice, concern=concern, status="escalated", on=on
    )


def decide_exit(tenancy, concern, on):
    return concern_services.change_status(
        org=tenancy.org_a,
        actor=tenancy.max,
        concern=concern,
        status="exit_decided",
        on=on,
        note="Derde gemiste oplevering",
    )


def dashboard(client, tenancy, language="en"):
    client.force_login(tenancy.alice)
    client.cookies["django_language"] = language
    return client.get(f"/o/{tenancy.org_a.slug}/")


def test_escalated_concern_shows_its_level_and_date(client, tenancy, engagement_a):
    escalate(tenancy, make_concern(tenancy, engagement_a), date(2026, 10, 8))
    response = dashboard(client, tenancy)
    assert "Opleveringen schuiven telkens op" in response.text
    assert "escalated to level 1 on 08/10/2026" in response.text


def test_exit_decision_shows_its_date_in_dutch(client, tenancy, engagement_a):
    decide_exit(tenancy, make_concern(tenancy, engagement_a), date(2026, 10, 9))
    assert "exit beslist op 09/10/2026" in dashboard(client, tenancy, "nl").text


def test_raised_concern_is_not_listed(client, tenancy, engagement_a):
    make_concern(tenancy, engagement_a)
    assert 'id="escalations"' not in dashboard(client, tenancy).text


def test_concern_of_an_ended_engagement_is_not_listed(client, tenancy, engagement_a):
    escalate(tenancy, make_concern(tenancy, engagement_a), date(2026, 10, 8))
    engagement_a.status = "ended"
    engagement_a.save()
    assert 'id="escalations"' not in dashboard(client, tenancy).text


def test_another_organisations_escalation_is_not_listed(client, tenancy, engagement_a):
    escalate(tenancy, make_concern(tenancy, engagement_a), date(2026, 10, 8))
    client.force_login(tenancy.bob)
    response = client.get(f"/o/{tenancy.org_b.slug}/")
    assert "Opleveringen schuiven telkens op" not in response.text
