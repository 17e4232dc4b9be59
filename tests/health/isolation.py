"""Health-check objects for the isolation matrix (tests/test_isolation.py, tests/api/...)."""

from tests.health import factories as f
from vendorpact.health.models import HealthCheck, HealthLink, HealthResponse


def _pk(factory):
    return lambda tenancy, engagement: factory(tenancy, engagement).pk


FACTORIES = {
    "health-checks": _pk(f.make_health_check),
    "health-links": _pk(f.make_health_link),
}
SNAPSHOT_MODELS = [HealthCheck, HealthLink, HealthResponse]
API_PARAMS = {
    "health_check_id": _pk(f.make_health_check),
    "health_link_id": _pk(f.make_health_link),
}
API_BODIES = {
    ("post", "/api/v1/orgs/{org_slug}/health-checks/{health_check_id}/client-answers"): {
        "answers": {"satisfaction.overall": 4}
    },
}
