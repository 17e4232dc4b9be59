"""Supplier-request objects for the isolation matrix (tests/test_isolation.py, tests/api/...)."""

from tests.supplier_requests import factories as f
from vendorpact.supplier_requests.models import (
    ContextShareLink,
    ContextSheet,
    ContextSystem,
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
}
SNAPSHOT_MODELS = [
    ContextSheet,
    ContextSystem,
    ContextShareLink,
    SupplierRequest,
    RequestAttachment,
    SentMail,
]
API_PARAMS = {
    "request_id": _pk(f.make_request),
}
