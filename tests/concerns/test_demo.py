from datetime import date

from tests.clock import on_day
from vendorpact import demo
from vendorpact.concerns import demo as app_demo
from vendorpact.concerns import services as concern_services
from vendorpact.concerns.models import Concern
from vendorpact.engagements.models import Engagement

# The demo dates its concerns back from today.
TODAY = date(2026, 11, 16)
pytestmark = on_day(TODAY)


def load_twice():
    org = demo.load_demo()
    user = org.memberships.get(role="owner").user
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    app_demo.load(org, user, engagements)
    app_demo.load(org, user, engagements)
    return org, engagements


def test_demo_has_an_ageing_concern(db):
    org, engagements = load_twice()
    concerns = list(Concern.objects.filter(organisation=org))
    ageing = concern_services.ageing_by_concern(org, concerns, TODAY)
    # Raised 30 days ago, talked about 22 days ago (25/10/2026); the other one is resolved.
    assert len(concerns) == 2 and list(ageing.values()) == [22]
