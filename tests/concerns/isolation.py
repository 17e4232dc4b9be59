"""Concern and exit objects for the isolation matrix (tests/test_isolation.py, tests/api/...)."""

from tests.concerns import factories as f
from vendorpact.concerns.models import (
    Concern,
    ConcernEvent,
    ExitPlan,
    ExitTask,
    RelationSettings,
)


def _pk(factory):
    return lambda tenancy, engagement: factory(tenancy, engagement).pk


FACTORIES = {
    "concerns": _pk(f.make_concern),
    "exit-tasks": _pk(f.make_exit_task),
}
SNAPSHOT_MODELS = [RelationSettings, Concern, ConcernEvent, ExitPlan, ExitTask]
API_PARAMS = {
    "concern_id": _pk(f.make_concern),
    "exit_task_id": _pk(f.make_exit_task),
}
API_BODIES = {
    ("post", "/api/v1/orgs/{org_slug}/concerns/{concern_id}/transitions"): {
        "status": "in_consultation"
    },
    ("post", "/api/v1/orgs/{org_slug}/concerns/{concern_id}/actions"): {"note": "Gebeld"},
}
