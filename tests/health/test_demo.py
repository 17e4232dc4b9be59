from datetime import date

from tests.clock import on_day
from tests.demo_twice import load_demo_twice
from vendorpact.health import demo as app_demo
from vendorpact.health import services as health_services
from vendorpact.health.models import HealthCheck

# The demo dates its health checks back from today.
TODAY = date(2026, 11, 16)
pytestmark = on_day(TODAY)


def test_demo_health_checks_answered_by_both_sides_in_two_quarters(db):
    org, engagements = load_demo_twice(app_demo)
    results = health_services.results_for(engagements[app_demo.MSP])
    # Six and three months before 16/11/2026: 16/5 and 16/8, the second and third quarter.
    assert [r.check.period for r in results] == ["2026-Q2", "2026-Q3"]
    assert HealthCheck.objects.filter(organisation=org).count() == 2
    assert all(r.client and r.supplier for r in results)
    assert results[0].combined.overall < results[1].combined.overall
