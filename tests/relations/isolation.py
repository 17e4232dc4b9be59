"""Relations objects for the isolation matrix (tests/test_isolation.py, tests/api/...)."""

from tests.relations import factories as f
from vendorpact.relations.models import (
    Concern,
    ConcernEvent,
    ContextShareLink,
    ContextSheet,
    ContextSystem,
    ExitPlan,
    ExitTask,
    HealthCheck,
    HealthLink,
    HealthResponse,
    RelationSettings,
    RequestAttachment,
    SentMail,
    SupplierRequest,
)


def _pk(factory):
    return lambda tenancy, engagement: factory(tenancy, engagement).pk


FACTORIES = {
    "requests": _pk(f.make_request),
    "request-attachments": _pk(f.make_attachment),
    "context-systems": _pk(f.make_context_system),
    "context-links": _pk(f.make_context_link),
    "concerns": _pk(f.make_concern),
    "exit-tasks": _pk(f.make_exit_task),
    "health-checks": _pk(f.make_health_check),
    "health-links": _pk(f.make_health_link),
}
SNAPSHOT_MODELS = [
    RelationSettings,
    ContextSheet,
    ContextSystem,
    ContextShareLink,
    SupplierRequest,
    RequestAttachment,
    SentMail,
    Concern,
    ConcernEvent,
    ExitPlan,
    ExitTask,
    HealthCheck,
    HealthLink,
    HealthResponse,
]
API_PARAMS = {
    "request_id": _pk(f.make_request),
    "concern_id": _pk(f.make_concern),
    "exit_task_id": _pk(f.make_exit_task),
    "health_check_id": _pk(f.make_health_check),
    "health_link_id": _pk(f.make_health_link),
}
API_BODIES = {
    ("post", "/api/v1/orgs/{org_slug}/concerns/{concern_id}/transitions"): {
        "status": "in_consultation"
    },
    ("post", "/api/v1/orgs/{org_slug}/concerns/{concern_id}/actions"): {"note": "Gebeld"},
    ("post", "/api/v1/orgs/{org_slug}/health-checks/{health_check_id}/client-answers"): {
        "answers": {"satisfaction.overall": 4}
    },
}
