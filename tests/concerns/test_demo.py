from datetime import date

from tests.clock import on_day
from tests.demo_twice import load_demo_twice
from vendorpact.concerns import demo as app_demo
from vendorpact.concerns import services as concern_services
from vendorpact.concerns.models import Concern

# The demo dates its concerns back from today.
TODAY = date(2026, 11, 16)
pytestmark = on_day(TODAY)


def test_demo_has_an_ageing_concern(db):
    org, engagements = load_demo_twice(app_demo)
    concerns = list(Concern.objects.filter(organisation=org))
    ageing = concern_services.ageing_by_concern(org, concerns, TODAY)
    # Raised 30 days ago, talked about 22 days ago (25/10/2026); the other one is resolved.
    assert len(concerns) == 2 and list(ageing.values()) == [22]
