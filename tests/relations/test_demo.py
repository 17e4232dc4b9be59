from datetime import date

from tests.clock import on_day
from vendorpact import demo
from vendorpact.engagements.models import Engagement
from vendorpact.relations import concern_services, health_services
from vendorpact.relations import demo as relations_demo
from vendorpact.relations.models import Concern, HealthCheck, SupplierRequest

# The demo dates its concerns and health checks back from today.
TODAY = date(2026, 11, 16)
pytestmark = on_day(TODAY)


def load_twice():
    org = demo.load_demo()
    user = org.memberships.get(role="owner").user
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    relations_demo.load(org, user, engagements)
    relations_demo.load(org, user, engagements)
    return org, engagements


def test_demo_has_a_well_and_a_poorly_briefed_request(db):
    load_twice()
    scores = sorted(SupplierRequest.objects.values_list("score", flat=True))
    assert len(scores) == 2 and scores[0] < 30 and scores[1] >= 90


def test_demo_has_an_ageing_concern(db):
    org, engagements = load_twice()
    concerns = list(Concern.objects.filter(organisation=org))
    ageing = concern_services.ageing_by_concern(org, concerns, TODAY)
    # Raised 30 days ago, talked about 22 days ago (25/10/2026); the other one is resolved.
    assert len(concerns) == 2 and list(ageing.values()) == [22]


def test_demo_health_checks_answered_by_both_sides_in_two_quarters(db):
    org, engagements = load_twice()
    results = health_services.results_for(engagements[relations_demo.MSP])
    # Six and three months before 16/11/2026: 16/5 and 16/8, the second and third quarter.
    assert [r.check.period for r in results] == ["2026-Q2", "2026-Q3"]
    assert HealthCheck.objects.filter(organisation=org).count() == 2
    assert all(r.client and r.supplier for r in results)
    assert results[0].combined.overall < results[1].combined.overall
