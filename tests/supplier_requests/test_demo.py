from datetime import date

from tests.clock import on_day
from vendorpact import demo
from vendorpact.engagements.models import Engagement
from vendorpact.supplier_requests import demo as app_demo
from vendorpact.supplier_requests.models import SupplierRequest

TODAY = date(2026, 11, 16)
pytestmark = on_day(TODAY)


def load_twice():
    org = demo.load_demo()
    user = org.memberships.get(role="owner").user
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    app_demo.load(org, user, engagements)
    app_demo.load(org, user, engagements)
    return org, engagements


def test_demo_has_a_well_and_a_poorly_briefed_request(db):
    load_twice()
    scores = sorted(SupplierRequest.objects.values_list("score", flat=True))
    assert len(scores) == 2 and scores[0] < 30 and scores[1] >= 90
