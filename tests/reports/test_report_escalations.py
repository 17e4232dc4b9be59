"""The monthly report's relationship column names escalated concerns and exit decisions."""

from datetime import date

from tests.concerns.factories import make_concern
from tests.web.test_dashboard_escalations import decide_exit, escalate
from vendorpact.reports.snapshot import organisation_report

TODAY = date(2026, 11, 2)


def test_escalated_concerns_are_counted(tenancy, engagement_a):
    escalate(tenancy, make_concern(tenancy, engagement_a), date(2026, 10, 8))
    escalate(tenancy, make_concern(tenancy, engagement_a, raised_on=date(2026, 10, 2)), TODAY)
    row = organisation_report(tenancy.org_a, "2026-10", TODAY, "nl").rows[0]
    assert (row.escalated_concerns, row.exit_decided, row.open_concerns) == (2, False, 2)


def test_exit_decision_is_marked(tenancy, engagement_a):
    decide_exit(tenancy, make_concern(tenancy, engagement_a), date(2026, 10, 9))
    row = organisation_report(tenancy.org_a, "2026-10", TODAY, "nl").rows[0]
    assert (row.escalated_concerns, row.exit_decided) == (0, True)


def test_report_page_shows_both_in_french(client, tenancy, engagement_a, supplier_a):
    escalate(tenancy, make_concern(tenancy, engagement_a), date(2026, 10, 8))
    decide_exit(tenancy, make_concern(tenancy, engagement_a, raised_on=date(2026, 10, 2)), TODAY)
    client.force_login(tenancy.alice)
    client.cookies["django_language"] = "fr"
    response = client.get(f"/o/{tenancy.org_a.slug}/report/", {"month": "2026-10"})
    assert "1 point d'attention escaladé" in response.text
    assert "Sortie décidée" in response.text
