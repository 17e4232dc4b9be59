from datetime import date

from tests.clock import on_day
from tests.demo_twice import load_demo_twice
from vendorpact.supplier_requests import demo as app_demo
from vendorpact.supplier_requests.models import SupplierRequest

TODAY = date(2026, 11, 16)
pytestmark = on_day(TODAY)


def test_demo_has_a_well_and_a_poorly_briefed_request(db):
    load_demo_twice(app_demo)
    scores = sorted(SupplierRequest.objects.values_list("score", flat=True))
    assert len(scores) == 2 and scores[0] < 30 and scores[1] >= 90
